/**
 * OpenTelemetry traces: one span per GraphQL operation (@envelop/opentelemetry) and, under it, one
 * client span per Neo4j statement the request ran, named and labelled by the statement
 * (statement-name.ts) — never a parameter value, nor the statement's text (its name says which
 * one it is; kilobytes of Cypher with every span would multiply what a trace costs to send).
 * An `ingestArticle`'s write transaction runs in the ingestion service, on the process's store:
 * it gets a span of its own under the operation, with its statements beneath (requestIngest).
 * Spans leave by OTLP/HTTP in batches (the standard OTEL_EXPORTER_OTLP_* and OTEL_BSP_*
 * variables); which operations are traced is the sampler's choice (OTEL_TRACES_SAMPLER, read by
 * src/config/env.ts), and an operation whose request carries a W3C `traceparent` continues the
 * caller's trace. Without an endpoint nothing here is created at all.
 *
 * No context manager: the Node SDK's default (AsyncLocalStorage) makes V8 run a hook for every
 * promise the process creates, traced or not, and a request creates thousands (issue 20: traces
 * must cost little). A statement finds its operation explicitly instead: the server hands each request's statements
 * to `requestObserver(request)` (create-server.ts), and the plugin here records, per request, the
 * context of the operation being executed.
 *
 * Spans are made after the fact (issue 20: what a trace costs the request's p50): a statement's
 * span, and the operation's (its tracer defers the SDK's work, defer-spans.ts), are recorded with
 * the times measured in the request once the request's work is done (setImmediate).
 *
 * @example
 *   const tracing = createTracing({ serviceName: 'diplograph', url: 'http://collector:4318/v1/traces', headers: {} });
 *   createYoga({ …, plugins: tracing.plugins, context: ({ request }) => createContext({ store, onStatement: tracing.requestObserver(request) }) });
 */
import { SpanKind, SpanStatusCode, TraceFlags, trace, type Context, type Tracer } from '@opentelemetry/api';
import { getCurrentOtelContext, useOpenTelemetry } from '@envelop/opentelemetry';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Plugin } from 'graphql-yoga';
import type { StatementEvent, StatementObserver } from '../../graph/graph-store.js';
import type { IngestService } from '../../ingest/ingest-service.js';
import { errorCode } from './error-code.js';
import { createSampler, DEFAULT_SAMPLER, type SamplerConfig } from './create-sampler.js';
import { deferSpans, epochMs } from './defer-spans.js';
import { useTraceParent } from './use-trace-parent.js';
import { statementName } from './statement-name.js';

export interface TracingOptions {
  serviceName: string;
  /** The OTLP/HTTP traces URL and its headers … */
  url?: string;
  headers?: Record<string, string>;
  /** … or an exporter that receives each span as it ends (tests: InMemorySpanExporter). */
  exporter?: SpanExporter;
  /** Which operations are traced (OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG); default DEFAULT_SAMPLER. */
  sampler?: SamplerConfig;
  /** Neo4j's database name (NEO4J_DATABASE), for the spans' db.namespace. */
  database?: string;
}

export interface Tracing {
  // The envelop plugin keeps its span in the GraphQL context under its own symbol key, which yoga's context type does not declare.
  plugins: Plugin<any>[];
  /** Where one request's statements go: each becomes a span under the operation the request is executing. */
  requestObserver(request: Request): StatementObserver;
  /**
   * The ingestion service as one request calls it: a span `diplograph ingest` under the operation,
   * with a span for each statement of the article's write transaction beneath it. The writer runs
   * on the process's store, not the request's view, so its statements reach the span through the call.
   */
  requestIngest(request: Request, ingest: IngestService): IngestService;
  /** Records the statements' spans still to be made and exports every span ended so far. */
  flush(): Promise<void>;
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

export function createTracing(o: TracingOptions): Tracing {
  const processor = o.exporter
    ? new SimpleSpanProcessor(o.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: o.url, headers: o.headers }));
  // Not registered globally: each server has its own provider, and nothing else in the process is traced through it.
  const provider = new BasicTracerProvider({ resource: new Resource({ 'service.name': o.serviceName }), sampler: createSampler(o.sampler ?? DEFAULT_SAMPLER), spanProcessors: [processor] });
  const tracer = provider.getTracer('diplograph');
  /**
   * Spans not yet made: statements that ran, operations that ended. Each is recorded once the
   * request's work is done (setImmediate), with the times measured when it ran. Creating and
   * ending spans (ids, sampler, attributes, the processor, at times a whole OTLP batch serialised)
   * is then no part of any request's latency (issue 20: the trace's cost on p50).
   */
  let pending: Array<() => void> = [];
  const record = () => {
    const due = pending;
    pending = [];
    for (const work of due) work();
  };
  const afterwards = (work: () => void) => {
    if (pending.push(work) === 1) setImmediate(record);
  };
  const later = (event: StatementEvent, parent: Context) => {
    const end = epochMs();
    // Under an operation the sampler left out (decided as its span is made): nothing to record.
    afterwards(() => void (sampled(parent) && statementSpan(tracer, event, parent, end, o.database)));
  };
  /** The context of the operation each request is executing (a subscription's, between its events). */
  const operations = new WeakMap<Request, Context>();
  const recordOperation: Plugin<{ request: Request }> = {
    onSubscribe({ args }) {
      operations.set(args.contextValue.request, getCurrentOtelContext(args.contextValue));
    },
    onExecute({ args }) {
      const request = args.contextValue.request;
      const outer = operations.get(request);
      operations.set(request, getCurrentOtelContext(args.contextValue));
      // A live event's execution (use-event-execution.ts) hands back to its subscription when
      // done. An operation of its own leaves its context (dropped with the request): a hook after
      // every execution costs each request ~1.5 µs (bench/results/observability-S.notes.md).
      return outer ? { onExecuteDone: () => void operations.set(request, outer) } : undefined;
    },
  };
  return {
    plugins: [
      // Before the operation span is started: it becomes the caller's span's child.
      useTraceParent(),
      // Variables and results stay out of spans: they carry user data; so does the document (the
      // operation's name identifies it). Resolver spans are off: a span per field is the classic cost of a trace.
      useOpenTelemetry({ resolvers: false, variables: false, result: false, document: false }, deferSpans(tracer, afterwards), SpanKind.SERVER, {}, 'diplograph'),
      recordOperation,
    ],
    requestObserver: (request) => (event) => {
      const parent = operations.get(request);
      // Outside an operation, or under one the sampler left out: nothing to record.
      if (parent && trace.getSpan(parent)?.isRecording()) later(event, parent);
    },
    requestIngest: (request, ingest) => async (input, call) => {
      const parent = operations.get(request);
      if (!parent || !trace.getSpan(parent)?.isRecording()) return ingest(input, call);
      // Its times on the clock its statements' spans and the operation's span are timed by (epochMs): the
      // SDK's own default (Date.now() at start) drifts from it in a long-lived process, seconds in an hour
      // on a busy VM, and a child would then seem to start before its parent.
      const span = tracer.startSpan('diplograph ingest', { kind: SpanKind.INTERNAL, startTime: epochMs() }, parent);
      const within = trace.setSpan(parent, span);
      const onStatement: StatementObserver = (event) => (call?.onStatement?.(event), later(event, within));
      try {
        const result = await ingest(input, { ...call, onStatement });
        span.setAttributes({ 'diplograph.article.id': result.article.id, 'diplograph.article.created': result.created });
        return result;
      } catch (error) {
        // The code only: a message may quote the article.
        span.setStatus({ code: SpanStatusCode.ERROR, message: errorCode(error) });
        throw error;
      } finally {
        span.end(epochMs());
      }
    },
    flush: () => (record(), provider.forceFlush()),
    shutdown: () => (record(), provider.shutdown()),
  };
}

/** Whether the span of `parent` is kept (its sampler's decision; an operation's span is made here if it was not yet). */
const sampled = (parent: Context) => ((trace.getSpanContext(parent)?.traceFlags ?? TraceFlags.NONE) & TraceFlags.SAMPLED) !== 0;

/** GraphStore reports a statement once it has run; its span is recorded after the fact with the measured start and end. */
function statementSpan(tracer: Tracer, event: StatementEvent, parent: Context, end: number, database?: string): void {
  const name = statementName(event.cypher);
  const span = tracer.startSpan(
    `neo4j ${name}`,
    {
      kind: SpanKind.CLIENT,
      startTime: end - event.ms,
      attributes: {
        'db.system': 'neo4j',
        // Unset: the server's default database, whose name the service does not know.
        ...(database ? { 'db.namespace': database } : {}),
        'db.query.summary': name,
        'db.response.returned_rows': event.rows,
        'diplograph.access_mode': event.mode,
      },
    },
    parent,
  );
  span.end(end);
}
