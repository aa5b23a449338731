/**
 * The per-request GraphQL context: fresh DataLoaders over a view of the store that reports each
 * statement to `onStatement` (statement counting, the explain extension, slow-query logs), and
 * the ingestion service when the server has one.
 *
 * @example
 *   createYoga({ schema: buildSchema(), context: () => createContext({ store, onStatement: (e) => log.debug(e) }) });
 */
import type { GraphStore, StatementObserver } from '../graph/graph-store.js';
import type { IngestFn } from './ingest-types.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

export interface GraphqlContext {
  loaders: Loaders;
  /** Absent when the server runs read-only; `ingestArticle` then fails with INGEST_UNAVAILABLE. */
  ingest?: IngestFn;
}

export interface CreateContextOptions {
  store: GraphStore;
  ingest?: IngestFn;
  onStatement?: StatementObserver;
}

export function createContext({ store, ingest, onStatement }: CreateContextOptions): GraphqlContext {
  const view = onStatement ? store.observed(onStatement) : store;
  return { loaders: createLoaders(view), ingest };
}
