/**
 * diplograph as the benchmark runs it: `createServer` in production mode (errors masked, default
 * limits), over a store that counts every statement it sends (`GraphStore.observed`).
 * With BENCH_OBSERVABILITY=1 it also serves /metrics and traces every operation and statement to
 * the OTLP endpoint in BENCH_OTLP_URL, as a deployment with both on; with BENCH_OBSERVABILITY=metrics
 * it serves /metrics only (bench/observability.ts).
 *
 * @example
 *   const counter = { statements: 0 };
 *   const app = createDiplographApp(driver, counter); // a request listener for node:http
 */
import type { Driver } from 'neo4j-driver';
import { DRIVER_CONFIG } from '../../src/graph/connect-neo4j.js';
import { countSessions } from '../../src/graph/count-sessions.js';
import { GraphStore } from '../../src/graph/graph-store.js';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config/env.js';
import { createServer } from '../../src/server/create-server.js';
import { createObservability } from '../../src/server/observability/create-observability.js';
import { countOne, type StatementCounter } from './count-statements.js';

export function createDiplographApp(driver: Driver, counter: StatementCounter) {
  const observe = process.env.BENCH_OBSERVABILITY;
  if (observe === '1' || observe === 'metrics') return createObservedApp(driver, counter, observe === '1' ? process.env.BENCH_OTLP_URL! : null);
  const store = new GraphStore(driver).observed((e) => countOne(counter, e.cypher, e.params));
  return createServer({ store, logger: createLogger('silent', 'diplograph-bench'), production: true, admission: heavyAdmission() });
}

/** The admission gate as the HEAVY_* variables set it, as a deployment reads them (bench/admission.ts varies them). */
function heavyAdmission() {
  const heavy = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('HEAVY_')));
  return loadConfig({ NODE_ENV: 'production', ...heavy }).admission;
}

/** Wired as src/main.ts wires it: sessions counted, every statement seen by metrics and traces. */
function createObservedApp(driver: Driver, counter: StatementCounter, otlpUrl: string | null) {
  const sessions = countSessions(driver);
  // BENCH_TRACES_RATIO: parentbased_traceidratio at that ratio instead of the default sampler (bench/observability*.ts).
  const ratio = process.env.BENCH_TRACES_RATIO;
  const sampler = ratio ? { name: 'parentbased_traceidratio' as const, ratio: Number(ratio) } : undefined;
  const traces = otlpUrl ? { url: otlpUrl, headers: {}, serviceName: 'diplograph-bench', sampler } : null;
  const observability = createObservability(
    { metrics: true, traces },
    { security: { apiKeys: [], queriesRequireToken: false }, sessions, poolSize: DRIVER_CONFIG.maxConnectionPoolSize },
  );
  const store = new GraphStore(sessions.driver).observed((e) => (countOne(counter, e.cypher, e.params), observability.onStatement(e)));
  return createServer({ store, logger: createLogger('silent', 'diplograph-bench'), production: true, observability, admission: heavyAdmission() });
}
