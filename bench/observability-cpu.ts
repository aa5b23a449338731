/**
 * Where metrics and traces spend CPU on a question, in one process with no HTTP between: the apps
 * of bench:observability (off, metrics, traces, both; wired as bench/peers/diplograph-server.ts
 * wires them, spans sent by OTLP/HTTP to the collector stand-in in a process of its own), and
 * `dropped` (both, each span dropped as it ends: what holding spans for the batch and exporting
 * them costs); with `--graphql-js` each again on graphql-js's executor. Each app answers batches
 * of `--batch` requests in turn (a new random order each round). A batch's CPU (process.cpuUsage),
 * its GC pauses (PerformanceObserver 'gc') and its statements are counted from its first request
 * until the work left for after its last one (the deferred spans) has run, so what one app does
 * seldom lands on another's batch (an OTLP export, every 5 s or 512 spans, lands where it falls:
 * the median batch leaves it out). Spans per traced request come from the collector's count. The
 * table also says, per app, whether its queries ran compiled (the executor logs each compilation),
 * and at the end what one scrape of /metrics costs.
 * The apps share one heap: give it 256 MB per app as deployed (NODE_OPTIONS), or a small heap
 * makes GC the whole story. Differences of a few hundred µs need a quiet machine: an app named
 * twice (`--apps off,off,both`) gives the A/A.
 *
 *   NODE_OPTIONS=--max-old-space-size=1280 npx tsx bench/observability-cpu.ts --scale S [--queries Q1,Q6] [--apps off,metrics,traces,both,dropped] [--batches 40] [--batch 10] [--graphql-js]
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { ExportResultCode } from '@opentelemetry/core';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { DRIVER_CONFIG } from '../src/graph/connect-neo4j.js';
import { countSessions } from '../src/graph/count-sessions.js';
import { GraphStore } from '../src/graph/graph-store.js';
import { createServer, type DiplographServer } from '../src/server/create-server.js';
import { createObservability, type Observability } from '../src/server/observability/create-observability.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { findParams } from './find-params.js';
import { benchQueries, type GraphqlRequest } from './queries.js';
import { startCollectorProcess } from './observability-collector.js';
import { createRandom } from './random.js';
import { runMain } from './run-main.js';

interface App {
  key: string;
  server: DiplographServer;
  observability: Observability | null;
  compiled: number;
  statements: number;
}

const MODES = { off: [false, false], metrics: [true, false], traces: [false, true], both: [true, true], dropped: [true, true] } as const;
/** `dropped`: both, but each span is dropped as it ends (no batch held, no export): what holding and sending spans costs. */
const DROP: SpanExporter = { export: (_spans, done) => done({ code: ExportResultCode.SUCCESS }), shutdown: async () => {} };

function createApp(driver: Driver, key: string, mode: keyof typeof MODES, executor: 'compiled' | 'graphql-js', otlpUrl: string): App {
  const [metrics, traced] = MODES[mode];
  const app = { key, compiled: 0, statements: 0 } as App;
  // The executor says "query compiled" at debug level: counted, so the table shows which executor ran.
  const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((app.compiled += chunk.toString().includes('query compiled') ? 1 : 0), done()) });
  const logger = pino({ level: 'debug' }, sink);
  const sessions = countSessions(driver);
  app.observability =
    mode === 'off'
      ? null
      : createObservability(
          { metrics, traces: traced ? { url: otlpUrl, headers: {}, serviceName: 'diplograph-bench' } : null },
          { security: { apiKeys: [], queriesRequireToken: false }, sessions, poolSize: DRIVER_CONFIG.maxConnectionPoolSize, spanExporter: mode === 'dropped' ? DROP : undefined },
        );
  const store = new GraphStore(mode === 'off' ? driver : sessions.driver).observed((e) => (app.statements++, app.observability?.onStatement(e)));
  app.server = createServer({ store, logger, production: true, observability: app.observability ?? undefined, executor });
  return app;
}

const afterwards = () => new Promise<void>((done) => setImmediate(done));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'XS, S, M or L', 'XS')
    .option('--queries <ids>', 'the questions', 'Q1,Q6')
    .option('--batches <n>', 'timed batches per app and question', '40')
    .option('--batch <n>', 'requests per batch', '10')
    .option('--apps <modes>', 'the apps, of off, metrics, traces, both (one twice for an A/A pair)', 'off,metrics,traces,both')
    .option('--warmup <n>', 'untimed rounds first', '5')
    .option('--graphql-js', 'each app again on graphql-js (the executor before graphql-jit)')
    .parse(argv)
    .opts();
  const { neo4j: bench } = await ensureScaleLoaded({ scale: o.scale as Scale, seed: 1, log: (m) => console.error(m) });
  const collector = await startCollectorProcess();
  const url = `${collector.url}/v1/traces`;
  const executors = o.graphqlJs ? (['compiled', 'graphql-js'] as const) : (['compiled'] as const);
  // `--apps off,off,both`: an app twice gives the A/A difference (its second is named off#2).
  const modes = String(o.apps).split(',') as Array<keyof typeof MODES>;
  const named = (mode: string, i: number) => (modes.indexOf(mode as keyof typeof MODES) === i ? mode : `${mode}#${modes.slice(0, i + 1).filter((m) => m === mode).length}`);
  const apps = executors.flatMap((executor) => modes.map((mode, i) => createApp(bench.driver, `${named(mode, i)}${executor === 'compiled' ? '' : ' js'}`, mode, executor, url)));
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcMs += e.duration)));
  gc.observe({ entryTypes: ['gc'] });
  const ask = async (app: App, request: GraphqlRequest) => {
    const res = await app.server.fetch('http://localhost/graphql', { method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${app.key}: ${JSON.stringify(json.errors).slice(0, 300)}`);
  };
  const batchSize = Number(o.batch);
  const random = createRandom(7);
  try {
    const queries = benchQueries(await findParams(bench.store));
    console.log(`one process, yoga.fetch, ${o.batches} batches of ${batchSize} per app (median batch, per request); load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log('query\tapp\tCPU µs\tGC µs\twall µs\tstatements\tspans\tcompiled\tCPU vs off');
    for (const id of String(o.queries).split(',')) {
      const request = queries.find((q) => q.id === id)!.diplograph!;
      const per = apps.map(() => ({ cpu: [] as number[], gc: [] as number[], wall: [] as number[], statements: 0 }));
      // Spans are counted by the collector for all traced apps together: per traced request, after the last export.
      await Promise.all(apps.map((a) => a.observability?.flush()));
      const spans0 = (await collector.counts()).spans;
      for (let round = -Number(o.warmup); round < Number(o.batches); round++) {
        for (const i of random.shuffle(apps.map((_, i) => i))) {
          const app = apps[i];
          await afterwards();
          const statements0 = app.statements;
          const gc0 = gcMs;
          const cpu0 = process.cpuUsage();
          const wall0 = performance.now();
          for (let n = 0; n < batchSize; n++) await ask(app, request);
          await afterwards();
          await afterwards();
          const wall = performance.now() - wall0;
          const cpu = process.cpuUsage(cpu0);
          await afterwards(); // GC entries arrive on a later turn
          if (round < 0) continue;
          const p = per[i];
          p.cpu.push((cpu.user + cpu.system) / batchSize);
          p.gc.push(((gcMs - gc0) * 1000) / batchSize);
          p.wall.push((wall * 1000) / batchSize);
          p.statements += (app.statements - statements0) / batchSize;
        }
      }
      await Promise.all(apps.map((a) => a.observability?.flush()));
      const traced = apps.filter((a) => /^(traces|both)/.test(a.key)).length * (Number(o.batches) + Number(o.warmup)) * batchSize;
      const spans = ((await collector.counts()).spans - spans0) / traced;
      const offCpu = median(per[0].cpu);
      per.forEach((p, i) => {
        const cpu = median(p.cpu);
        const batches = Number(o.batches);
        console.log(
          `${id}\t${apps[i].key}\t${cpu.toFixed(0)}\t${median(p.gc).toFixed(0)}\t${median(p.wall).toFixed(0)}\t${(p.statements / batches).toFixed(1)}\t${/^(traces|both)/.test(apps[i].key) ? spans.toFixed(1) : '-'}\t${apps[i].compiled > 0 ? 'yes' : 'no'}\t${cpu >= offCpu ? '+' : ''}${(cpu - offCpu).toFixed(0)} µs (${((cpu / offCpu - 1) * 100).toFixed(1)} %)`,
        );
      });
    }
    // What one scrape of /metrics costs the process, after the traffic above (bench:observability scrapes every 5 s).
    const scraped = apps.find((a) => a.observability?.metrics);
    if (scraped) {
      const costs: number[] = [];
      let bytes = 0;
      for (let n = 0; n < 21; n++) {
        const cpu0 = process.cpuUsage();
        bytes = (await (await scraped.server.fetch('http://localhost/metrics')).text()).length;
        const cpu = process.cpuUsage(cpu0);
        costs.push(cpu.user + cpu.system);
      }
      console.log(`a scrape of /metrics (${scraped.key}, ${(bytes / 1024).toFixed(1)} KiB): ${median(costs).toFixed(0)} µs of CPU (median of 21)`);
    }
  } finally {
    gc.disconnect();
    await Promise.all(apps.map((a) => a.observability?.shutdown()));
    await collector.stop();
    await bench.close();
  }
}

runMain(import.meta.url, main, { exit: true });
