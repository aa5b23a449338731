/**
 * `npm run soak [-- --seconds 300 --workers 8]`: a bounded soak test on loopback. Starts the
 * service as users do (`node bin/diplograph.js serve`, its own Neo4j in a temporary folder),
 * sends a constant mix of reads and ingests for the given time, then reports p50/p95/p99
 * latency, errors, and the API process's RSS growth after warm-up (target: under 10 %), with the
 * API's V8 heap capped (`--heap MB`, default 256).
 * Writes the report to stdout and to bench/results/soak.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runService } from '../tests/helpers/run-service.js';
import { freePort } from '../tests/helpers/free-port.js';
import { prng, syntheticArticles } from '../tests/helpers/synthetic-articles.js';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '300' }, workers: { type: 'string', default: '8' }, heap: { type: 'string', default: '256' } },
});
const seconds = Number(values.seconds);
const workers = Number(values.workers);
if (!(seconds > 0 && workers > 0)) throw new Error(`--seconds and --workers take positive numbers; received ${values.seconds}, ${values.workers}`);

const READS = [
  '{ leader(name: "Zelenskyy") { name calls(first: 10) { totalCount edges { node { date medium participants { name } } } } } }',
  '{ calls(first: 20, where: { from: "2022-01-01" }) { totalCount edges { node { id topics sources { quote } } } } }',
  '{ contactNetwork(center: "volodymyr-zelenskyy", depth: 2) { nodes { id name } edges { source target weight } } }',
  '{ search(text: "sanctions") { score node { __typename } } }',
  '{ country(code: "US") { name commitmentsMade(first: 10) { totalCount } } }',
];

function rssKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-soak-'));
  // A bounded V8 heap (as in production) makes the collector work instead of letting the heap
  // grow into free memory: RSS growth then shows leaks, not laziness.
  const service = await runService({
    DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_PASSWORD: 'soak-password',
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: `--max-old-space-size=${Number(values.heap)}`,
  });
  const pid = service.child.pid!;
  const articles = syntheticArticles(100_000, 3);
  let next = 0;
  const latencies: number[] = [];
  const errors: string[] = [];
  const rss: Array<[number, number]> = [];
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const warmUp = started + Math.min(60, seconds / 5) * 1000;
  const sampler = setInterval(() => rss.push([Date.now(), rssKb(pid)]), 1000);

  const worker = async (k: number) => {
    const random = prng(k + 1);
    while (Date.now() < deadline) {
      const ingest = random() < 0.2;
      const body = ingest
        ? { query: 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created } }', variables: { text: articles[next++ % articles.length] } }
        : { query: READS[Math.floor(random() * READS.length)] };
      const t0 = performance.now();
      try {
        const res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const json = (await res.json()) as { errors?: Array<{ message: string }> };
        if (res.status >= 400 || json.errors) errors.push(`${res.status} ${json.errors?.[0]?.message ?? ''}`.slice(0, 120));
      } catch (err) {
        errors.push(String(err).slice(0, 120));
      }
      if (Date.now() > warmUp) latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, k) => worker(k)));
  clearInterval(sampler);
  await service.stop();
  rmSync(dataDir, { recursive: true, force: true });

  const afterWarm = rss.filter(([t]) => t >= warmUp).map(([, kb]) => kb);
  const base = afterWarm[0] ?? NaN;
  const end = afterWarm.slice(-5).reduce((a, b) => a + b, 0) / Math.max(1, Math.min(5, afterWarm.length));
  const growth = ((end - base) / base) * 100;
  const report = [
    `# Soak: ${seconds} s, ${workers} workers, 80 % reads / 20 % ingests, API heap capped at ${values.heap} MB`,
    '',
    `Machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Run ${new Date().toISOString()}.`,
    '',
    '| measure | value |',
    '|---|---|',
    `| requests after warm-up | ${latencies.length} (${(latencies.length / ((deadline - warmUp) / 1000)).toFixed(1)}/s) |`,
    `| latency p50 / p95 / p99 | ${pct(latencies, 50).toFixed(1)} / ${pct(latencies, 95).toFixed(1)} / ${pct(latencies, 99).toFixed(1)} ms |`,
    `| errors | ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''} |`,
    `| API RSS after warm-up → end | ${(base / 1024).toFixed(0)} MB → ${(end / 1024).toFixed(0)} MB |`,
    `| RSS growth after warm-up | ${growth.toFixed(1)} % (target < 10 %: ${growth < 10 ? 'met' : 'missed'}) |`,
    `| articles ingested | ${next} |`,
    '',
  ].join('\n');
  process.stdout.write(report);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/soak.md', report);
  process.exitCode = errors.length === 0 ? 0 : 1;
}

await main();
