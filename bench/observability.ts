/**
 * What metrics and traces cost (issue 20: ≤ 5 % on p50): the benchmark's questions asked of three
 * diplograph servers over the same loaded scale and the same Neo4j — one as bench/api.ts runs it
 * (no /metrics, no traces), one with /metrics on (scraped every 5 s, as a tight Prometheus would),
 * one with /metrics and every operation and statement traced, exported by OTLP/HTTP to a
 * collector stand-in (a process of its own) that accepts and counts the spans. They take turns request by request, in a
 * new random order each round, so a busy machine's noise and Neo4j's warm caches fall on all alike.
 * Two server processes of the same build differ by a few hundred microseconds per request (JIT and
 * heap layout luck), as much as the 5 % sought on a 5 ms question: so each variant runs as
 * `--instances` processes (2 by default) whose samples are pooled, and the two "off" processes,
 * compared with each other, give the run's own noise floor (the A/A column).
 *
 * Each row also gives a 90 % interval for both vs off (observability-interval.ts), and the report
 * names the questions the run could not decide; `--queries` runs those again, into
 * bench/results/observability-<scale>-<questions>.md.
 *
 *   npm run bench:observability -- --scale S [--seed 1] [--samples 300] [--max-seconds 30] [--instances 2] [--queries Q1,Q6]
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { BENCH_PASSWORD } from './bench-neo4j.js';
import { scales, type Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile, takeTurns } from './measure.js';
import { benchQueries } from './queries.js';
import { processCpuMs as cpuMs } from './thread-cpu.js';
import { findParams } from './find-params.js';
import { startPeer, type Peer } from './start-peers.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';
import { VARIANTS, type Variant } from './observability-variants.js';
import { startCollectorProcess } from './observability-collector.js';
import { p50RatioInterval } from './observability-interval.js';


interface Cell {
  p50: number;
  p95: number;
  /** Server CPU time per request, ms. */
  cpuMs: number;
}

/** One server process of a variant. */
interface Instance {
  variant: Variant;
  peer: Peer;
}

interface Row {
  id: string;
  title: string;
  samples: number;
  cells: Record<Variant, Cell>;
  /** p50 of the second "off" process against the first's: two identical servers (A/A); null with one instance. */
  offVsOff: number | null;
  /** 90 % bootstrap interval of p50(both) / p50(off), over processes and requests (observability-interval.ts). */
  bothInterval: [number, number];
}

const log = (m: string) => console.error(`[bench:observability ${new Date().toISOString().slice(11, 19)}] ${m}`);
const SCRAPE_EVERY_MS = 5_000;
/** diplograph's heap as deployed (bench/README.md). */
const HEAP_MB = 256;

async function main(): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'XS, S, M or L', 'S')
    .option('--seed <n>', 'generator seed', '1')
    .option('--samples <n>', 'timed requests per server and question', '300')
    .option('--max-seconds <n>', 'time budget per question', '30')
    .option('--instances <n>', 'server processes per variant, samples pooled (2: the two "off" ones give the A/A noise)', '2')
    .option('--queries <ids>', 'only these questions (e.g. Q1,Q4,Q6: a second run on the rows a first left undecided)')
    .parse()
    .opts();
  const scale = o.scale as Scale;
  if (!(scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}, got ${o.scale}`);
  enableTcpNoDelay();
  const started = Date.now();
  // In a process of its own: in this one its parsing of the exports would hold up the client's timing (a deployment's collector is elsewhere).
  const collector = await startCollectorProcess();
  const { neo4j } = await ensureScaleLoaded({ scale, seed: Number(o.seed), log });
  const instances: Instance[] = [];
  const perVariant = Math.max(1, Number(o.instances));
  let scraper: NodeJS.Timeout | null = null;
  try {
    const params = await findParams(neo4j.store);
    // startPeer hands the child this process's environment: BENCH_OBSERVABILITY picks what it turns on.
    process.env.BENCH_OTLP_URL = `${collector.url}/v1/traces`;
    for (let n = 0; n < perVariant; n++) {
      for (const variant of VARIANTS) {
        if (variant.env) process.env.BENCH_OBSERVABILITY = variant.env;
        else delete process.env.BENCH_OBSERVABILITY;
        instances.push({ variant: variant.key, peer: await startPeer('diplograph', neo4j.server.uri, BENCH_PASSWORD, true, HEAP_MB) });
      }
    }
    const peers = instances.map((i) => i.peer);
    /** The places in `instances` (and `peers`) of a variant's processes. */
    const indexesOf = (variant: Variant) => instances.flatMap((inst, i) => (inst.variant === variant ? [i] : []));
    delete process.env.BENCH_OBSERVABILITY;
    const metrics = { scrapes: 0, bytes: 0 };
    scraper = setInterval(() => {
      for (const { peer } of instances.filter((i) => i.variant !== 'off')) {
        void fetch(`${peer.baseUrl}/metrics`).then(async (r) => ((metrics.bytes = (await r.text()).length), metrics.scrapes++));
      }
    }, SCRAPE_EVERY_MS);

    const rows: Row[] = [];
    // Q4p50 needs paging to its start first (bench/api.ts); its statements are Q4's.
    const only = o.queries ? new Set(String(o.queries).split(',')) : null;
    const unknown = [...(only ?? [])].filter((id) => !benchQueries(params).some((q) => q.id === id && q.diplograph && id !== 'Q4p50'));
    if (unknown.length) throw new Error(`--queries: no such question ${unknown.join(', ')} (Q1 … Q6b; Q4p50 is not run here)`);
    for (const query of benchQueries(params).filter((q) => q.diplograph && q.id !== 'Q4p50' && (!only || only.has(q.id)))) {
      const request = query.diplograph!;
      const answers = await Promise.all(peers.map((p) => p.send(request).then((d) => JSON.stringify(d))));
      if (new Set(answers).size !== 1) throw new Error(`${query.id}: the servers answered differently`);
      const cpuBefore = peers.map((p) => cpuMs(p.pid));
      const turns = await takeTurns(peers.map((p) => () => p.send(request)), { samples: Number(o.samples), warmup: WARMUP, maxSeconds: Number(o.maxSeconds), minSamples: 20 });
      const times = turns.map((t) => t.times);
      // Per variant, its processes' samples pooled; CPU the processes spent per request (warm-up
      // included): what a busy machine's waits multiply.
      const cells = Object.fromEntries(
        VARIANTS.map((v) => {
          const mine = indexesOf(v.key);
          const pooled = mine.flatMap((i) => times[i]).sort((x, y) => x - y);
          const cpu = mine.reduce((n, i) => n + cpuMs(peers[i].pid) - cpuBefore[i], 0) / mine.reduce((n, i) => n + turns[i].sent, 0);
          return [v.key, { p50: percentile(pooled, 50), p95: percentile(pooled, 95), cpuMs: Math.round(cpu * 100) / 100 }];
        }),
      ) as Record<Variant, Cell>;
      const offs = indexesOf('off');
      const offVsOff = offs.length > 1 ? percentile(times[offs[1]], 50) / percentile(times[offs[0]], 50) : null;
      const bothInterval = p50RatioInterval(indexesOf('both').map((i) => times[i]), offs.map((i) => times[i]), { seed: 1 });
      rows.push({ id: query.id, title: query.title, samples: times[0].length * perVariant, cells, offVsOff, bothInterval });
      log(`${query.id}: ${VARIANTS.map((v) => `${v.key} p50 ${cells[v.key].p50} ms, CPU ${cells[v.key].cpuMs} ms`).join('; ')}`);
    }
    // With no requests: what each server spends per second on its own (scrapes, process metrics, span exports).
    const idleBefore = peers.map((p) => cpuMs(p.pid));
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const idle = Object.fromEntries(
      VARIANTS.map((v) => {
        const mine = indexesOf(v.key);
        return [v.key, mine.reduce((n, i) => n + cpuMs(peers[i].pid) - idleBefore[i], 0) / mine.length / IDLE_SECONDS];
      }),
    ) as Record<Variant, number>;
    // A run on some questions only goes to a file of its own, beside the full table it complements.
    const file = fileURLToPath(new URL(`./results/observability-${scale}${only ? `-${[...only].join('-')}` : ''}.md`, import.meta.url));
    const notes = existsSync(file.replace(/\.md$/, '.notes.md')) ? readFileSync(file.replace(/\.md$/, '.notes.md'), 'utf8') : '';
    const received = await collector.counts();
    writeFileSync(file, report(scale, rows, idle, { spans: received.spans, exports: received.requests, exportBytes: received.bytes, collectorCpuMs: received.cpuMs, ...metrics }, (Date.now() - started) / 60_000, perVariant) + notes);
    log(`wrote ${file}`);
  } finally {
    if (scraper) clearInterval(scraper);
    await Promise.all(instances.map((i) => i.peer.stop()));
    await neo4j.close();
    await collector.stop();
  }
}

const WARMUP = 10;
/** How long the servers are left without requests to measure their own CPU use (two 5 s scrape and export periods and more). */
const IDLE_SECONDS = 30;

function report(scale: Scale, rows: Row[], idle: Record<Variant, number>, traffic: { spans: number; exports: number; exportBytes: number; collectorCpuMs: number; scrapes: number; bytes: number }, minutes: number, perVariant: number): string {
  const pct = (on: number, off: number) => (off > 0 ? `${on >= off ? '+' : ''}${((on / off - 1) * 100).toFixed(1)} %` : 'n/a');
  const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  const p50 = (v: Variant) => sum((r) => r.cells[v].p50);
  const cpu = (v: Variant) => sum((r) => r.cells[v].cpuMs);
  // The target holds per question: each one's p50 with metrics and traces on within 5 % of off.
  const worst = rows.reduce((w, r) => (r.cells.both.p50 / r.cells.off.p50 > w.cells.both.p50 / w.cells.off.p50 ? r : w), rows[0]);
  const met = rows.every((r) => r.cells.both.p50 <= r.cells.off.p50 * 1.05);
  const aa = (r: Row) => (r.offVsOff === null ? 'n/a' : pct(r.offVsOff, 1));
  // Each question over the target next to its own A/A: a difference within that noise is not one this run can show.
  const over = rows.filter((r) => r.cells.both.p50 > r.cells.off.p50 * 1.05).map((r) => `${r.id} ${pct(r.cells.both.p50, r.cells.off.p50)} (A/A on that row ${aa(r)})`);
  const interval = (r: Row) => `${pct(r.bothInterval[0], 1)} … ${pct(r.bothInterval[1], 1)}`;
  // By the interval: over the target beyond this run's noise, within it beyond the noise, or not decided by this run.
  const surelyOver = rows.filter((r) => r.bothInterval[0] > 1.05).map((r) => r.id);
  const undecided = rows.filter((r) => r.bothInterval[0] <= 1.05 && r.bothInterval[1] > 1.05).map((r) => r.id);
  const lines = [
    `# Metrics and traces: their cost on the ${scale} benchmark`,
    '',
    // The command as run: the options (instances, samples, time budget) decide how far the A/A column reaches.
    `\`npm run bench:observability -- ${process.argv.slice(2).join(' ') || `--scale ${scale}`}\`, ${new Date().toISOString().slice(0, 16)}Z, ${minutes.toFixed(1)} min. ` +
      `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; Node ${process.version}.`,
    '',
    `Three diplograph variants, ${perVariant} server process${perVariant > 1 ? 'es' : ''} each (samples pooled per variant), over the same Neo4j and the same loaded graph, in production mode with a 256 MB heap, asked the`,
    'same question one request at a time, taking turns (in a new random order each round). **off**: as `npm run bench` runs it,',
    'no /metrics and no traces. **metrics**: /metrics served and scraped every 5 s. **both**: /metrics as well, and a span for',
    'every operation and every Cypher statement (the default sampler: all of them) exported by OTLP/HTTP (batched) to a collector stand-in in a process of its own. Latencies in',
    "milliseconds, client-side, per request. CPU: the server processes' user + system time (/proc, 10 ms ticks) per request.",
    '**off vs off (A/A)**: the second "off" process\'s p50 against the first\'s — two identical servers: the noise a difference must exceed to mean anything.',
    '**both vs off, 90 % interval**: where that ratio lies by a bootstrap that draws server processes, then their requests (bench/observability-interval.ts): a row whose interval ends below +5 % is within the target beyond this run\'s noise.',
    '',
    '| query | samples per variant | p50 off | p50 metrics | p50 both | metrics vs off | both vs off | both vs off, 90 % interval | off vs off (A/A) | p95 off | p95 both | CPU off | CPU metrics | CPU both |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const c = r.cells;
      return (
        `| ${r.id} ${r.title} | ${r.samples} | ${c.off.p50} | ${c.metrics.p50} | ${c.both.p50} | ${pct(c.metrics.p50, c.off.p50)} | **${pct(c.both.p50, c.off.p50)}** | ${interval(r)} | ${aa(r)} | ` +
        `${c.off.p95} | ${c.both.p95} | ${c.off.cpuMs} | ${c.metrics.cpuMs} | ${c.both.cpuMs} |`
      );
    }),
    `| all (sums) | | ${p50('off').toFixed(2)} | ${p50('metrics').toFixed(2)} | ${p50('both').toFixed(2)} | ${pct(p50('metrics'), p50('off'))} | ${pct(p50('both'), p50('off'))} | | | | | ` +
      `${cpu('off').toFixed(2)} | ${cpu('metrics').toFixed(2)} | ${cpu('both').toFixed(2)} |`,
    '',
    `Target (issue 20): every question's p50 with metrics and traces on within 5 % of off. ${met ? '**Met**' : '**Not met**'} on this run: ` +
      `the largest difference is ${worst.id}'s, ${pct(worst.cells.both.p50, worst.cells.off.p50)} (metrics alone on it ${pct(worst.cells.metrics.p50, worst.cells.off.p50)}); ` +
      `sum of p50s ${pct(p50('both'), p50('off'))} with both, ${pct(p50('metrics'), p50('off'))} with metrics alone. Server CPU per request, summed over the questions: ` +
      `${pct(cpu('metrics'), cpu('off'))} with metrics, ${pct(cpu('both'), cpu('off'))} with both.` +
      (over.length ? ` Over 5 % with both: ${over.join(', ')}.` : '') +
      ` By the 90 % intervals: ${surelyOver.length ? `over 5 % beyond this run's noise ${surelyOver.join(', ')}` : 'no question over 5 % beyond this run\'s noise'}; ` +
      `${undecided.length ? `not decided by this run (its interval holds +5 %) ${undecided.join(', ')}: run them again with more samples (\`--queries ${undecided.join(',')}\`)` : 'every question decided'}.`,
    '',
    `Without requests (${IDLE_SECONDS} s), CPU per second of each server on its own: ` +
      `${VARIANTS.map((v) => `${v.key} ${idle[v.key].toFixed(1)} ms`).join(', ')} — part of every "CPU" figure above, in proportion to how long a question took.`,
    '',
    `What "both" did during the run: ${traffic.spans} spans received by the collector (a process of its own, ${(traffic.collectorCpuMs / 1000).toFixed(1)} s of CPU) ` +
      `in ${traffic.exports} OTLP exports (${(traffic.exportBytes / traffic.spans).toFixed(0)} bytes a span); ` +
      `${traffic.scrapes} scrapes of /metrics (${(traffic.bytes / 1024).toFixed(1)} KiB each at the end).`,
    '',
  ];
  return lines.join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
