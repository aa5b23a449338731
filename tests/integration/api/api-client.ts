/**
 * The whole GraphQL stack in memory: the real schema and per-request context over the test
 * store, driven through `yoga.fetch` (no port). Every statement a request sends is recorded in
 * `statements`, so tests can assert the exact batches.
 */
import { createYoga } from 'graphql-yoga';
import type { GraphStore, StatementEvent } from '../../../src/graph/graph-store.js';
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { createContext } from '../../../src/graphql/create-context.js';
import type { IngestFn } from '../../../src/graphql/ingest-types.js';
import { useArgumentNames } from '../../../src/graphql/use-argument-names.js';

export interface GraphqlResponse {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface ApiClient {
  query(source: string, variables?: Record<string, unknown>): Promise<GraphqlResponse>;
  statements: StatementEvent[];
}

/** `store` may be a getter, for a client made before its store is opened (useSeededApi). */
export function createApiClient(store: GraphStore | (() => GraphStore), ingest?: IngestFn): ApiClient {
  const storeNow = typeof store === 'function' ? store : () => store;
  const statements: StatementEvent[] = [];
  const yoga = createYoga({
    schema: buildSchema(),
    logging: false,
    plugins: [useArgumentNames()],
    context: () => createContext({ store: storeNow(), ingest, onStatement: (event) => statements.push(event) }),
  });
  return {
    statements,
    async query(source, variables) {
      statements.length = 0;
      const response = await yoga.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: source, variables }),
      });
      return (await response.json()) as GraphqlResponse;
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
