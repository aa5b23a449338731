/**
 * diplograph against the floor over HTTP, latency only, the two taking turns request by request:
 * the quick check of a change to the fixed cost per request (issue 19) between full runs of
 * `npm run bench`. Same servers as the benchmark (serve-peer.ts: production mode, diplograph's heap
 * cap, TCP_NODELAY), no @neo4j/graphql, no autocannon, no db hits. `--cpu-prof <dir>` runs both
 * servers under `node --cpu-prof`: their profiles are written to <dir>/diplograph and <dir>/floor
 * when they stop (summarise them with profile-summary.ts).
 *
 *   TMPDIR=/tmp/mine npx tsx bench/side-by-side.ts --scale S --samples 100
 *   TMPDIR=/tmp/mine npx tsx bench/side-by-side.ts --scale S --only Q1,Q4 --cpu-prof /tmp/mine/prof
 *
 * TMPDIR: the folder the scale is loaded in (bench-neo4j.ts), so a run never touches another's.
 */
import { Command } from 'commander';
import { loadavg } from 'node:os';
import { BENCH_PASSWORD } from './bench-neo4j.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { interleavedLatency } from './measure.js';
import { benchQueries, pageFifty } from './queries.js';
import { startPeer, type Peer } from './start-peers.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';
import { runMain } from './run-main.js';

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'a scale (loaded into $TMPDIR/diplograph-bench-<scale>-seed1 if not yet)', 'S')
    .option('--only <ids>', 'these queries', 'Q1,Q2,Q3,Q4,Q4p50,Q5,Q6,Q6b')
    .option('--samples <n>', 'requests per server and query', '100')
    .option('--heap-mb <n>', "diplograph's --max-old-space-size, as production sets it; 0: V8's default", '256')
    .option('--node-flags <flags>', 'more V8/Node flags for the diplograph server, space-separated (e.g. --max-semi-space-size=16)', '')
    .option('--cpu-prof <dir>', 'profile both servers (node --cpu-prof), written to <dir>/<server> when they stop')
    .parse(argv)
    .opts<{ scale: Scale; only: string; samples: string; heapMb: string; nodeFlags: string; cpuProf?: string }>();
  enableTcpNoDelay();
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  let diplograph: Peer | null = null;
  let floor: Peer | null = null;
  try {
    const params = await findParams(neo4j.store);
    const profiling = (kind: string) => (o.cpuProf ? [`--cpu-prof`, `--cpu-prof-dir=${o.cpuProf}/${kind}`] : []);
    const flags = [...o.nodeFlags.split(' ').filter(Boolean), ...profiling('diplograph')];
    diplograph = await startPeer('diplograph', neo4j.server.uri, BENCH_PASSWORD, true, Number(o.heapMb) || null, null, flags);
    floor = await startPeer('floor', neo4j.server.uri, BENCH_PASSWORD, true, null, 60_000, profiling('floor'));
    const only = new Set(o.only.split(','));
    const q4 = await pageFifty(diplograph, floor);
    const queries = benchQueries(params).map((q) => (q.id === 'Q4p50' ? q4 : q)).filter((q) => only.has(q.id) && q.diplograph);
    console.log(`${new Date().toISOString().slice(0, 16)} UTC, scale ${o.scale}, ${o.samples} samples each, diplograph heap ${o.heapMb} MB ${o.nodeFlags}, load average ${loadavg()[0].toFixed(1)} at the start`);
    console.log('| query | diplograph p50 | floor p50 | p50 ratio | diplograph p95 | floor p95 |');
    console.log('|---|---|---|---|---|---|');
    for (const q of queries) {
      const [sizeD, sizeF] = [q.size.diplograph(await diplograph.send(q.diplograph!)), q.size.floor(await floor.send(q.floor))];
      if (sizeD !== sizeF) throw new Error(`${q.id}: diplograph answers ${sizeD}, the floor ${sizeF}`);
      const [d, f] = await interleavedLatency([() => diplograph!.send(q.diplograph!), () => floor!.send(q.floor)], { samples: Number(o.samples), warmup: 10, maxSeconds: 120 });
      console.log(`| ${q.id} | ${d.p50} | ${f.p50} | ${(d.p50 / f.p50).toFixed(2)}× | ${d.p95} | ${f.p95} |`);
    }
  } finally {
    await diplograph?.stop();
    await floor?.stop();
    await neo4j.close();
  }
}

runMain(import.meta.url, main, { exit: true });
