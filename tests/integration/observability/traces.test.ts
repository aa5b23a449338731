/**
 * Traces: a GraphQL operation yields one server span (@envelop/opentelemetry) with a client span
 * per Neo4j statement beneath it, named after the statement and never carrying a parameter value
 * (an ingest's write transaction under an ingest span of its own; statement spans are made after
 * the response is written, so the tests flush before reading);
 * a caller's W3C traceparent is continued, and the sampler (OTEL_TRACES_SAMPLER) decides what is
 * traced; each event of a subscription is a trace of its own; read through an in-memory exporter, and as `diplograph serve` sends them by OTLP/HTTP
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import type { GraphStore, StatementEvent } from '../../../src/graph/graph-store.js';
import { createObservability, type Observability } from '../../../src/server/observability/create-observability.js';
import { statementName } from '../../../src/server/observability/statement-name.js';
import { createIngestService } from '../../../src/ingest/ingest-service.js';
import { createLogger } from '../../../src/logger.js';
import { createLiveBus } from '../../../src/server/live/create-live-bus.js';
import { publishIngested } from '../../../src/server/live/publish-ingested.js';
import { runService } from '../../helpers/run-service.js';
import { subscribe } from '../../helpers/sse-stream.js';
import { seededStore, testApp, type TestApp } from '../../helpers/seeded-app.js';
import { syntheticArticles } from '../../helpers/synthetic-articles.js';

const LEADER = 'query Leader($name: String!) { leader(name: $name) { name country { name } calls(first: 3) { totalCount edges { node { date participants { name } } } } } }';
const NAME = 'Volodymyr Zelenskyy';
const INGEST = 'mutation Ingest($text: String!) { ingestArticle(input: { text: $text }) { created calls { id } } }';
const OPEN = { apiKeys: [] as string[], queriesRequireToken: false };
const toMs = ([s, ns]: [number, number]) => s * 1e3 + ns / 1e6;

describe('traces of a GraphQL operation', () => {
  let seeded: GraphStore;
  let exporter: InMemorySpanExporter;
  let observability: Observability;
  let api: TestApp;

  beforeAll(async () => {
    seeded = await seededStore();
    exporter = new InMemorySpanExporter();
    observability = createObservability({ metrics: false, traces: null }, { security: OPEN, spanExporter: exporter });
    api = testApp(seeded.observed(observability.onStatement), { observability });
  }, 300_000);
  afterAll(async () => {
    await observability?.shutdown();
    await seeded?.close();
  });

  it('puts a span per Cypher statement, named after it, under the operation span', async () => {
    exporter.reset();
    api.statements.length = 0;
    const { json } = await api.post({ query: LEADER, variables: { name: NAME } });
    expect(json.data.leader.name).toBe(NAME);

    await observability.flush();

    const spans = exporter.getFinishedSpans();
    const operation = spans.filter((s) => s.name === 'query.Leader');
    expect(operation).toHaveLength(1);
    const [root] = operation;
    expect(root.kind).toBe(SpanKind.SERVER);
    expect(root.attributes['graphql.execute.operationName']).toBe('Leader');

    const cypher = spans.filter((s) => s.attributes['db.system'] === 'neo4j');
    // One span per statement the request ran, in order, each a child of the operation in the same trace.
    expect(cypher.map((s) => s.attributes['db.query.summary'])).toEqual(api.statements.map((e) => statementName(e.cypher)));
    expect(cypher.length).toBeGreaterThan(1);
    for (const span of cypher) {
      expect(span.kind).toBe(SpanKind.CLIENT);
      expect(span.spanContext().traceId).toBe(root.spanContext().traceId);
      expect(span.parentSpanId).toBe(root.spanContext().spanId);
      expect(span.name).toBe(`neo4j ${span.attributes['db.query.summary']}`);
      expect(span.attributes['diplograph.access_mode']).toBe('READ');
      // Within the operation's time (1 ms of clock rounding either side).
      expect(toMs(span.startTime)).toBeGreaterThanOrEqual(toMs(root.startTime) - 1);
      expect(toMs(span.endTime)).toBeLessThanOrEqual(toMs(root.endTime) + 1);
    }
    // The leader's name went as a parameter: no span carries it.
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toMatch(/zelenskyy/i);
  });

  it("puts an ingest span under the mutation, and a span per statement of the article's write transaction under it", async () => {
    // The writer runs on the process's store, not the request's view: what it ran is recorded there.
    const written: StatementEvent[] = [];
    const writer = testApp(seeded.observed((e) => void (e.mode === 'WRITE' && written.push(e))), { observability });
    exporter.reset();
    const [article] = syntheticArticles(1, 2027);
    const { json } = await writer.post({ query: INGEST, variables: { text: article } });
    expect(json.data.ingestArticle.created).toBe(true);

    await observability.flush();

    const spans = exporter.getFinishedSpans();
    const root = spans.find((s) => s.name === 'mutation.Ingest')!;
    const ingest = spans.filter((s) => s.name === 'diplograph ingest');
    expect(ingest).toHaveLength(1);
    expect(ingest[0].parentSpanId).toBe(root.spanContext().spanId);
    expect(ingest[0].attributes['diplograph.article.created']).toBe(true);
    expect(ingest[0].attributes['diplograph.article.id']).toMatch(/^art_[0-9a-f]+$/);
    const writes = spans.filter((s) => s.attributes['diplograph.access_mode'] === 'WRITE');
    expect(written.length).toBeGreaterThan(0);
    expect(writes.map((s) => s.attributes['db.query.summary'])).toEqual(written.map((e) => statementName(e.cypher)));
    for (const span of writes) {
      expect(span.spanContext().traceId).toBe(root.spanContext().traceId);
      expect(span.parentSpanId).toBe(ingest[0].spanContext().spanId);
      expect(toMs(span.startTime)).toBeGreaterThanOrEqual(toMs(ingest[0].startTime) - 1);
      expect(toMs(span.endTime)).toBeLessThanOrEqual(toMs(ingest[0].endTime) + 1);
    }
  });

  it('marks a refused ingest with its error code and records no write', async () => {
    exporter.reset();
    const { json } = await api.post({ query: INGEST, variables: { text: '   ' } });
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await observability.flush();

    const spans = exporter.getFinishedSpans();
    const [ingest] = spans.filter((s) => s.name === 'diplograph ingest');
    expect(ingest.status).toEqual({ code: SpanStatusCode.ERROR, message: 'BAD_USER_INPUT' });
    // The operation's span (made after the response, defer-spans.ts) carries the failure too.
    const root = spans.find((s) => s.name === 'mutation.Ingest')!;
    expect(root.status.code).toBe(SpanStatusCode.ERROR);
    expect(ingest.parentSpanId).toBe(root.spanContext().spanId);
    expect(spans.filter((s) => s.attributes['diplograph.access_mode'] === 'WRITE')).toEqual([]);
  });
});

describe('traces of a subscription', () => {
  it("gives each event of a subscription a trace of its own, with the statements that read it", async () => {
    const seeded = await seededStore();
    const live = await createLiveBus();
    const exporter = new InMemorySpanExporter();
    const observability = createObservability({ metrics: false, traces: null }, { security: OPEN, spanExporter: exporter });
    const api = testApp(seeded.observed(observability.onStatement), {
      observability,
      live: live.bus,
      ingest: createIngestService(seeded, undefined, { afterCommit: publishIngested(live.bus, seeded, createLogger('silent')) }),
    });
    const contacts = await subscribe((init) => api.app.fetch('http://localhost/graphql', init), 'subscription Contacts { contactAdded { id participants { name country { code } } } }');
    try {
      const [article] = syntheticArticles(1, 2028);
      const report = await api.post({ query: INGEST, variables: { text: article } });
      const { data } = await contacts.next();
      expect(data.contactAdded.id).toBe(report.json.data.ingestArticle.calls[0].id);
      await observability.flush();

      const spans = exporter.getFinishedSpans();
      // The event's execution: a span of its own (a trace of its own), the statements that read the contact beneath it.
      const events = spans.filter((s) => s.name === 'subscription.Contacts' && s.parentSpanId === undefined && s.attributes['graphql.execute.operationType'] === 'subscription');
      expect(events.length).toBeGreaterThanOrEqual(1);
      const reads = spans.filter((s) => s.attributes['diplograph.access_mode'] === 'READ' && events.some((e) => e.spanContext().spanId === s.parentSpanId));
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) expect(events.map((e) => e.spanContext().traceId)).toContain(read.spanContext().traceId);
    } finally {
      contacts.close();
      await observability.shutdown();
      await live.close();
      await seeded.close();
    }
  }, 240_000);
});

describe("a caller's trace and the sampler", () => {
  const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
  const CALLER = '00f067aa0ba902b7';
  let seeded: GraphStore;
  beforeAll(async () => (seeded = await seededStore()), 300_000);
  afterAll(() => seeded?.close());

  const traced = (sampler?: { name: 'parentbased_traceidratio'; ratio: number }) => {
    const exporter = new InMemorySpanExporter();
    const observability = createObservability({ metrics: false, traces: sampler ? { serviceName: 'diplograph', sampler } : null }, { security: OPEN, spanExporter: exporter });
    return { exporter, observability, api: testApp(seeded, { observability }) };
  };

  it("continues the trace of a request's W3C traceparent: the operation span is the caller's span's child", async () => {
    const { exporter, observability, api } = traced();
    try {
      await api.post({ query: LEADER, variables: { name: NAME } }, { traceparent: `00-${TRACE}-${CALLER}-01` });
      await observability.flush();

      const spans = exporter.getFinishedSpans();
      const root = spans.find((s) => s.name === 'query.Leader')!;
      expect(root.spanContext().traceId).toBe(TRACE);
      expect(root.parentSpanId).toBe(CALLER);
      const statements = spans.filter((s) => s.attributes['db.system'] === 'neo4j');
      expect(statements.length).toBeGreaterThan(1);
      expect(statements.every((s) => s.spanContext().traceId === TRACE && s.parentSpanId === root.spanContext().spanId)).toBe(true);
    } finally {
      await observability.shutdown();
    }
  });

  it('traces only what the sampler keeps: parentbased_traceidratio at 0 follows a sampled caller and traces nothing else', async () => {
    const { exporter, observability, api } = traced({ name: 'parentbased_traceidratio', ratio: 0 });
    try {
      await api.post({ query: LEADER, variables: { name: NAME } });
      await api.post({ query: LEADER, variables: { name: NAME } }, { traceparent: `00-${TRACE}-${CALLER}-00` });
      await observability.flush();
      expect(exporter.getFinishedSpans()).toEqual([]);
      await api.post({ query: LEADER, variables: { name: NAME } }, { traceparent: `00-${TRACE}-${CALLER}-01` });
      await observability.flush();

      const spans = exporter.getFinishedSpans();
      expect(spans.filter((s) => s.name === 'query.Leader')).toHaveLength(1);
      expect(spans.filter((s) => s.attributes['db.system'] === 'neo4j').length).toBeGreaterThan(1);
    } finally {
      await observability.shutdown();
    }
  });
});

describe('diplograph serve with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('sends the operation span and its Cypher spans to the collector by OTLP/HTTP', async () => {
    const bodies: any[] = [];
    const collector: Server = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        if (req.url === '/v1/traces') bodies.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((done) => collector.listen(0, '127.0.0.1', done));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    try {
      const service = await runService({
        NEO4J_URI: process.env.NEO4J_URI!,
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!,
        SEED_ON_EMPTY: 'false',
        LOG_LEVEL: 'warn',
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_SERVICE_NAME: 'diplograph-trace-test',
      });
      try {
        const res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LEADER, variables: { name: NAME } }) });
        expect(res.status).toBe(200);
      } finally {
        // SIGTERM flushes the batch of spans before the process ends.
        expect(await service.stop()).toBe(0);
      }
    } finally {
      await new Promise((done) => collector.close(done));
    }
    const resources = bodies.flatMap((b) => b.resourceSpans);
    const service = resources[0].resource.attributes.find((a: any) => a.key === 'service.name');
    expect(service.value.stringValue).toBe('diplograph-trace-test');
    const spans = resources.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans));
    const root = spans.find((s: any) => s.name === 'query.Leader');
    expect(root).toBeDefined();
    const children = spans.filter((s: any) => s.parentSpanId === root.spanId && s.name.startsWith('neo4j '));
    expect(children.length).toBeGreaterThan(1);
    expect(JSON.stringify(spans)).not.toMatch(/zelenskyy/i);
  }, 120_000);
});
