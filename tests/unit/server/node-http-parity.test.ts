/**
 * The server answers over node:http (as src/main.ts serves it) exactly as through `app.fetch` (as
 * the tests call it): each request below is sent over a real socket and in memory, and status,
 * headers (but the connection's own) and body must be the same. Issue 19 measured node:http-side
 * shortcuts (a JSON body read and parsed before yoga; the adapter skipped: bench/results/
 * request-cost-ab.md); any such handler must pass this unchanged. None of these requests reaches
 * the database: the store's driver points at a port where nothing runs.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { GraphStore } from '../../../src/graph/graph-store.js';
import { createLogger } from '../../../src/logger.js';
import { createServer } from '../../../src/server/create-server.js';

const store = new GraphStore(neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused-password')));
const CONNECTION_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

const op = (query: string) => JSON.stringify({ query });
const cases: Array<[string, Sent]> = [
  ['an operation', { body: op('{ __typename }') }],
  ['an operation with a charset', { body: op('{ __typename }'), headers: { 'content-type': 'application/json; charset=utf-8' } }],
  ['application/graphql+json', { body: op('{ __typename }'), headers: { 'content-type': 'application/graphql+json' } }],
  ['variables and an operation name', { body: JSON.stringify({ query: 'query T($x: Int) { __typename }', variables: { x: 1 }, operationName: 'T' }) }],
  ['a validation error', { body: op('{ nope }') }],
  ['a syntax error', { body: op('{ __typename ') }],
  ['invalid JSON', { body: '{"query":' }],
  ['a UTF-8 byte order mark', { body: `\uFEFF${op('{ __typename }')}` }],
  ['a batch', { body: `[${op('{ __typename }')}]` }],
  ['an empty object', { body: '{}' }],
  ['null', { body: 'null' }],
  ['a string', { body: '"{ __typename }"' }],
  ['no query', { body: JSON.stringify({ variables: {} }) }],
  ['an unknown persisted document', { body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }) }],
  ['a mutation without a token', { body: op('mutation { ingestArticle(input: { url: "https://example.org/a", text: "x" }) { created } }') }],
  ['a body over the limit', { body: op(`{ __typename }${' '.repeat(1 << 20)}`) }],
  ['text/plain', { body: op('{ __typename }'), headers: { 'content-type': 'text/plain' } }],
  ['application/graphql', { body: '{ __typename }', headers: { 'content-type': 'application/graphql' } }],
  ['a GET', { method: 'GET', path: '/graphql?query=%7B__typename%7D', body: undefined }],
  ['another path', { path: '/graphql/x', body: op('{ __typename }') }],
  ['a query string', { path: '/graphql?x=1', body: op('{ __typename }') }],
];

describe.each([false, true])('over node:http as through app.fetch (production %s)', (production) => {
  const app = createServer({ store, logger: createLogger('silent'), production });
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createHttpServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    server.closeAllConnections();
  });

  const answer = async (res: Response) => ({
    status: res.status,
    // Names in lower case and sorted: yoga's in-memory Headers keep the case they were set with.
    headers: [...res.headers]
      .map(([name, value]) => [name.toLowerCase(), value])
      .filter(([name]) => !CONNECTION_HEADERS.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
    body: await res.text(),
  });

  it.each(cases)('%s', async (_name, sent) => {
    const init = { method: sent.method ?? 'POST', headers: { 'content-type': 'application/json', ...sent.headers }, body: sent.body };
    const path = sent.path ?? '/graphql';
    const overHttp = await answer(await fetch(`${base}${path}`, init));
    const inMemory = await answer(await app.fetch(`http://localhost${path}`, init));
    expect(overHttp).toEqual(inMemory);
  });
});

afterAll(() => store.close());
