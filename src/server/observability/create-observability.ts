/**
 * Metrics and traces as configured (src/config/env.ts): the yoga plugins to add, the observer to
 * put on the store (every statement, reads and the writer's alike), and the ingestion service
 * wrapped to count articles. Off parts cost nothing: no tracing without an OTLP endpoint, no
 * registry without metrics.
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
import type { StatementEvent } from '../../graph/graph-store.js';
import type { IngestService } from '../../ingest/ingest-service.js';
import { countIngests } from './count-ingests.js';
import { createMetrics, type Metrics } from './create-metrics.js';
import { createTracing } from './create-tracing.js';
import { useMetrics } from './use-metrics.js';

export interface ObservabilityDeps {
  security: Pick<Config['security'], 'apiKeys' | 'queriesRequireToken'>;
  sessions?: SessionCounter;
  poolSize?: number;
  database?: string;
  /** Traces to this exporter whatever the configuration says (tests). */
  spanExporter?: SpanExporter;
  processMetrics?: boolean;
}

export interface Observability {
  // any: see Tracing.plugin.
  plugins: Plugin<any>[];
  onStatement(event: StatementEvent): void;
  countIngests(ingest: IngestService): IngestService;
  /** The registry behind /metrics; null with metrics off. */
  metrics: Metrics | null;
  shutdown(): Promise<void>;
}

export function createObservability(config: Config['observability'], deps: ObservabilityDeps): Observability {
  const metrics = config.metrics ? createMetrics({ sessions: deps.sessions, poolSize: deps.poolSize, processMetrics: deps.processMetrics }) : null;
  const traces = deps.spanExporter ? { serviceName: 'diplograph', exporter: deps.spanExporter } : config.traces;
  const tracing = traces ? createTracing({ ...traces, database: deps.database }) : null;
  const observers = [metrics?.onStatement, tracing?.onStatement].filter((o) => o !== undefined);
  return {
    plugins: [
      ...(metrics ? useMetrics({ registry: metrics.registry, apiKeys: deps.security.apiKeys, requireToken: deps.security.queriesRequireToken }) : []),
      ...(tracing ? [tracing.plugin] : []),
    ],
    onStatement: (event) => {
      for (const observe of observers) observe(event);
    },
    countIngests: (ingest) => (metrics ? countIngests(ingest, metrics) : ingest),
    metrics,
    shutdown: async () => {
      await tracing?.shutdown();
    },
  };
}
