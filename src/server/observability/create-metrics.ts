/**
 * The service's own Prometheus metrics, beside the GraphQL ones that use-metrics.ts adds: every
 * Neo4j statement by name and access mode (count and duration, observed at the one Neo4j
 * boundary through GraphStore's statement events), what writes changed, Bolt sessions in flight
 * against the pool's size, and ingested articles by outcome with the facts they brought.
 * One registry per server, so tests and several servers in one process never share counts.
 *
 * @example
 *   const metrics = createMetrics({ sessions, poolSize: 50 });
 *   const store = graph.observed(metrics.onStatement);
 *   await metrics.registry.metrics(); // 'diplograph_neo4j_statement_duration_seconds_bucket{…} …'
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { StatementEvent } from '../../graph/graph-store.js';
import type { SessionCounter } from '../../graph/count-sessions.js';
import type { IngestResult } from '../../ingest/ingest-service.js';
import { errorCode } from './error-code.js';
import { statementName } from './statement-name.js';

export interface MetricsOptions {
  /** Bolt sessions to report as pool use; without it the pool gauges are left out. */
  sessions?: SessionCounter;
  /** The driver's maxConnectionPoolSize. */
  poolSize?: number;
  /** Node.js process metrics (heap, event-loop lag, CPU); default on. */
  processMetrics?: boolean;
}

export interface Metrics {
  registry: Registry;
  onStatement(event: StatementEvent): void;
  /** Counts one ingest: created or unchanged with its facts, or refused with its error code. */
  countIngest(outcome: { result: IngestResult } | { error: unknown }): void;
}

const EVENT_LOOP_SAMPLE_MS = 100;

// Statements on localhost take from under a millisecond (a keyed batch) to seconds (a deep network).
const STATEMENT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  // The event-loop lag histogram samples every 100 ms, not prom-client's default 10 ms: at 10 ms its
  // timer wakes the process 100 times a second (measured: about 6 ms of CPU a second when idle,
  // and a wake-up inside many requests); a lag worth alerting on lasts far longer than 100 ms.
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  const statements = new Histogram({
    name: 'diplograph_neo4j_statement_duration_seconds',
    help: 'Neo4j statements run, by statement name and access mode, and how long each took (run to last record)',
    labelNames: ['statement', 'mode'] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [registry],
  });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) => new Counter({ name, help, labelNames, registers: [registry] });
  const updates = counter('diplograph_neo4j_updates_total', "What write statements changed, by the driver's summary counter (nodesCreated, relationshipsCreated, propertiesSet …)", ['counter']);
  const ingests = counter(
    'diplograph_ingest_articles_total',
    'Articles given to ingestion: created (new facts written), unchanged (already in the graph), refused (bad input, extraction timeout: nothing written) or failed (a fault: nothing written), with the error code',
    ['outcome', 'code'],
  );
  const facts = counter('diplograph_ingest_facts_total', 'Facts in the articles ingestion created, by kind', ['kind']);
  if (options.sessions) registerPoolGauges(registry, options.sessions, options.poolSize);

  return {
    registry,
    onStatement(event) {
      statements.observe({ statement: statementName(event.cypher), mode: event.mode }, event.ms / 1000);
      for (const [counter, n] of Object.entries(event.updates ?? {})) if (n > 0) updates.inc({ counter }, n);
    },
    countIngest(outcome) {
      if ('error' in outcome) {
        const code = errorCode(outcome.error);
        ingests.inc({ outcome: code === 'INTERNAL' ? 'failed' : 'refused', code });
        return;
      }
      const { result } = outcome;
      ingests.inc({ outcome: result.created ? 'created' : 'unchanged', code: '' });
      if (!result.created) return;
      facts.inc({ kind: 'call' }, result.calls.length);
      facts.inc({ kind: 'tweet' }, result.tweetCount);
      facts.inc({ kind: 'commitment' }, result.commitmentCount);
      facts.inc({ kind: 'incident' }, result.incidentCount);
    },
  };
}

function registerPoolGauges(registry: Registry, sessions: SessionCounter, poolSize?: number): void {
  new Gauge({
    name: 'diplograph_neo4j_sessions_in_flight',
    help: 'Bolt sessions open now, by access mode: each holds at most one pooled connection',
    labelNames: ['mode'] as const,
    registers: [registry],
    collect() {
      for (const [mode, n] of Object.entries(sessions.inFlight())) this.set({ mode }, n);
    },
  });
  if (poolSize === undefined) return;
  new Gauge({ name: 'diplograph_neo4j_pool_max_connections', help: "The driver's maxConnectionPoolSize", registers: [registry] }).set(poolSize);
}
