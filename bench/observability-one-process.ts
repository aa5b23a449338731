/**
 * What metrics and traces add to a request's latency with the process taken out of the
 * comparison: ONE server process holds the three diplograph apps of bench:observability (off,
 * metrics, both: the same JIT'd code, the same heap, the same Bolt driver) on three ports, and
 * the client asks them the same question taking turns in a new random order each round. Two
 * processes of one build differ by a few hundred microseconds a request (bench/results/
 * observability-S.notes.md), more than the differences sought; here the differences between the
 * apps are only what their plugins and spans do. (What it cannot show: GC work caused by one app
 * falls on whichever request runs when it comes; a collector elsewhere is stood in by a process of
 * its own.) Extra environment for the server process (e.g. OTEL_BSP_MAX_EXPORT_BATCH_SIZE=64) with
 * `--env K=V,…`, to compare a setting run against run.
 *
 * `--ratio 0.1` adds a fourth app, "both" with the sampler parentbased_traceidratio at 0.1.
 *
 *   npx tsx bench/observability-one-process.ts --scale XS [--queries Q3,Q4,Q5] [--samples 1000] [--ratio 0.1] [--env K=V,…] [--cpu-prof /tmp/prof]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { DRIVER_CONFIG } from '../src/graph/connect-neo4j.js';
import { BENCH_PASSWORD } from './bench-neo4j.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile, takeTurns } from './measure.js';
import { findParams } from './find-params.js';
import { benchQueries, type GraphqlRequest } from './queries.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';
import { VARIANTS } from './observability-variants.js';
import { startCollectorProcess } from './observability-collector.js';
import { runMain } from './run-main.js';

/** The server process: the apps on ports of their own; prints {"off": port, …} once they listen. */
async function serve(uri: string, ratio?: string): Promise<void> {
  enableTcpNoDelay();
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', BENCH_PASSWORD), DRIVER_CONFIG);
  await driver.verifyConnectivity();
  const { createDiplographApp } = await import('./peers/diplograph-server.js');
  const ports: Record<string, number> = {};
  for (const v of appsOf(ratio)) {
    // createDiplographApp reads which variant it is from BENCH_OBSERVABILITY (and the sampler from BENCH_TRACES_RATIO).
    if (v.env) process.env.BENCH_OBSERVABILITY = v.env;
    else delete process.env.BENCH_OBSERVABILITY;
    if (v.ratio) process.env.BENCH_TRACES_RATIO = v.ratio;
    else delete process.env.BENCH_TRACES_RATIO;
    const server = createServer(createDiplographApp(driver, { statements: 0 }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    ports[v.key] = (server.address() as AddressInfo).port;
  }
  console.log(JSON.stringify(ports));
  // Serves until the client stops it (runMain would exit once main returns).
  await new Promise<void>((stop) => process.once('SIGTERM', () => stop()));
}

/** bench:observability's variants, and with `--ratio` a fourth: both, the sampler parentbased_traceidratio at that ratio. */
function appsOf(ratio?: string): Array<{ key: string; env: string | null; ratio?: string }> {
  return [...VARIANTS, ...(ratio ? [{ key: `both ${ratio}`, env: '1', ratio }] : [])];
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--serve <uri>', '(the server process itself)')
    .option('--scale <scale>', 'XS, S, M or L', 'XS')
    .option('--queries <ids>', 'the questions', 'Q3,Q4,Q5')
    .option('--samples <n>', 'timed requests per app and question', '1000')
    .option('--env <env>', 'extra KEY=VALUE,… for the server process')
    .option('--ratio <r>', 'a fourth app: both, with parentbased_traceidratio at this ratio')
    .option('--cpu-prof <dir>', 'profile the server process into this folder (bench/profile-summary.ts reads it)')
    .parse(argv)
    .opts();
  if (o.serve) return serve(o.serve, o.ratio);
  enableTcpNoDelay();
  const { neo4j: bench } = await ensureScaleLoaded({ scale: o.scale as Scale, seed: 1, log: (m) => console.error(m) });
  const collector = await startCollectorProcess();
  const extra = Object.fromEntries(((o.env as string | undefined) ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const env = { ...process.env, NODE_ENV: 'production', BENCH_OTLP_URL: `${collector.url}/v1/traces`, ...extra };
  const child = spawn(process.execPath, [...(o.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', o.cpuProf] : []), '--max-old-space-size=256', '--import', 'tsx', fileURLToPath(import.meta.url), '--serve', bench.server.uri, ...(o.ratio ? ['--ratio', o.ratio] : [])], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const ports = await new Promise<Record<string, number>>((ready) => child.stdout!.once('data', (chunk: Buffer) => ready(JSON.parse(chunk.toString()))));
    const send = (port: number, request: GraphqlRequest) => async () => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 300));
    };
    const queries = benchQueries(await findParams(bench.store));
    console.log(`one process, ${o.samples} samples per app${o.env ? `, server env ${o.env}` : ''}: p50 ms (client side)`);
    const apps = appsOf(o.ratio);
    console.log(`query\t${apps.map((v) => v.key).join('\t')}\tmetrics vs off\tboth vs off\tboth vs metrics${o.ratio ? `\tboth ${o.ratio} vs off` : ''}`);
    for (const id of String(o.queries).split(',')) {
      const request = queries.find((q) => q.id === id)!.diplograph!;
      const turns = await takeTurns(apps.map((v) => send(ports[v.key], request)), { samples: Number(o.samples), warmup: 50, maxSeconds: Infinity });
      const p50s = turns.map((t) => percentile(t.times, 50));
      const [off, metrics, both, sampled] = p50s;
      const us = (a: number, b: number) => `${a >= b ? '+' : ''}${((a - b) * 1000).toFixed(0)} µs (${a >= b ? '+' : ''}${((a / b - 1) * 100).toFixed(1)} %)`;
      console.log(`${id}\t${p50s.map((p) => p.toFixed(3)).join('\t')}\t${us(metrics, off)}\t${us(both, off)}\t${us(both, metrics)}${o.ratio ? `\t${us(sampled, off)}` : ''}`);
    }
    const received = await collector.counts();
    console.log(`collector: ${received.requests} exports, ${received.bytes} bytes, ${received.spans} JSON spans`);
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    // A profile is written as the process exits.
    await exited;
    await collector.stop();
    await bench.close();
  }
}

runMain(import.meta.url, main, { exit: true });
