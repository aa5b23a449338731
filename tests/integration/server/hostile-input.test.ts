/**
 * Hostile input, in production mode: 10,000 generated GraphQL operations (valid, wrong-typed,
 * hostile and broken) and 1,000 malformed or hostile articles. No 5xx, no crash, no internal
 * detail in any error; injection payloads are stored literally and change nothing else.
 */
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { loadConfig } from '../../../src/config/env.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { graphCounts, graphFingerprint } from '../../helpers/graph-counts.js';
import { HOSTILE_STRINGS, hostileOperations } from '../../helpers/hostile-operations.js';
import { seededStore, testApp, type TestApp } from '../../helpers/seeded-app.js';
import { prng } from '../../helpers/synthetic-articles.js';

const KEY = 'hostile-test-api-key-0123456789';
const config = loadConfig({ NODE_ENV: 'production', API_KEYS: KEY });
const CODED = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES', 'TOO_MANY_TOKENS', 'COST_LIMIT_EXCEEDED', 'UNAUTHENTICATED', 'PAYLOAD_TOO_LARGE',
]);
const LEAK = /Neo\.|neo4j-driver|\n\s+at |\.ts:\d+|Cypher|ClientError|TransientError/;

interface Tally { requests: number; serverErrors: number; leaks: string[]; masked: number }

async function send(t: TestApp, body: unknown, tally: Tally, headers: Record<string, string> = {}) {
  tally.requests++;
  const { status, json } = await t.post(body, headers);
  if (status >= 500) tally.serverErrors++;
  for (const e of json?.errors ?? []) {
    if (e.message === 'Unexpected error.') tally.masked++;
    else if (!CODED.has(e.extensions?.code)) tally.leaks.push(`${e.extensions?.code}: ${e.message}`.slice(0, 200));
    if (LEAK.test(JSON.stringify(e))) tally.leaks.push(JSON.stringify(e).slice(0, 200));
  }
  return { status, json };
}

function hostileArticles(count: number): string[] {
  const random = prng(99);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const nested = (d: number): unknown => (d === 0 ? pick(HOSTILE_STRINGS) : { a: [nested(d - 1)], b: pick(HOSTILE_STRINGS) });
  const makers = [
    () => pick(HOSTILE_STRINGS),
    () => Buffer.from(Array.from({ length: 200 }, () => Math.floor(random() * 256))).toString('latin1'),
    () => JSON.stringify(nested(40)),
    () => `date 2022-03-02\n${pick(HOSTILE_STRINGS)} ${'"`\'{}[]MATCH CREATE DELETE '.repeat(50)}`,
    () => `date ${pick(['2022-03-02', '2022-02-30', '9999-99-99'])}\nPresident Joe Biden spoke with Chancellor Olaf Scholz on Tuesday. "${pick(HOSTILE_STRINGS.slice(0, 7))}," Biden wrote on Twitter.`,
    () => 'Der Bundeskanzler hat am Dienstag mit dem Präsidenten telefoniert. '.repeat(20),
  ];
  return Array.from({ length: count }, () => pick(makers)());
}

describe('hostile input in production mode', () => {
  let store: GraphStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await seededStore();
    t = testApp(store, { production: true, security: config.security, limits: config.limits });
  });
  afterAll(() => store.close());

  it('answers 10,000 generated operations without a 5xx or a leaked internal, and changes nothing', async () => {
    const before = await graphFingerprint(store);
    const tally: Tally = { requests: 0, serverErrors: 0, leaks: [], masked: 0 };
    for (const query of hostileOperations(buildSchema(), 10_000)) await send(t, { query }, tally);
    expect(tally.requests).toBe(10_000);
    expect(tally.serverErrors).toBe(0);
    expect(tally.leaks).toEqual([]);
    expect(tally.masked).toBe(0);
    expect(await graphFingerprint(store)).toBe(before);
  }, 600_000);

  it('takes 1,000 malformed or hostile articles: refuses the bad, stores payloads literally, touches nothing else', async () => {
    const before = await store.read({ cypher: 'MATCH (n:Actor|Country) RETURN coalesce(n.id, n.code) AS key, properties(n) AS props ORDER BY key', params: {} });
    const counts = await graphCounts(store);
    const tally: Tally = { requests: 0, serverErrors: 0, leaks: [], masked: 0 };
    let stored = 0;
    for (const text of hostileArticles(1_000)) {
      const { json } = await send(t, { query: 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created } }', variables: { text } }, tally, { authorization: `Bearer ${KEY}` });
      if (json?.data?.ingestArticle) stored++;
    }
    expect(tally.serverErrors).toBe(0);
    expect(tally.leaks).toEqual([]);
    expect(tally.masked).toBe(0);
    expect(stored).toBeGreaterThan(0);

    const payload = HOSTILE_STRINGS[0];
    const [literal] = await store.read({ cypher: 'MATCH (t:Tweet) WHERE t.text CONTAINS $p RETURN count(t) AS n', params: { p: payload } });
    expect(literal.n).toBeGreaterThan(0);
    const after = await store.read({ cypher: 'MATCH (n:Actor|Country) RETURN coalesce(n.id, n.code) AS key, properties(n) AS props ORDER BY key', params: {} });
    expect(after).toEqual(before);
    expect((await graphCounts(store)).nodes).toBeGreaterThan(counts.nodes);
  }, 600_000);
});
