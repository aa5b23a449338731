/**
 * Metrics and traces as configured (src/config/env.ts): the yoga plugins to add, the observer to
 * put on the store for metrics (every statement, reads and the writer's alike), the observer of
 * each request's statements for traces (createServer puts it on the request's view), and the
 * ingestion service wrapped to count articles. Off parts cost nothing: no tracing without an OTLP
 * endpoint, no registry without metrics.
 *
 * @example
 *   const observability = createObservability(config.observability, { security: config.security, sessions });
 *   const store = graph.observed(observability.onStatement);
 *   createServer({ store, ingest: observability.countIngests(createIngestService(store)), observability, … });
 */
import type { Plugin } from 'graphql-yoga';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Config } from '../../config/env.js';
import type { SessionCounter } from '../../graph/count-sessions.js';
import type { StatementEvent, StatementObserver } from '../../graph/graph-store.js';
import type { IngestService } from '../../ingest/ingest-service.js';
import { countIngests } from './count-ingests.js';
import { createMetrics, type Metrics } from './create-metrics.js';
import { createTracing, type TracingOptions } from './create-tracing.js';
import { trustedOperationNames } from './trusted-operation-names.js';
import { useMetrics } from './use-metrics.js';

export interface ObservabilityDeps {
  security: Pick<Config['security'], 'apiKeys' | 'queriesRequireToken'>;
  sessions?: SessionCounter;
  poolSize?: number;
  database?: string;
  /** Traces to this exporter whatever the configuration says (tests). */
  spanExporter?: SpanExporter;
  processMetrics?: boolean;
  /** Operation names the metrics always label by; default: the trusted documents' (trusted-operation-names.ts). */
  trustedOperations?: string[];
}

/** What createObservability reads of the configuration; the sampler defaults to DEFAULT_SAMPLER. */
export interface ObservabilityConfig {
  metrics: boolean;
  traces: Omit<TracingOptions, 'exporter' | 'database'> | null;
}

export interface Observability {
  // any: see Tracing.plugins.
  plugins: Plugin<any>[];
  /** Every statement of the process (metrics). */
  onStatement(event: StatementEvent): void;
  /** The statements one request runs (traces: spans under its operation); null without tracing. */
  requestObserver(request: Request): StatementObserver | null;
  countIngests(ingest: IngestService): IngestService;
  /** The ingestion service as one request calls it: traced under its operation (create-tracing.ts); as it is without tracing. */
  requestIngest(request: Request, ingest: IngestService): IngestService;
  /** The registry behind /metrics; null with metrics off. */
  metrics: Metrics | null;
  /** Records and exports every span of the requests answered so far (statement spans are made after each response). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

export function createObservability(config: ObservabilityConfig, deps: ObservabilityDeps): Observability {
  const metrics = config.metrics ? createMetrics({ sessions: deps.sessions, poolSize: deps.poolSize, processMetrics: deps.processMetrics }) : null;
  const traces = deps.spanExporter ? { serviceName: 'diplograph', ...config.traces, exporter: deps.spanExporter } : config.traces;
  const tracing = traces ? createTracing({ ...traces, database: deps.database }) : null;
  return {
    plugins: [
      ...(metrics
        ? useMetrics({ registry: metrics.registry, apiKeys: deps.security.apiKeys, requireToken: deps.security.queriesRequireToken, trustedOperations: deps.trustedOperations ?? trustedOperationNames() })
        : []),
      ...(tracing ? tracing.plugins : []),
    ],
    onStatement: metrics ? metrics.onStatement : () => {},
    requestObserver: (request) => tracing?.requestObserver(request) ?? null,
    countIngests: (ingest) => (metrics ? countIngests(ingest, metrics) : ingest),
    requestIngest: (request, ingest) => (tracing ? tracing.requestIngest(request, ingest) : ingest),
    metrics,
    flush: async () => {
      await tracing?.flush();
    },
    shutdown: async () => {
      await tracing?.shutdown();
    },
  };
}
