/**
 * The per-request GraphQL context: fresh DataLoaders over a view of the store that reports each
 * statement to `onStatement` (statement counting, the explain extension, slow-query logs), and
 * the ingestion service when the server has one, and the extraction `extractArticle` previews with
 * (by default the ingestion path's own, src/ingest/extract-article.ts).
 *
 * @example
 *   createYoga({ schema: buildSchema(), context: () => createContext({ store, onStatement: (e) => log.debug(e) }) });
 */
import type { GraphStore, StatementObserver } from '../graph/graph-store.js';
import { extractArticle } from '../ingest/extract-article.js';
import type { ExtractFn, IngestFn } from './ingest-types.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

export interface GraphqlContext {
  loaders: Loaders;
  /** Absent when the server runs read-only; `ingestArticle` then fails with INGEST_UNAVAILABLE. */
  ingest?: IngestFn;
  extract: ExtractFn;
}

export interface CreateContextOptions {
  store: GraphStore;
  ingest?: IngestFn;
  extract?: ExtractFn;
  onStatement?: StatementObserver;
}

export function createContext({ store, ingest, extract = extractArticle, onStatement }: CreateContextOptions): GraphqlContext {
  const view = onStatement ? store.observed(onStatement) : store;
  return { loaders: createLoaders(view), ingest, extract };
}
