/**
 * Spans made after the fact (defer-spans.ts): within the request a span only notes what it is
 * given; the SDK's span appears when the deferred work runs, with the times and attributes noted
 * in the request, and children, sampling and statuses are as if it had been made at once.
 */
import { SpanKind, SpanStatusCode, ROOT_CONTEXT, trace, type Tracer } from '@opentelemetry/api';
import { AlwaysOffSampler, AlwaysOnSampler, BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type Sampler } from '@opentelemetry/sdk-trace-base';
import { deferSpans, epochMs } from '../../../src/server/observability/defer-spans.js';

const toMs = ([s, ns]: [number, number]) => s * 1e3 + ns / 1e6;

function setUp(sampler: Sampler = new AlwaysOnSampler()) {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ sampler, spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const real = provider.getTracer('test');
  const queue: Array<() => void> = [];
  const deferred: Tracer = deferSpans(real, (work) => queue.push(work)).getTracer('test');
  const runDeferred = () => queue.splice(0).forEach((work) => work());
  return { exporter, real, deferred, runDeferred, queue };
}

describe('spans made after the fact', () => {
  it('makes nothing in the request, then the span as noted: name, kind, attributes, start and end', () => {
    const { exporter, deferred, runDeferred } = setUp();
    const before = epochMs();
    const span = deferred.startSpan('query.Leader', { kind: SpanKind.SERVER, attributes: { 'graphql.execute.operationName': 'Leader', 'graphql.execute.document': undefined } }, ROOT_CONTEXT);
    span.setAttribute('late', 1);
    span.setAttributes({ also: 'yes' });
    const ended = epochMs();
    span.end();
    expect(span.isRecording()).toBe(false);
    expect(exporter.getFinishedSpans()).toEqual([]);

    runDeferred();
    const [made] = exporter.getFinishedSpans();
    expect(made.name).toBe('query.Leader');
    expect(made.kind).toBe(SpanKind.SERVER);
    expect(made.attributes).toEqual({ 'graphql.execute.operationName': 'Leader', late: 1, also: 'yes' });
    // The times taken in the request, not when the span was made (1 ms of clock rounding).
    expect(toMs(made.startTime)).toBeGreaterThanOrEqual(before - 1);
    expect(toMs(made.startTime)).toBeLessThanOrEqual(ended + 1);
    expect(toMs(made.endTime)).toBeGreaterThanOrEqual(ended - 1);
    expect(toMs(made.endTime)).toBeLessThanOrEqual(epochMs() + 1);
  });

  it("gives a child made under it (a statement's span) its trace and its id as parent", () => {
    const { exporter, real, deferred, runDeferred } = setUp();
    const span = deferred.startSpan('query.Leader', {}, ROOT_CONTEXT);
    expect(span.isRecording()).toBe(true);
    real.startSpan('neo4j MATCH Actor', {}, trace.setSpan(ROOT_CONTEXT, span)).end();
    span.end();
    runDeferred();
    const [child, parent] = exporter.getFinishedSpans();
    expect(parent.name).toBe('query.Leader');
    expect(child.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(child.parentSpanId).toBe(parent.spanContext().spanId);
    // Made once: the end did not make a second span.
    expect(exporter.getFinishedSpans()).toHaveLength(2);
  });

  it('continues a caller\'s trace given as its parent', () => {
    const { exporter, deferred, runDeferred } = setUp();
    const caller = trace.setSpanContext(ROOT_CONTEXT, { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1, isRemote: true });
    deferred.startSpan('query.Leader', {}, caller).end();
    runDeferred();
    const [made] = exporter.getFinishedSpans();
    expect(made.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(made.parentSpanId).toBe('00f067aa0ba902b7');
  });

  it('leaves out what the sampler leaves out, and the children under it', () => {
    const { exporter, real, deferred, runDeferred } = setUp(new AlwaysOffSampler());
    const span = deferred.startSpan('query.Leader', {}, ROOT_CONTEXT);
    const child = real.startSpan('neo4j MATCH Actor', {}, trace.setSpan(ROOT_CONTEXT, span));
    expect(child.isRecording()).toBe(false);
    child.end();
    span.end();
    runDeferred();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('records a failed operation\'s status and exception on the span', () => {
    const { exporter, deferred, runDeferred } = setUp();
    const span = deferred.startSpan('mutation.Ingest', {}, ROOT_CONTEXT);
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.recordException({ name: 'graphql.execute.error', message: 'BAD_USER_INPUT' });
    span.end();
    span.end();
    runDeferred();
    const [made] = exporter.getFinishedSpans();
    expect(made.status.code).toBe(SpanStatusCode.ERROR);
    expect(made.events.map((e) => e.attributes?.['exception.message'])).toEqual(['BAD_USER_INPUT']);
    expect(exporter.getFinishedSpans()).toHaveLength(1);
  });
});
