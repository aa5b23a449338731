/**
 * How the API grows with the graph (issue 19): reads the runs `npm run bench -- --scale S|M|L` saved
 * (results/S.json, M.json, L.json) and writes results/growth.md — p50 and Neo4j's db hits per query
 * at each scale for diplograph and the floor, the M → L ratios judged against the issue's targets,
 * diplograph's RSS at L and the writer's load rate at L. A scale not yet run is shown as missing.
 *
 *   npm run bench:growth                       # bench/results/{S,M,L}.json → bench/results/growth.md
 *   npm run bench:growth -- --scales XS,S --out /tmp/growth.md
 */
import { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PeerKind } from './peers/peer-kinds.js';
import { dbHitsCell, type QueryResult, type ReportInput } from './report.js';
import { runMain } from './run-main.js';

/** The issue's growth targets from M to L: p50 at L at most this many times p50 at M. */
export const GROWTH_TARGETS: Readonly<Record<string, number>> = { Q1: 1.5, Q2: 1.5, Q3: 2, Q4: 1.5, Q4p50: 1.5, Q5: 1.5, Q6: 2 };
const RSS_LIMIT_MB = 300;
const LOAD_TARGET = 20_000;

const results = (file: string) => fileURLToPath(new URL(`./results/${file}`, import.meta.url));

const cellOf = (run: ReportInput | undefined, id: string, kind: PeerKind) => run?.results.find((q: QueryResult) => q.id === id)?.cells[kind];
const p50 = (run: ReportInput | undefined, id: string, kind: PeerKind) => cellOf(run, id, kind)?.latency?.p50;
const ms = (x: number | undefined) => (x === undefined ? '—' : String(x));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / Math.max(b, 1e-9));

export function growthReport(runs: Record<string, ReportInput | undefined>, scales: string[]): string {
  const [from, to] = scales.slice(-2);
  const ids = [...new Set(scales.flatMap((s) => runs[s]?.results.map((q) => q.id) ?? []))];
  const missing = scales.filter((s) => !runs[s]);
  const verdict = (id: string) => {
    const limit = GROWTH_TARGETS[id];
    const r = ratio(p50(runs[to], id, 'diplograph'), p50(runs[from], id, 'diplograph'));
    if (limit === undefined) return r === undefined ? '' : `${r.toFixed(2)}× (no target)`;
    return r === undefined ? `— (target ≤ ${limit}×)` : `${r.toFixed(2)}× ≤ ${limit}×: ${r <= limit ? 'met' : '**missed**'}`;
  };
  const latest = runs[to];
  const rss = latest ? Math.max(0, ...latest.results.flatMap((q) => (q.cells.diplograph.throughput ?? []).map((t) => t.serverRssMb))) : undefined;
  const load = latest?.load;
  return [
    `# How the API grows: ${scales.join(', ')}`,
    '',
    `Written by \`npm run bench:growth\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC from ${scales.map((s) => `results/${s}.json${runs[s] ? ` (run ${runs[s]!.writtenAt?.slice(0, 16).replace('T', ' ') ?? '?'})` : ' (missing)'}`).join(', ')}.`,
    missing.length ? `\n**Not run yet: ${missing.join(', ')}** (\`npm run bench -- --scale ${missing[0]}\`).` : '',
    '',
    `## p50 per query (ms, diplograph; the floor in brackets), and the ${from} → ${to} growth`,
    '',
    `| query | ${scales.join(' | ')} | ${from} → ${to} (target) |`,
    `|---|${scales.map(() => '---|').join('')}---|`,
    ...ids.map((id) => `| ${id} | ${scales.map((s) => `${ms(p50(runs[s], id, 'diplograph'))} (${ms(p50(runs[s], id, 'floor'))})`).join(' | ')} | ${verdict(id)} |`),
    '',
    '## Neo4j db hits per request (diplograph; the floor in brackets)',
    '',
    `| query | ${scales.join(' | ')} |`,
    `|---|${scales.map(() => '---|').join('')}`,
    ...ids.map((id) => `| ${id} | ${scales.map((s) => `${dbHitsCell(cellOf(runs[s], id, 'diplograph')?.dbHits) || '—'} (${dbHitsCell(cellOf(runs[s], id, 'floor')?.dbHits) || '—'})`).join(' | ')} |`),
    '',
    `## At ${to}`,
    '',
    '| target | measured | verdict |',
    '|---|---|---|',
    `| diplograph server RSS < ${RSS_LIMIT_MB} MB under load | ${rss === undefined ? '—' : `peak ${rss} MB`} | ${rss === undefined ? 'n/a' : rss < RSS_LIMIT_MB ? 'met' : '**missed**'} |`,
    `| load ≥ 20,000 relationships/s, the aggregate's upkeep included | ${load ? `${load.relationshipsPerSecond} relationships/s (${load.relationshipsCreated} in ${load.seconds.toFixed(0)} s${latest!.loadedNow ? '' : ', loaded by an earlier run'})` : '—'} | ${load ? (load.relationshipsPerSecond >= LOAD_TARGET ? 'met' : '**missed**') : 'n/a'} |`,
    '',
    'Latencies are wall clock at the client, each scale from its own run (see each run\'s load average: a',
    'shared machine moves them); db hits are the server\'s own count and do not depend on load.',
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scales <list>', 'the runs to read, smallest first', 'S,M,L')
    .option('--out <file>', 'where to write', results('growth.md'))
    .parse(argv)
    .opts<{ scales: string; out: string }>();
  const scales = o.scales.split(',').filter(Boolean);
  if (scales.length < 2) throw new Error(`--scales needs two scales or more, got ${JSON.stringify(o.scales)}`);
  const runs = Object.fromEntries(scales.map((s) => [s, existsSync(results(`${s}.json`)) ? (JSON.parse(readFileSync(results(`${s}.json`), 'utf8')) as ReportInput) : undefined]));
  writeFileSync(o.out, growthReport(runs, scales));
  console.error(`wrote ${o.out}`);
}

runMain(import.meta.url, main);
