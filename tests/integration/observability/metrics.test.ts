/**
 * `GET /metrics` after known traffic: the counts a Prometheus scrape reads must be the traffic
 * sent — operations by name, their errors, each Neo4j statement by name and mode, ingested
 * articles by outcome, Bolt sessions in flight — over the real Neo4j, through yoga.fetch and
 * through `diplograph serve` as it is deployed.
 */
import { loadConfig } from '../../../src/config/env.js';
import { countSessions } from '../../../src/graph/count-sessions.js';
import { GraphStore, type StatementEvent } from '../../../src/graph/graph-store.js';
import { createIngestService } from '../../../src/ingest/ingest-service.js';
import { createObservability, type Observability } from '../../../src/server/observability/create-observability.js';
import { statementName } from '../../../src/server/observability/statement-name.js';
import { testDriver } from '../../helpers/graph-counts.js';
import { runService } from '../../helpers/run-service.js';
import { parseMetrics, sumOf, type Sample } from '../../helpers/scrape-metrics.js';
import { seededStore, testApp, type TestApp } from '../../helpers/seeded-app.js';
import { syntheticArticles } from '../../helpers/synthetic-articles.js';

const LEADER = 'query Leader { leader(name: "Volodymyr Zelenskyy") { name calls(first: 3) { totalCount edges { node { date participants { name } } } } } }';
const BROKEN = 'query Broken { leader(name: "x") { noSuchField } }';
const INGEST = 'mutation Ingest($text: String!) { ingestArticle(input: { text: $text }) { created calls { id } } }';
const OPEN = { apiKeys: [] as string[], queriesRequireToken: false };

async function scrape(api: TestApp, headers: Record<string, string> = {}): Promise<Sample[]> {
  const res = await api.app.fetch('http://localhost/metrics', { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return parseMetrics(await res.text());
}

describe('GET /metrics counts the traffic the server was sent', () => {
  let seeded: GraphStore;
  let driver: ReturnType<typeof testDriver>;
  let sessions: ReturnType<typeof countSessions>;
  let observability: Observability;
  let api: TestApp;
  /** Every statement as the store reported it: what the metrics must agree with. */
  const events: StatementEvent[] = [];

  beforeAll(async () => {
    seeded = await seededStore();
    driver = testDriver();
    sessions = countSessions(driver);
    observability = createObservability({ metrics: true, traces: null }, { security: OPEN, sessions, poolSize: 50, processMetrics: false });
    const store = new GraphStore(sessions.driver).observed((e) => (events.push(e), observability.onStatement(e)));
    api = testApp(store, { observability, ingest: observability.countIngests(createIngestService(store)) });
  }, 300_000);
  afterAll(async () => {
    await observability?.shutdown();
    await driver?.close();
    await seeded?.close();
  });

  it('counts operations by name, their errors, statements by name and mode, and ingests by outcome', async () => {
    for (let i = 0; i < 3; i++) expect((await api.post({ query: LEADER })).json.errors).toBeUndefined();
    for (let i = 0; i < 2; i++) expect((await api.post({ query: BROKEN })).json.errors).toHaveLength(1);
    expect((await api.post({ query: 'query Unparsable { leader(' })).json.errors[0].message).toMatch(/^Syntax Error/);
    const [article] = syntheticArticles(1, 2026);
    const first = (await api.post({ query: INGEST, variables: { text: article } })).json.data.ingestArticle;
    const again = (await api.post({ query: INGEST, variables: { text: article } })).json.data.ingestArticle;
    const refused = (await api.post({ query: INGEST, variables: { text: '   ' } })).json;
    expect([first.created, again.created, refused.errors[0].extensions.code]).toEqual([true, false, 'BAD_USER_INPUT']);

    const samples = await scrape(api);
    expect(sumOf(samples, 'graphql_envelop_request', { operationName: 'Leader', operationType: 'query' })).toBe(3);
    expect(sumOf(samples, 'graphql_envelop_request', { operationName: 'Ingest', operationType: 'mutation' })).toBe(3);
    expect(sumOf(samples, 'graphql_envelop_request_duration_count', { operationName: 'Leader' })).toBe(3);
    expect(sumOf(samples, 'graphql_yoga_http_duration_count', { operationName: 'Leader', statusCode: '200' })).toBe(3);
    // Every request whose document parsed, failed or not (use-http-duration.ts, as the plugin counts them); the unparsable one is not.
    expect(sumOf(samples, 'graphql_yoga_http_duration_count')).toBe(8);
    expect(sumOf(samples, 'graphql_yoga_http_duration_sum', { operationName: 'Leader' })).toBeGreaterThan(0);
    expect(sumOf(samples, 'graphql_envelop_error_result', { operationName: 'Broken', phase: 'validate' })).toBe(2);
    expect(sumOf(samples, 'graphql_envelop_error_result', { operationName: 'Ingest', phase: 'execute' })).toBe(1);
    // A document that does not parse has no operation to name: counted by phase only, and not as a request.
    expect(sumOf(samples, 'graphql_envelop_error_result', { phase: 'parse' })).toBe(1);
    expect(sumOf(samples, 'graphql_envelop_request')).toBe(6);

    // Every statement the store ran, by name and mode, as many times as it ran.
    const expected = new Map<string, number>();
    for (const e of events) expected.set(`${statementName(e.cypher)}|${e.mode}`, (expected.get(`${statementName(e.cypher)}|${e.mode}`) ?? 0) + 1);
    const counted = samples.filter((s) => s.name === 'diplograph_neo4j_statement_duration_seconds_count');
    expect(new Map(counted.map((s) => [`${s.labels.statement}|${s.labels.mode}`, s.value]))).toEqual(expected);
    expect(sumOf(samples, 'diplograph_neo4j_statement_duration_seconds_count', { mode: 'WRITE' })).toBe(events.filter((e) => e.mode === 'WRITE').length);
    expect(events.filter((e) => e.mode === 'WRITE').length).toBeGreaterThan(0);
    // What the one new article's transaction changed, as the driver's summary counted it.
    const created = events.reduce((n, e) => n + (e.updates?.nodesCreated ?? 0), 0);
    expect(created).toBeGreaterThan(0);
    expect(sumOf(samples, 'diplograph_neo4j_updates_total', { counter: 'nodesCreated' })).toBe(created);

    expect(sumOf(samples, 'diplograph_ingest_articles_total', { outcome: 'created' })).toBe(1);
    expect(sumOf(samples, 'diplograph_ingest_articles_total', { outcome: 'unchanged' })).toBe(1);
    expect(sumOf(samples, 'diplograph_ingest_articles_total', { outcome: 'refused', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sumOf(samples, 'diplograph_ingest_facts_total', { kind: 'call' })).toBe(first.calls.length);
  });

  it('reports Bolt sessions in flight against the pool size', async () => {
    expect(sumOf(await scrape(api), 'diplograph_neo4j_sessions_in_flight')).toBe(0);
    const held = [sessions.driver.session({ defaultAccessMode: 'READ' }), sessions.driver.session({ defaultAccessMode: 'READ' }), sessions.driver.session()];
    const during = await scrape(api);
    expect(sumOf(during, 'diplograph_neo4j_sessions_in_flight', { mode: 'READ' })).toBe(2);
    expect(sumOf(during, 'diplograph_neo4j_sessions_in_flight', { mode: 'WRITE' })).toBe(1);
    expect(sumOf(during, 'diplograph_neo4j_pool_max_connections')).toBe(50);
    for (const s of held) await s.close();
    expect(sumOf(await scrape(api), 'diplograph_neo4j_sessions_in_flight')).toBe(0);
  });

  it('bounds the operation names it labels by: trusted operations always, 100 other names, then "other"', async () => {
    // A client naming each request anew would otherwise add a series to every GraphQL metric each time.
    const bounded = createObservability({ metrics: true, traces: null }, { security: OPEN, processMetrics: false, trustedOperations: ['Trusted'] });
    const app = testApp(seeded, { observability: bounded });
    for (let i = 0; i < 120; i++) expect((await app.post({ query: `query Client${i} { __typename }` })).json.data).toEqual({ __typename: 'Query' });
    expect((await app.post({ query: 'query Trusted { __typename }' })).status).toBe(200);
    expect((await app.post({ query: `query ${'L'.repeat(65)} { __typename }` })).status).toBe(200);
    expect((await app.post({ query: '{ __typename }' })).status).toBe(200);

    const samples = await scrape(app);
    const clients = Array.from({ length: 100 }, (_, i) => `Client${i}`);
    const labelled = (metric: string) => new Set(samples.filter((s) => s.name === metric).map((s) => s.labels.operationName));
    for (const metric of ['graphql_envelop_request', 'graphql_envelop_request_duration_count', 'graphql_yoga_http_duration_count']) {
      expect(labelled(metric)).toEqual(new Set([...clients, 'other', 'Trusted', 'Anonymous']));
    }
    // The 20 names past the bound and the one too long for a label.
    expect(sumOf(samples, 'graphql_envelop_request', { operationName: 'other' })).toBe(21);
    expect(sumOf(samples, 'graphql_envelop_request')).toBe(123);
  });

  it('needs an API key when queries do (QUERIES_REQUIRE_TOKEN), and is open otherwise', async () => {
    const key = 'metrics-test-key-0123456789';
    const closed = createObservability({ metrics: true, traces: null }, { security: { apiKeys: [key], queriesRequireToken: true }, processMetrics: false });
    const guarded = testApp(seeded, { observability: closed, security: loadConfig({ API_KEYS: key, QUERIES_REQUIRE_TOKEN: 'true' }).security });
    const anonymous = await guarded.app.fetch('http://localhost/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await guarded.app.fetch('http://localhost/metrics', { headers: { authorization: 'Bearer wrong-key-0123456789' } })).status).toBe(401);
    expect((await guarded.app.fetch('http://localhost/metrics', { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    expect((await api.app.fetch('http://localhost/metrics')).status).toBe(200);
  });
});

describe('diplograph serve answers GET /metrics', () => {
  it('counts the requests sent to the running service, and is absent with METRICS_ENABLED=false', async () => {
    const env = { NEO4J_URI: process.env.NEO4J_URI!, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!, SEED_ON_EMPTY: 'false', NODE_ENV: 'production', LOG_LEVEL: 'warn' };
    const service = await runService(env);
    try {
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Ping { __typename }' }) });
        expect(res.status).toBe(200);
      }
      const samples = parseMetrics(await (await fetch(`${service.url}/metrics`)).text());
      expect(sumOf(samples, 'graphql_envelop_request', { operationName: 'Ping' })).toBe(4);
      // The start-up's own statements (schema, health checks) went through the same boundary.
      expect(sumOf(samples, 'diplograph_neo4j_statement_duration_seconds_count')).toBeGreaterThan(0);
      expect(sumOf(samples, 'diplograph_neo4j_pool_max_connections')).toBe(50);
      expect(sumOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    } finally {
      expect(await service.stop()).toBe(0);
    }
    const off = await runService({ ...env, METRICS_ENABLED: 'false' });
    try {
      expect(await (await fetch(`${off.url}/metrics`)).text()).not.toContain('graphql_envelop_request');
    } finally {
      expect(await off.stop()).toBe(0);
    }
  }, 120_000);
});
