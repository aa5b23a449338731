/**
 * The compiled executor (src/server/use-compiled-execution.ts): the server runs queries compiled
 * by graphql-jit, and a client cannot tell — every request below is sent to the server as it runs
 * (compiled) and to the same server on graphql-js, and the two answer with the same status and the
 * same body, down to error messages, codes, locations, paths and masking: answers, bad arguments,
 * variables that do not coerce, a value the schema promises that the graph lacks, and a masked
 * database fault in production. Compiled queries are kept in a bounded LRU.
 */
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { Writable } from 'node:stream';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../../../src/config/env.js';
import { GraphStore } from '../../../src/graph/graph-store.js';
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { createContext } from '../../../src/graphql/create-context.js';
import { useCompiledExecution } from '../../../src/server/use-compiled-execution.js';
import type { ServerDeps } from '../../../src/server/create-server.js';
import { seededStore, testApp } from '../../helpers/seeded-app.js';

const production = loadConfig({ NODE_ENV: 'production', API_KEYS: 'k'.repeat(16) + '-test-key' });

const isQuery = (body: unknown) => /^\s*(query\b|\{)/.test((body as { query: string }).query);

/** A logger that keeps its lines, to see what the server compiled. */
function keptLogger() {
  const lines: Array<{ msg: string; operationName?: string }> = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { logger: pino({ level: 'debug' }, stream), compiled: () => lines.filter((l) => l.msg === 'query compiled') };
}

describe('the compiled executor answers as graphql-js does', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  }, 180_000);
  afterAll(() => store.close());

  /**
   * The answer of the compiled server, after checking graphql-js's is the same — but for the stack
   * that development mode shows of a masked error, whose frames include this caller's line.
   * The document was compiled (and a query that does not start with `query` or `{` is not).
   */
  async function same(body: unknown, overrides: Partial<ServerDeps> = {}, over = store) {
    const { logger, compiled: compiles } = keptLogger();
    const app = testApp(over, { ...overrides, executor: 'compiled', logger });
    // A document is compiled the second time it comes: the first answer is yoga's executor's.
    await app.post(body);
    const compiled = await app.post(body);
    expect(compiles()).toHaveLength(isQuery(body) ? 1 : 0);
    const interpreted = await testApp(over, { ...overrides, executor: 'graphql-js' }).post(body);
    const stackless = (answer: unknown) => JSON.parse(JSON.stringify(answer, (key, value) => (key === 'stack' ? typeof value : value)));
    expect(stackless(compiled)).toEqual(stackless(interpreted));
    return compiled;
  }

  it.each([
    ['a look-up with relations read ahead', '{ leader(name: "Zelenskyy") { name title country { code name } calls(first: 5) { totalCount edges { cursor node { id date medium topics participants { name } sources { article { url } quote } } } } } }', undefined],
    ['a page with fragments, aliases and __typename', 'query Page { newest: calls(first: 3) { ...page } oldest: calls(first: 2, orderBy: { field: DATE, direction: ASC }) { ...page } } fragment page on CallConnection { totalCount pageInfo { hasNextPage endCursor } edges { node { __typename id medium plover { event mode } } } }', undefined],
    ['skip and include', 'query ($more: Boolean!) { calls(first: 2) { totalCount @skip(if: $more) edges @include(if: $more) { node { id } } } }', { more: true }],
    ['introspection', '{ __type(name: "Call") { name fields { name type { kind name ofType { name } } } } }', undefined],
  ])('answers %s the same', async (_, query, variables: Record<string, unknown> | undefined) => {
    const { status, json } = await same({ query, variables });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(Object.values(json.data).every((v) => v !== null)).toBe(true);
  });

  it.each([
    ['a bad argument', '{ calls(first: -1) { totalCount } }', undefined, /^Argument "first" must be/],
    ['an invalid cursor', '{ calls(after: "not-a-cursor") { totalCount } }', undefined, /^Argument "after"/],
    ['a variable of the wrong type', 'query ($n: Int) { calls(first: $n) { totalCount } }', { n: 'ten' }, /^Variable "\$n" got invalid value "ten"; Int cannot represent/],
    ['a missing non-null variable', 'query ($name: String!) { leader(name: $name) { name } }', {}, /^Variable "\$name" of required type "String!" was not provided\.$/],
    ['a variable that is not a date', 'query ($from: Date) { calls(where: { from: $from }) { totalCount } }', { from: '2022-3-1' }, /^Variable "\$from" got invalid value "2022-3-1"; Date must be a calendar date/],
    ['a variable that is not an enum value', 'query ($o: OrderDirection!) { calls(first: 1, orderBy: { field: DATE, direction: $o }) { totalCount } }', { o: 'DOWN' }, /^Variable "\$o" got invalid value "DOWN"; Value "DOWN" does not exist in "OrderDirection" enum\.$/],
    ['an input object with an unknown field', 'query ($w: CallWhere) { calls(where: $w) { totalCount } }', { w: { colour: 'red' } }, /^Variable "\$w" got invalid value \{ colour: "red" \}; Field "colour" is not defined by type "CallWhere"\.$/],
  ])('refuses %s with the same error, in development and in production', async (_, query, variables, message) => {
    for (const overrides of [{}, { production: true, security: production.security }]) {
      const { json } = await same({ query, variables }, overrides);
      expect(json.errors).toHaveLength(1);
      expect(json.errors[0].message).toMatch(message);
    }
  });

  it('answers the same when the graph lacks a value the schema promises (an actor with no name)', async () => {
    const { json: found } = await testApp(store).post({ query: '{ leader(name: "Zelenskyy") { id } }' });
    const id = found.data.leader.id;
    await store.writeAll([{ cypher: 'MATCH (a:Actor {id: $id}) SET a.keptName = a.name REMOVE a.name', params: { id } }]);
    try {
      for (const overrides of [{}, { production: true, security: production.security }]) {
        const { json } = await same({ query: 'query ($id: ID!) { leader(id: $id) { id name } }', variables: { id } }, overrides);
        expect(json.errors).toHaveLength(1);
        // yoga's executor raises it as an unexpected error: masked, its reason shown in development only.
        expect(json.errors[0]).toMatchObject({ message: 'Unexpected error.', path: ['leader', 'name'] });
        if (!('production' in overrides)) expect(json.errors[0].extensions.originalError.message).toMatch(/^Cannot return null for non-nullable field \w+\.name\.$/);
      }
    } finally {
      await store.writeAll([{ cypher: 'MATCH (a:Actor {id: $id}) SET a.name = a.keptName REMOVE a.keptName', params: { id } }]);
    }
  });

  it('answers the same when the graph holds a value the schema cannot serialise (a medium its enum does not know)', async () => {
    const first = await testApp(store).post({ query: '{ calls(first: 2) { edges { node { id } } } }' });
    const id = first.json.data.calls.edges[1].node.id;
    await store.writeAll([{ cypher: 'MATCH (c:Call {id: $id}) SET c.keptMedium = c.medium, c.medium = $odd', params: { id, odd: 'carrier pigeon' } }]);
    try {
      for (const overrides of [{}, { production: true, security: production.security }]) {
        const { json } = await same({ query: '{ calls(first: 2) { totalCount edges { node { id medium } } } }' }, overrides);
        expect(json.errors).toHaveLength(1);
        // Masked: the graph's value is no client's business.
        expect(json.errors[0]).toMatchObject({ message: 'Unexpected error.', path: ['calls', 'edges', 1, 'node', 'medium'], locations: [{ line: 1, column: 50 }] });
      }
    } finally {
      await store.writeAll([{ cypher: 'MATCH (c:Call {id: $id}) SET c.medium = c.keptMedium REMOVE c.keptMedium', params: { id } }]);
    }
  });

  it('masks a database fault in production the same way', async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
    const broken = new GraphStore(driver, 'no-such-database');
    try {
      // One field: when a non-null root field fails, graphql-js answers once that first error is in and
      // drops those of its siblings that fail after (which ones depends on timing); jit reports them all.
      const { json } = await same({ query: '{ leader(name: "Zelenskyy") { name calls(first: 1) { totalCount } } }' }, { production: true, security: production.security }, broken);
      expect(json.errors).toHaveLength(1);
      expect(json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(json)).not.toMatch(/Neo\.|no-such-database|stack/i);
    } finally {
      await broken.close();
    }
  });

  it('compiles a query the second time it comes, once, by operation; never a mutation', async () => {
    const { logger, compiled } = keptLogger();
    const t = testApp(store, { logger });
    const twoOperations = 'query A { calls(first: 1) { totalCount } } query B { leader(name: "Zelenskyy") { name } }';
    for (let i = 0; i < 3; i++) await t.post({ query: 'query Thrice { calls(first: 1) { totalCount } }' });
    await t.post({ query: 'query Once { calls(first: 1) { totalCount } }' });
    for (const operationName of ['B', 'A', 'B']) await t.post({ query: twoOperations, operationName });
    for (let i = 0; i < 2; i++) await t.post({ query: 'mutation { ingestArticle(input: { text: "date 2022-03-02 Biden spoke with Scholz." }) { created } }' });
    expect(compiled().map((l) => l.operationName)).toEqual(['Thrice', 'B']);
    const { logger: quiet, compiled: none } = keptLogger();
    const off = testApp(store, { logger: quiet, executor: 'graphql-js' });
    for (let i = 0; i < 2; i++) await off.post({ query: '{ calls(first: 1) { totalCount } }' });
    expect(none()).toEqual([]);
  });
});

describe('the compiled queries are kept in a bounded LRU', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore({ gazetteer: false });
  }, 180_000);
  afterAll(() => store.close());

  it('keeps at most maxDocuments documents, compiling again one it let go, and answers right after', async () => {
    const compiles: string[] = [];
    const yoga = createYoga({
      schema: buildSchema(),
      context: () => createContext({ store }),
      plugins: [useCompiledExecution({ maxDocuments: 2, onCompile: (name) => compiles.push(name!) })],
    });
    const ask = async (name: string) => {
      const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${name} { calls(first: 1) { totalCount } }` }) });
      return (await res.json()) as { data: { calls: { totalCount: number } } };
    };
    const answers = [];
    // Each asked twice in a row (compiled the second time). A stays (used after B); C pushes out B,
    // which is compiled again when it comes back twice; C is still there.
    for (const name of ['A', 'A', 'B', 'B', 'A', 'C', 'C', 'B', 'B', 'C']) answers.push(await ask(name));
    expect(compiles).toEqual(['A', 'B', 'C', 'B']);
    expect(new Set(answers.map((a) => a.data.calls.totalCount)).size).toBe(1);
    expect(answers[0].data.calls.totalCount).toBeGreaterThan(0);
  });

  it('refuses a cache size that is not a positive integer', () => {
    expect(() => useCompiledExecution({ maxDocuments: 0 })).toThrow(/maxDocuments must be a positive integer, got 0/);
  });
});
