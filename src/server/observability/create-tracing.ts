/**
 * OpenTelemetry traces: one span per GraphQL operation (@envelop/opentelemetry) and, under it, one
 * client span per Neo4j statement, named and labelled by the statement (statement-name.ts) —
 * never a parameter value. The statement's text stays out: its name says which one it is, and
 * exporting kilobytes of Cypher with every span would multiply what a trace costs to send. Spans leave by OTLP/HTTP in batches
 * (the standard OTEL_EXPORTER_OTLP_* variables, read by src/config/env.ts). Without an endpoint
 * nothing here is created at all: no provider, no plugin, no per-statement work.
 *
 * @example
 *   const tracing = createTracing({ serviceName: 'diplograph', url: 'http://collector:4318/v1/traces', headers: {} });
 *   createServer({ …, plugins: [tracing.plugin] }); store.observed(tracing.onStatement);
 */
import { context, SpanKind, type Tracer } from '@opentelemetry/api';
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Plugin } from 'graphql-yoga';
import type { StatementEvent } from '../../graph/graph-store.js';
import { statementName } from './statement-name.js';

export interface TracingOptions {
  serviceName: string;
  /** The OTLP/HTTP traces URL and its headers … */
  url?: string;
  headers?: Record<string, string>;
  /** … or an exporter that receives each span as it ends (tests: InMemorySpanExporter). */
  exporter?: SpanExporter;
  /** Neo4j's database name (NEO4J_DATABASE), for the spans' db.namespace. */
  database?: string;
}

export interface Tracing {
  // The plugin keeps its span in the GraphQL context under its own symbol key, which yoga's context type does not declare.
  plugin: Plugin<any>;
  onStatement(event: StatementEvent): void;
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

export function createTracing(o: TracingOptions): Tracing {
  const processor = o.exporter
    ? new SimpleSpanProcessor(o.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: o.url, headers: o.headers }));
  const provider = new NodeTracerProvider({ resource: new Resource({ 'service.name': o.serviceName }), spanProcessors: [processor] });
  // The AsyncLocalStorage context manager: a statement's span finds the operation's span as the
  // active one, across the awaits and DataLoader ticks between them.
  provider.register();
  const tracer = provider.getTracer('diplograph');
  return {
    // Variables and results stay out of spans: they carry user data. Resolver spans are off (one span per field is the cost of a trace).
    plugin: useOpenTelemetry({ resolvers: false, variables: false, result: false }, provider, SpanKind.SERVER, {}, 'diplograph'),
    onStatement: (event) => statementSpan(tracer, event, o.database),
    shutdown: () => provider.shutdown(),
  };
}

/** GraphStore reports a statement once it has run; its span is recorded after the fact with the measured start. */
function statementSpan(tracer: Tracer, event: StatementEvent, database?: string): void {
  const end = Date.now();
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
    context.active(),
  );
  span.end(end);
}
