/**
 * What metrics and traces cost (issue 20: ≤ 5 % on p50): the benchmark's questions asked of two
 * diplograph servers over the same loaded scale and the same Neo4j — one as bench/api.ts runs it
 * (no /metrics, no traces), one with /metrics on (scraped every 5 s, as a tight Prometheus would)
 * and every operation and statement traced, exported by OTLP/HTTP to a collector stand-in that
 * accepts and counts the spans. They take turns request by request, the order flipping each
 * round, so a busy machine's noise and Neo4j's warm caches fall on both alike.
 *
 *   npm run bench:observability -- --scale S [--seed 1] [--samples 300] [--max-seconds 30]
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { GraphStore } from '../src/graph/graph-store.js';
import { BENCH_PASSWORD } from './bench-neo4j.js';
import { scales, type Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile } from './measure.js';
import { benchQueries, type BenchParams } from './queries.js';
import { startPeer, type Peer } from './start-peers.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';

interface Row {
  id: string;
  title: string;
  samples: number;
  off: { p50: number; p95: number };
  on: { p50: number; p95: number };
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
    .parse()
    .opts();
  const scale = o.scale as Scale;
  if (!(scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}, got ${o.scale}`);
  enableTcpNoDelay();
  const started = Date.now();
  const collector = await startCollector();
  const { neo4j } = await ensureScaleLoaded({ scale, seed: Number(o.seed), log });
  let off: Peer | null = null;
  let on: Peer | null = null;
  let scraper: NodeJS.Timeout | null = null;
  try {
    const params = await findParams(neo4j.store);
    off = await startPeer('diplograph', neo4j.server.uri, BENCH_PASSWORD, true, HEAP_MB);
    // startPeer hands the child this process's environment: the second diplograph gets both on.
    process.env.BENCH_OBSERVABILITY = '1';
    process.env.BENCH_OTLP_URL = `${collector.url}/v1/traces`;
    on = await startPeer('diplograph', neo4j.server.uri, BENCH_PASSWORD, true, HEAP_MB);
    delete process.env.BENCH_OBSERVABILITY;
    const metrics = { scrapes: 0, bytes: 0 };
    const observed = on;
    scraper = setInterval(() => {
      void fetch(`${observed.baseUrl}/metrics`).then(async (r) => ((metrics.bytes = (await r.text()).length), metrics.scrapes++));
    }, SCRAPE_EVERY_MS);

    const rows: Row[] = [];
    // Q4p50 needs paging to its start first (bench/api.ts); its statements are Q4's.
    for (const query of benchQueries(params).filter((q) => q.diplograph && q.id !== 'Q4p50')) {
      const request = query.diplograph!;
      const [a, b] = [await off.send(request), await on.send(request)];
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${query.id}: the two servers answered differently`);
      const times = await takeTurns([() => off!.send(request), () => on!.send(request)], Number(o.samples), Number(o.maxSeconds));
      const stats = (t: number[]) => ({ p50: percentile(t, 50), p95: percentile(t, 95) });
      rows.push({ id: query.id, title: query.title, samples: times[0].length, off: stats(times[0]), on: stats(times[1]) });
      log(`${query.id}: p50 ${rows.at(-1)!.off.p50} ms off, ${rows.at(-1)!.on.p50} ms on`);
    }
    await new Promise((r) => setTimeout(r, 6_000)); // the last batch of spans leaves after 5 s
    const file = fileURLToPath(new URL(`./results/observability-${scale}.md`, import.meta.url));
    writeFileSync(file, report(scale, rows, { spans: collector.spans(), exports: collector.requests(), ...metrics }, (Date.now() - started) / 60_000));
    log(`wrote ${file}`);
  } finally {
    if (scraper) clearInterval(scraper);
    await Promise.all([off?.stop(), on?.stop()]);
    await neo4j.close();
    await collector.close();
  }
}

/** Each sender once per round, the order reversed every other round; warm-up rounds untimed. */
async function takeTurns(senders: Array<() => Promise<unknown>>, samples: number, maxSeconds: number): Promise<number[][]> {
  for (let i = 0; i < 10; i++) for (const send of senders) await send();
  const times: number[][] = senders.map(() => []);
  const deadline = performance.now() + maxSeconds * 1000;
  for (let n = 0; n < samples && (n < 20 || performance.now() < deadline); n++) {
    const order = n % 2 === 0 ? senders.map((_, i) => i) : senders.map((_, i) => senders.length - 1 - i);
    for (const i of order) {
      const t = performance.now();
      await senders[i]();
      times[i].push(performance.now() - t);
    }
  }
  return times.map((t) => t.sort((x, y) => x - y));
}

/** An OTLP/HTTP collector stand-in: accepts every export (JSON) and counts its spans. */
async function startCollector(): Promise<{ url: string; spans(): number; requests(): number; close(): Promise<void> }> {
  let spans = 0;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests++;
      try {
        for (const r of JSON.parse(body).resourceSpans ?? []) for (const s of r.scopeSpans ?? []) spans += s.spans?.length ?? 0;
      } catch {
        // Not JSON: still accepted, as a collector would answer; the count says so.
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans: () => spans,
    requests: () => requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The busiest leader and country and the latest month with calls: the parameters bench/api.ts chooses. */
async function findParams(store: GraphStore): Promise<BenchParams> {
  const [leader] = await store.read({
    cypher: 'MATCH (l:Leader)-[:TOOK_PART_IN]->(c:Call) RETURN l.id AS id, l.name AS name, count(c) AS calls ORDER BY calls DESC, name LIMIT 1',
    params: {},
  });
  const [country] = await store.read({
    cypher: `MATCH (a:Actor)-[:TOOK_PART_IN]->(c:Call) WHERE a.country IS NOT NULL
WITH a.country AS code, count(DISTINCT c) AS calls ORDER BY calls DESC, code LIMIT 1 RETURN code`,
    params: {},
  });
  const [last] = await store.read({ cypher: 'MATCH (c:Call) RETURN toString(max(c.date)) AS day', params: {} });
  const month = String(last.day).slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { leaderName: String(leader.name), leaderId: String(leader.id), countryCode: String(country.code), from: `${month}-01`, to: lastDay };
}

function report(scale: Scale, rows: Row[], traffic: { spans: number; exports: number; scrapes: number; bytes: number }, minutes: number): string {
  const ratio = (on: number, off: number) => (off > 0 ? on / off : NaN);
  const pct = (r: number) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)} %`;
  const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  const total = ratio(sum((r) => r.on.p50), sum((r) => r.off.p50));
  const ratios = rows.map((r) => ratio(r.on.p50, r.off.p50)).sort((a, b) => a - b);
  const median = ratios[Math.floor((ratios.length - 1) / 2)];
  const lines = [
    `# Metrics and traces: their cost on the ${scale} benchmark`,
    '',
    `\`npm run bench:observability -- --scale ${scale}\`, ${new Date().toISOString().slice(0, 16)}Z, ${minutes.toFixed(1)} min. ` +
      `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; Node ${process.version}.`,
    '',
    'Two diplograph servers over the same Neo4j and the same loaded graph, in production mode with a 256 MB heap, asked the same',
    'question one request at a time, taking turns (the order flipping each round). **off**: as `npm run bench` runs it, no',
    '/metrics and no traces. **on**: /metrics served and scraped every 5 s, and a span for every operation and every Cypher',
    'statement exported by OTLP/HTTP (batched) to a collector stand-in. Milliseconds, client-side, per request.',
    '',
    '| query | samples | p50 off | p50 on | p50 on/off | p95 off | p95 on |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.id} ${r.title} | ${r.samples} | ${r.off.p50} | ${r.on.p50} | ${pct(ratio(r.on.p50, r.off.p50))} | ${r.off.p95} | ${r.on.p95} |`),
    `| **all (sum of p50s)** | | ${sum((r) => r.off.p50).toFixed(2)} | ${sum((r) => r.on.p50).toFixed(2)} | **${pct(total)}** | | |`,
    '',
    `Target (issue 20): p50 with both on within 5 % of off. Sum of p50s: ${pct(total)}; median of the per-query ratios: ${pct(median)}; ` +
      `${total <= 1.05 ? '**met**' : '**not met**'}.`,
    '',
    `What "on" did during the run: ${traffic.spans} spans received by the collector in ${traffic.exports} OTLP exports; ` +
      `${traffic.scrapes} scrapes of /metrics (${(traffic.bytes / 1024).toFixed(1)} KiB each at the end).`,
    '',
  ];
  return lines.join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
