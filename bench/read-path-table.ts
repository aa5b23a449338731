/**
 * Writes bench/results/S-read-path.md from the runs bench/read-path-ab.sh made: for each query,
 * diplograph's p50 before and after the read-path redesign (issue 18), the floor's (hand-written
 * Cypher, the same in both trees) beside it, the ratio of the two, throughput and statements per
 * request. With more than one round, each figure is the median of the rounds. The ratio to the
 * floor is the column to read: within a run the servers take turns on every sample
 * (bench/measure.ts), so it cancels most of what the machine's other work adds.
 *
 *   npx tsx bench/read-path-table.ts RESULTS_DIR BEFORE_COMMIT AFTER_COMMIT [OUT_FILE]
 *
 * A section of the previous S-read-path.md headed "## The page statements themselves, load-free"
 * (the PROFILE comparison, which no timing run replaces) is kept as it was.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryResult, ReportInput } from './report.js';

const KEPT = '## The page statements themselves, load-free';

const median = (values: number[]): number | null => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const rate = (r: QueryResult, connections: number) => r.cells.diplograph?.throughput?.find((t) => t.connections === connections)?.requestsPerSecond ?? NaN;

function runs(dir: string, side: 'before' | 'after'): ReportInput[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${side}-`) && f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ReportInput);
}

/** Each figure of one query over a side's runs, as the median of the rounds. */
function figures(side: ReportInput[], id: string) {
  const results = side.flatMap((run) => run.results.filter((r) => r.id === id));
  const of = (pick: (r: QueryResult) => number | undefined) => median(results.map((r) => pick(r) ?? NaN));
  const p50 = of((r) => r.cells.diplograph?.latency?.p50);
  const floor = of((r) => r.cells.floor?.latency?.p50);
  return {
    title: results[0]?.title ?? id,
    p50,
    floor,
    ratio: median(results.map((r) => (r.cells.diplograph?.latency?.p50 ?? NaN) / (r.cells.floor?.latency?.p50 ?? NaN))),
    rps10: of((r) => rate(r, 10)),
    rps50: of((r) => rate(r, 50)),
    statements: of((r) => r.cells.diplograph?.statementsPerRequest),
  };
}

export function readPathTable(dir: string, beforeCommit: string, afterCommit: string, previous: string | null): string {
  const before = runs(dir, 'before');
  const after = runs(dir, 'after');
  if (before.length === 0 || after.length === 0) throw new Error(`read-path-table: ${dir} must hold before-N.json and after-N.json, found ${readdirSync(dir).join(', ') || 'nothing'}`);
  const ids = after[0].results.map((r) => r.id);
  const rows = ids.map((id) => {
    const b = figures(before, id);
    const a = figures(after, id);
    const x = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);
    return `| ${id} ${a.title} | ${ms(b.p50)} | ${ms(a.p50)} | ${ms(b.floor)} / ${ms(a.floor)} | ${x(b.ratio)} → ${x(a.ratio)} | ${ms(b.rps10)} → ${ms(a.rps10)} | ${ms(b.rps50)} → ${ms(a.rps50)} | ${b.statements ?? '—'} → ${a.statements ?? '—'} |`;
  });
  const loads = (side: ReportInput[]) => side.map((run) => `[${run.machine.loadAverage.map((l) => l.toFixed(2)).join(', ')}] at ${run.writtenAt ?? '?'}`).join('; ');
  const kept = previous && previous.includes(KEPT) ? `\n${previous.slice(previous.indexOf(KEPT))}` : '';
  const scale = after[0].scale;
  return `# Read-path redesign (issue 18) at scale ${scale}: before and after

Written by \`bench/read-path-ab.sh\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:
\`npm run bench -- --scale ${scale}\` on a worktree of **${beforeCommit}** (before the redesign) and of
**${afterCommit}** (after), against one private copy of the loaded ${scale} graph, in alternating order
over ${after.length} round(s); each figure is the median of the rounds.

Other work landed between the two commits and shows here too: the contact aggregate (Q3, Q6 and Q6b,
and their floors, read it after, not before) and the metrics and tracing plugins (off in the bench).
The queries the redesign touches are the pages: Q1, Q2, Q4, Q4p50, and Q5 (a count). For them read
the ratio to the floor: the floor's Cypher for them is the same in both trees, and within a run the
servers take turns on every sample.

| query | p50 before (ms) | p50 after (ms) | floor p50 before / after (ms) | diplograph ÷ floor before → after | req/s @10 before → after | req/s @50 before → after | statements before → after |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Load average at the end of each run: before ${loads(before)}; after ${loads(after)}.
${kept}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, beforeCommit, afterCommit, out] = process.argv.slice(2);
  if (!dir || !beforeCommit || !afterCommit) throw new Error('usage: npx tsx bench/read-path-table.ts RESULTS_DIR BEFORE_COMMIT AFTER_COMMIT [OUT_FILE]');
  const file = out ?? fileURLToPath(new URL('./results/S-read-path.md', import.meta.url));
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : null;
  writeFileSync(file, readPathTable(dir, beforeCommit, afterCommit, previous));
  console.error(`read-path-table: wrote ${file}`);
}
