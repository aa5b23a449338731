/**
 * Ingestion, the one path every door uses (CLI `ingest`, GraphQL `ingestArticle`, the seed):
 * validate the input → extract the facts → write them in ONE transaction. An article is in the
 * graph whole or not at all, and ingesting it again changes nothing.
 *
 * Extraction runs where `extract` runs it: the doors pass an extraction pool (worker threads with
 * a per-article time budget, src/extraction/extraction-pool.ts), so a hostile text neither blocks
 * the event loop nor runs unbounded; it fails with EXTRACTION_TIMEOUT and nothing is written.
 * Without one (tests, the seed) extraction runs on the calling thread.
 *
 * @example
 *   const pool = createExtractionPool(config.extraction);
 *   const ingest = createIngestService(store, pool.extract);
 *   const report = await ingest({ text, publishedOn: '2022-03-02', url: 'https://…' });
 */
import type { GraphStore, StatementObserver } from '../graph/graph-store.js';
import { writeFacts } from '../graph/write-facts.js';
import { extractFacts, type ExtractionResult } from '../extraction/pipeline.js';
import type { ExtractionTaskOptions } from '../extraction/extraction-task.js';
import type { FactsDocument } from '../facts/facts-document.js';
import { validateArticleInput, type ArticleInput } from './validate-article-input.js';

export interface IngestResult {
  article: { id: string; url: string | null; title: string | null; publishedOn: string | null; textLength: number };
  /** False when the same article (same normalised text and date) was already in the graph: nothing was written. */
  created: boolean;
  calls: Array<{ id: string }>;
  tweetCount: number;
  commitmentCount: number;
  incidentCount: number;
  actorCount: number;
  warnings: string[];
}

/** What one call may add: an observer of its own write statements (traces: src/server/observability/create-tracing.ts). */
export interface IngestCall {
  onStatement?: StatementObserver;
}

export type IngestService = (input: ArticleInput, call?: IngestCall) => Promise<IngestResult>;

/** Runs the extractor on one article: on this thread, or in a pool with a time budget. */
export type Extract = (text: string, options: ExtractionTaskOptions) => Promise<ExtractionResult>;

/** Extraction on the calling thread, with no time budget: for tests and trusted texts (the seed). */
export const extractOnThisThread: Extract = async (text, options) => extractFacts(text, options);

/** What a reader of the report should know about an article that loaded without error. */
export function warningsFor(facts: FactsDocument): string[] {
  const warnings: string[] = [];
  if (!facts.source.publishedOn) warnings.push('no publication date (no `date YYYY-MM-DD` first line and no publishedOn): relative dates such as "on Tuesday" stay unresolved');
  const total = facts.calls.length + facts.tweets.length + facts.commitments.length + facts.incidents.length;
  if (total === 0) warnings.push('no calls, tweets, commitments or incidents were found in this text');
  return warnings;
}

/** Summarises a written facts document for the doors. */
function summarise(facts: FactsDocument, textLength: number, created: boolean): IngestResult {
  return {
    article: { id: facts.source.id, url: facts.source.url ?? null, title: facts.source.title ?? null, publishedOn: facts.source.publishedOn, textLength },
    created,
    calls: facts.calls.map((c) => ({ id: c.id })),
    tweetCount: facts.tweets.length,
    commitmentCount: facts.commitments.length,
    incidentCount: facts.incidents.length,
    actorCount: facts.actors.length,
    warnings: warningsFor(facts),
  };
}

export interface IngestServiceOptions {
  /**
   * Called once an article's transaction has committed (never for one refused or rolled back),
   * with its report: the live updates publish from here (src/server/live/publish-ingested.ts).
   * Awaited, so the caller's answer follows it; it must not throw (the article is in the graph).
   */
  afterCommit?: (result: IngestResult) => Promise<void>;
}

export function createIngestService(store: GraphStore, extract: Extract = extractOnThisThread, options: IngestServiceOptions = {}): IngestService {
  return async (input, call = {}) => {
    const article = validateArticleInput(input);
    const { document, body } = await extract(article.text, {
      publishedOn: article.publishedOn ?? undefined,
      url: article.url ?? undefined,
      title: article.title ?? undefined,
    });
    const report = await writeFacts(call.onStatement ? store.observed(call.onStatement) : store, document, { textLength: body.length });
    // Every write MERGEs on deterministic keys: an article already present creates nothing.
    const result = summarise(document, body.length, report.nodesCreated > 0);
    await options.afterCommit?.(result);
    return result;
  };
}
