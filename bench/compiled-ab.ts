/**
 * diplograph from its TypeScript source under tsx (A) against the same tree compiled to plain
 * JavaScript (B, src/server/build-dist.ts and bench/compiled-tree.ts, run by node: what the
 * benchmark and `npm start` run), with the floor as a third server, over
 * HTTP, all three taking turns request by request (a new random order each round) against one
 * Neo4j: the fixed cost per request that tsx adds (issue 19). Each server in its own process, as
 * the benchmark runs it (serve-peer.ts: production mode, diplograph's heap cap, TCP_NODELAY).
 * Before timing, A's and B's answers must be the same JSON. Per query: p50 of each, the ratios in
 * the same run, and each server process's CPU per request (/proc, all requests of the query,
 * warm-up included).
 *
 *   TMPDIR=/tmp/mine npx tsx bench/compiled-ab.ts --scale S --samples 200
 *
 * TMPDIR: the folder the scale is loaded in (bench-neo4j.ts), and where the compiled copy is built.
 */
import { Command } from 'commander';
import { loadavg } from 'node:os';
import { BENCH_PASSWORD } from './bench-neo4j.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { takeTurns, percentile } from './measure.js';
import { benchQueries, pageFifty } from './queries.js';
import { startPeer, type Peer } from './start-peers.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';
import { runMain } from './run-main.js';
import { processCpuMs as cpuMs } from './thread-cpu.js';

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'a scale (loaded into $TMPDIR/diplograph-bench-<scale>-seed1 if not yet)', 'S')
    .option('--only <ids>', 'these queries', 'Q1,Q2,Q3,Q4,Q4p50,Q5,Q6b')
    .option('--samples <n>', 'requests per server and query', '200')
    .option('--heap-mb <n>', "diplograph's --max-old-space-size, as production sets it; 0: V8's default", '256')
    .parse(argv)
    .opts<{ scale: Scale; only: string; samples: string; heapMb: string }>();
  enableTcpNoDelay();
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  const heap = Number(o.heapMb) || null;
  const peers: Peer[] = [];
  try {
    const params = await findParams(neo4j.store);
    const tsx = await startPeer('diplograph', neo4j.server.uri, BENCH_PASSWORD, true, heap, null, [], 'tsx');
    peers.push(tsx);
    const js = await startPeer('diplograph', neo4j.server.uri, BENCH_PASSWORD, true, heap, null, [], 'compiled');
    peers.push(js);
    const floor = await startPeer('floor', neo4j.server.uri, BENCH_PASSWORD, true, null, 60_000);
    peers.push(floor);
    const only = new Set(o.only.split(','));
    const q4 = await pageFifty(tsx, floor);
    const queries = benchQueries(params).map((q) => (q.id === 'Q4p50' ? q4 : q)).filter((q) => only.has(q.id) && q.diplograph);
    console.log(`${new Date().toISOString().slice(0, 16)} UTC, scale ${o.scale}, ${o.samples} samples each, diplograph heap ${o.heapMb} MB, load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the start`);
    console.log('| query | A tsx p50 ms | B compiled p50 ms | floor p50 ms | B / A | A / floor | B / floor | A CPU ms/req | B CPU ms/req | floor CPU ms/req |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const q of queries) {
      const [a, b] = [JSON.stringify(await tsx.send(q.diplograph!)), JSON.stringify(await js.send(q.diplograph!))];
      if (a !== b) throw new Error(`${q.id}: tsx and compiled answer differently:\nA ${a.slice(0, 300)}\nB ${b.slice(0, 300)}`);
      if (q.size.diplograph(JSON.parse(a)) !== q.size.floor(await floor.send(q.floor))) throw new Error(`${q.id}: diplograph and the floor answer differently`);
      const before = peers.map((p) => cpuMs(p.pid));
      const turns = await takeTurns([() => tsx.send(q.diplograph!), () => js.send(q.diplograph!), () => floor.send(q.floor)], { samples: Number(o.samples), warmup: 10, maxSeconds: 180 });
      const cpu = peers.map((p, i) => (cpuMs(p.pid) - before[i]) / turns[i].sent);
      const [pa, pb, pf] = turns.map((t) => percentile(t.times, 50));
      const f2 = (x: number) => x.toFixed(2);
      console.log(`| ${q.id} | ${f2(pa)} | ${f2(pb)} | ${f2(pf)} | ${f2(pb / pa)}× | ${f2(pa / pf)}× | ${f2(pb / pf)}× | ${f2(cpu[0])} | ${f2(cpu[1])} | ${f2(cpu[2])} |`);
    }
    console.log(`load average at the end ${loadavg().map((x) => x.toFixed(1)).join(', ')}`);
  } finally {
    for (const p of peers) await p.stop();
    await neo4j.close();
  }
}

runMain(import.meta.url, main, { exit: true });
