/**
 * The whole service in memory for the API tests: `createServer` itself (every plugin: limits,
 * errors, explain, admission …) over the test store, driven through `yoga.fetch` (no port). Every
 * statement a request sends is recorded in `statements`, so tests can assert the exact batches.
 */
import type { GraphStore, StatementEvent } from '../../../src/graph/graph-store.js';
import type { IngestFn } from '../../../src/graphql/ingest-types.js';
import type { ServerDeps } from '../../../src/server/create-server.js';
import { testApp, type TestApp } from '../../helpers/seeded-app.js';

export interface GraphqlResponse {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface ApiClient {
  query(source: string, variables?: Record<string, unknown>): Promise<GraphqlResponse>;
  statements: StatementEvent[];
}

/**
 * `store` may be a getter, for a client made before its store is opened (useSeededApi): the app
 * is made at the first query. Without `ingest` the API has no ingestion (INGEST_UNAVAILABLE).
 */
export function createApiClient(store: GraphStore | (() => GraphStore), ingest?: IngestFn): ApiClient {
  const storeNow = typeof store === 'function' ? store : () => store;
  const statements: StatementEvent[] = [];
  let app: TestApp | undefined;
  return {
    statements,
    async query(source, variables) {
      // The server hands `ingest` to the API's context, which needs only an IngestFn (fakes report less than the service).
      app ??= testApp(storeNow(), { ingest: ingest as ServerDeps['ingest'], onStatement: (event) => statements.push(event) });
      statements.length = 0;
      const { json } = await app.post({ query: source, variables });
      return json as GraphqlResponse;
    },
  };
}

/** Runs a query that must succeed and returns its data. */
export async function expectData(api: ApiClient, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await api.query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Runs a query that must fail with one BAD_USER_INPUT naming `argument`. */
export async function expectRefused(api: ApiClient, query: string, argument: string): Promise<void> {
  const { errors } = await api.query(query);
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
}
