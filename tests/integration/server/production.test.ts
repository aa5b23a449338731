/**
 * Production mode and access: unexpected errors are masked, introspection, GraphiQL and field
 * suggestions are off, mutations need a bearer token, CORS answers only configured origins.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config/env.js';
import { GraphStore } from '../../../src/graph/graph-store.js';
import { seededStore, testApp } from '../../helpers/seeded-app.js';

const KEY = 'k'.repeat(16) + '-test-key';
const production = loadConfig({ NODE_ENV: 'production', API_KEYS: KEY });
const ARTICLE = 'date 2023-01-10\nPrime Minister Rishi Sunak met President Joe Biden in Washington on Monday.';
const INGEST = { query: 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created calls { id } } }', variables: { text: ARTICLE } };

describe('production mode', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it('masks an unexpected database fault: no message from Neo4j, no stack', async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
    const broken = new GraphStore(driver, 'no-such-database');
    const t = testApp(broken, { production: true, security: production.security });
    const { json } = await t.post({ query: '{ leader(name: "Zelenskyy") { name } }' });
    await broken.close();
    const text = JSON.stringify(json);
    expect(json.errors).toHaveLength(1);
    expect(text).not.toMatch(/Neo\.|no-such-database|stack|at .*\.ts/i);
  });

  it('turns introspection off', async () => {
    const { json } = await testApp(store, { production: true, security: production.security }).post({ query: '{ __schema { types { name } } }' });
    expect(json.errors[0].message).toMatch(/introspection/i);
    const dev = await testApp(store).post({ query: '{ __schema { queryType { name } } }' });
    expect(dev.json.data.__schema.queryType.name).toBe('Query');
  });

  it('serves no GraphiQL page', async () => {
    const t = testApp(store, { production: true, security: production.security });
    const res = await t.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toContain('GraphiQL');
  });

  it('suggests no field names', async () => {
    const prod = await testApp(store, { production: true, security: production.security }).post({ query: '{ leadr(name: "x") { name } }' });
    expect(JSON.stringify(prod.json)).not.toMatch(/Did you mean/);
    const dev = await testApp(store).post({ query: '{ leadr(name: "x") { name } }' });
    expect(dev.json.errors[0].message).toMatch(/Did you mean "leader"/);
  });
});

describe('bearer tokens', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it('refuses mutations in production when no API key is configured', async () => {
    const security = loadConfig({ NODE_ENV: 'production' }).security;
    const t = testApp(store, { production: true, security });
    const res = await t.post(INGEST);
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.json.errors[0].message).toMatch(/API_KEYS/);
  });

  it('refuses a mutation without a token or with a wrong one, and runs it with the right one', async () => {
    const t = testApp(store, { production: true, security: production.security });
    for (const headers of [{}, { authorization: 'Bearer wrong-token-0000000' }, { authorization: KEY }] as Array<Record<string, string>>) {
      const res = await t.post(INGEST, headers);
      expect(res.status).toBe(401);
      expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const ok = await t.post(INGEST, { authorization: `Bearer ${KEY}` });
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data.ingestArticle.calls).toHaveLength(1);
  });

  it('keeps queries public unless configured otherwise', async () => {
    const open = await testApp(store, { production: true, security: production.security }).post({ query: '{ country(code: "UA") { name } }' });
    expect(open.json.data.country.name).toBe('Ukraine');
    const closed = testApp(store, { production: true, security: { ...production.security, queriesRequireToken: true } });
    expect((await closed.post({ query: '{ country(code: "UA") { name } }' })).status).toBe(401);
    const withToken = await closed.post({ query: '{ country(code: "UA") { name } }' }, { authorization: `Bearer ${KEY}` });
    expect(withToken.json.data.country.name).toBe('Ukraine');
  });

  it('lets development run mutations without a token while no key is configured', async () => {
    const { json } = await testApp(store).post(INGEST);
    expect(json.errors).toBeUndefined();
    expect(json.data.ingestArticle.created).toBe(false); // ingested by the previous test already
  });
});

describe('CORS', () => {
  let store: GraphStore;
  beforeAll(() => {
    store = new GraphStore(neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!)));
  });
  afterAll(() => store.close());

  const preflight = (origin: string, corsOrigins: string[] | null) =>
    testApp(store, { security: { ...loadConfig({}).security, corsOrigins } }).app.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('answers configured origins only', async () => {
    const allowed = await preflight('https://app.example', ['https://app.example']);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await preflight('https://evil.example', ['https://app.example']);
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const none = await preflight('https://app.example', null);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });
});
