/**
 * The per-request GraphQL context: fresh DataLoaders over the store it is given (the server gives
 * a view of its store that reports each statement: statement counting, explain, traces), the
 * ingestion service when the server has one, and the extraction `extractArticle` previews with
 * (by default the ingestion path's own, src/ingest/extract-article.ts).
 *
 * @example
 *   createYoga({ schema: buildSchema(), context: () => createContext({ store: store.observed((e) => log.debug(e)) }) });
 */
import type { GraphStore } from '../graph/graph-store.js';
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
}

export function createContext({ store, ingest, extract = extractArticle }: CreateContextOptions): GraphqlContext {
  return { loaders: createLoaders(store), ingest, extract };
}
