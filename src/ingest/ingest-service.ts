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
  article: { id: string; url: string | null; title: string | null; publishedOn: string | null };
  /** False when the same article (same normalised text) was already in the graph: nothing was written. */
  created: boolean;
  calls: Array<{ id: string }>;
  tweetCount: number;
  commitmentCount: number;
  incidentCount: number;
  actorCount: number;
  warnings: string[];
}

export type IngestService = (input: ArticleInput) => Promise<IngestResult>;

/** What a reader of the report should know about an article that loaded without error. */
export function warningsFor(facts: FactsDocument): string[] {
  const warnings: string[] = [];
  if (!facts.source.publishedOn) warnings.push('no publication date (no `date YYYY-MM-DD` first line and no publishedOn): relative dates such as "on Tuesday" stay unresolved');
  const total = facts.calls.length + facts.tweets.length + facts.commitments.length + facts.incidents.length;
  if (total === 0) warnings.push('no calls, tweets, commitments or incidents were found in this text');
  return warnings;
}

/** Summarises a written facts document for the doors. */
function summarise(facts: FactsDocument, created: boolean): IngestResult {
  return {
    article: { id: facts.source.id, url: facts.source.url ?? null, title: facts.source.title ?? null, publishedOn: facts.source.publishedOn },
    created,
    calls: facts.calls.map((c) => ({ id: c.id })),
    tweetCount: facts.tweets.length,
    commitmentCount: facts.commitments.length,
    incidentCount: facts.incidents.length,
    actorCount: facts.actors.length,
    warnings: warningsFor(facts),
  };
}

export function createIngestService(store: GraphStore): IngestService {
  return async (input) => {
    const article = validateArticleInput(input);
    const { document, body } = extractFacts(article.text, {
      publishedOn: article.publishedOn ?? undefined,
      url: article.url ?? undefined,
      title: article.title ?? undefined,
    });
    const report = await writeFacts(store, document, { textLength: body.length });
    // Every write MERGEs on deterministic keys: an article already present creates nothing.
    return summarise(document, report.nodesCreated > 0);
  };
}
