/**
 * Prints the per-file and overall score of the extractor over tests/fixtures/corpus (and the
 * seed article), with the evaluation kit's scorer. Exit code 1 below the floors (corpus micro
 * F1 0.90, call precision 0.95, seed F1 1.00).
 *
 *   npx tsx scripts/eval-corpus.ts [DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../src/extraction/pipeline.js';
import { scoreWithKit, type ScoreLine } from '../tests/extraction/helpers/score-with-kit.js';

const dir = process.argv[2] ?? 'tests/fixtures/corpus';
const totals = new Map<string, ScoreLine>();
const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const { document } = extractFacts(readFileSync(join(dir, file), 'utf8'));
  const report = scoreWithKit(document, join(dir, file.replace(/\.txt$/, '.gold.json')));
  const parts = report.results.filter((r) => r.label !== 'countries').map((r) => `${r.label} ${r.tp}/${r.tp + r.fn}${r.fp ? ` +${r.fp}` : ''}`);
  console.log(`${file.padEnd(10)} F1 ${report.microF1.toFixed(2)}  ${parts.join(', ')}`);
  for (const r of report.results) {
    const t = totals.get(r.label) ?? { label: r.label, tp: 0, fp: 0, fn: 0 };
    totals.set(r.label, { label: r.label, tp: t.tp + r.tp, fp: t.fp + r.fp, fn: t.fn + r.fn });
  }
}
const all = { tp: 0, fp: 0, fn: 0 };
for (const t of totals.values()) {
  const s = f1(t);
  console.log(`${t.label.padEnd(12)} P ${s.p.toFixed(2)}  R ${s.r.toFixed(2)}  F1 ${s.f.toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  if (t.label !== 'incidents') { all.tp += t.tp; all.fp += t.fp; all.fn += t.fn; }
}
const seed = scoreWithKit(extractFacts(readFileSync('tests/fixtures/seed/000_58b2ec0da89f2029.txt', 'utf8')).document, 'tests/fixtures/seed/000_58b2ec0da89f2029.gold.json');
const overall = f1(all);
const calls = f1(totals.get('calls') ?? { tp: 0, fp: 0, fn: 0 });
console.log(`seed micro F1 ${seed.microF1.toFixed(2)}`);
console.log(`corpus micro F1 ${overall.f.toFixed(2)} (P ${overall.p.toFixed(2)}, R ${overall.r.toFixed(2)}), call precision ${calls.p.toFixed(2)}`);
process.exitCode = overall.f >= 0.9 && calls.p >= 0.95 && seed.microF1 === 1 ? 0 : 1;
