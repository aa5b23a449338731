/**
 * Issue 16's smaller items at the HTTP door, in memory (app.fetch): chunked bodies, what
 * production tells a client about its mistakes, and the order of auth and validation. None of
 * these requests reaches the database; the store's driver points at a port where nothing runs.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config/env.js';
import { GraphStore } from '../../../src/graph/graph-store.js';
import { createLogger } from '../../../src/logger.js';
import { createServer, type ServerDeps } from '../../../src/server/create-server.js';

const store = new GraphStore(neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused-password')));
afterAll(() => store.close());

function app(overrides: Partial<ServerDeps> = {}) {
  return createServer({ store, logger: createLogger('silent'), production: false, ...overrides });
}

/** A body with no Content-Length: streamed in chunks, as `Transfer-Encoding: chunked` arrives. */
function chunked(text: string, chunkSize = 64 * 1024): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(at, (at += chunkSize))));
    },
  });
}

async function post(a: ReturnType<typeof app>, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const res = await a.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the test looks at the status
  }
  return { status: res.status, json, text };
}

describe('chunked request bodies', () => {
  const limits = loadConfig({}).limits;

  it('refuses a chunked body over the 1 MiB limit with 413', async () => {
    const body = JSON.stringify({ query: `{ __typename }${' '.repeat(limits.maxBodyBytes)}` });
    const res = await post(app(), chunked(body));
    expect(res.status).toBe(413);
  });

  it('answers a chunked body under the limit', async () => {
    const res = await post(app(), chunked(JSON.stringify({ query: '{ __typename }' })));
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual({ __typename: 'Query' });
  });

  it('refuses chunked bad JSON with 400', async () => {
    const res = await post(app(), chunked('{"query": "{ __typename }"'));
    expect(res.status).toBe(400);
  });

  it('refuses chunked bad form data with 400', async () => {
    const res = await post(app(), chunked('query=%E0%A4%A'), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
  });

  it('does not parse chunked text/plain as JSON', async () => {
    const res = await post(app(), chunked(JSON.stringify({ query: '{ __typename }' })), { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.json?.data).toBeUndefined();
  });
});

describe('what production tells a client about its mistakes', () => {
  const production = loadConfig({ NODE_ENV: 'production', API_KEYS: 'edge-case-api-key-0123456789' });
  const prodApp = () => app({ production: true, security: production.security, limits: production.limits });

  it('suggests no enum value', async () => {
    const res = await post(prodApp(), JSON.stringify({ query: '{ calls(first: 1, orderBy: { direction: DES }) { totalCount } }' }));
    expect(res.json.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('suggests no input field', async () => {
    const res = await post(prodApp(), JSON.stringify({ query: '{ calls(first: 1, where: { countr: "UA" }) { totalCount } }' }));
    expect(res.json.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('still says what was wrong in development', async () => {
    const res = await post(app(), JSON.stringify({ query: '{ calls(first: 1, orderBy: { direction: DES }) { totalCount } }' }));
    expect(res.json.errors[0].message).toMatch(/Did you mean/);
  });

  it('does not echo the parser error (originalError) for invalid JSON', async () => {
    const res = await post(prodApp(), '{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/originalError|SyntaxError|position|stack/);
  });
});

describe('with QUERIES_REQUIRE_TOKEN', () => {
  const keyed = loadConfig({ NODE_ENV: 'production', API_KEYS: 'edge-case-api-key-0123456789', QUERIES_REQUIRE_TOKEN: 'true' });
  const keyedApp = () => app({ production: true, security: keyed.security, limits: keyed.limits });

  it.each(['application/graphql-response+json', 'application/json'])(
    'refuses an anonymous query before validating it, with 401 (Accept: %s): the schema is not revealed',
    async (accept) => {
      const res = await post(keyedApp(), JSON.stringify({ query: '{ noSuchField }' }), { accept });
      expect(res.status).toBe(401);
      expect(res.json.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    },
  );

  it('validates once the token is right', async () => {
    const res = await post(keyedApp(), JSON.stringify({ query: '{ noSuchField }' }), { authorization: 'Bearer edge-case-api-key-0123456789' });
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
