/**
 * Ingestion, the one path every door uses (CLI `ingest`, GraphQL `ingestArticle`, the seed):
 * validate the input → extract the facts → write them in ONE transaction. An article is in the
 * graph whole or not at all, and ingesting it again changes nothing.
 *
 * @example
 *   const ingest = createIngestService(store);
 *   const report = await ingest({ text, publishedOn: '2022-03-02', url: 'https://…' });
 */
import type { GraphStore } from '../graph/graph-store.js';
import { writeFacts } from '../graph/write-facts.js';
import { extractFacts } from '../extraction/pipeline.js';
import type { FactsDocument } from '../facts/facts-document.js';
import { validateArticleInput, type ArticleInput } from './validate-article-input.js';

export interface IngestResult {
  articleId: string;
  /** False when the same article (same normalised text) was already in the graph. */
  created: boolean;
  callIds: string[];
  tweetCount: number;
  commitmentCount: number;
  incidentCount: number;
  actorCount: number;
  warnings: string[];
}

export type IngestService = (input: ArticleInput) => Promise<IngestResult>;

/** Summarises a written facts document for the doors. */
export function summarise(facts: FactsDocument, created: boolean, warnings: string[]): IngestResult {
  return {
    articleId: facts.source.id,
    created,
    callIds: facts.calls.map((c) => c.id),
    tweetCount: facts.tweets.length,
    commitmentCount: facts.commitments.length,
    incidentCount: facts.incidents.length,
    actorCount: facts.actors.length,
    warnings,
  };
}

export function createIngestService(store: GraphStore): IngestService {
  return async (input) => {
    const article = validateArticleInput(input);
    const { facts, warnings } = extractFacts(article.text, {
      publishedOn: article.publishedOn ?? undefined,
      url: article.url ?? undefined,
      title: article.title ?? undefined,
    });
    const [existing] = await store.read({
      cypher: 'OPTIONAL MATCH (a:Article {id: $id}) RETURN a IS NOT NULL AS exists',
      params: { id: facts.source.id },
    });
    await writeFacts(store, facts);
    return summarise(facts, !existing?.exists, warnings ?? []);
  };
}
