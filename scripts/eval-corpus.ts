/**
 * Prints the extractor's precision, recall and F1 per fact type (not only a micro F1, which the
 * easy actors and countries inflate) for every gold set it can find, with the evaluation kit's
 * scorer:
 *  - seed:      tests/fixtures/seed (must be 1.00);
 *  - dev:       tests/fixtures/corpus (official readouts);
 *  - news-open: tests/fixtures/news-open (the openly licensed news texts);
 *  - news:      the evaluation corpus's news set, when present (NEWS_CORPUS, default
 *               ../shared/corpus/news), reported whole and in the two halves of
 *               tests/fixtures/news-split.json: `work` (rules are written against it) and `held`
 *               (only ever scored).
 *
 *   npm run eval                 # the table
 *   npm run eval -- --files      # and a line per file (never for the held half)
 *
 * Exit code 1 when the seed is below 1.00 or dev below its floors (micro F1 0.95, call precision 0.95).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../src/extraction/pipeline.js';
import { scoreWithKit, type ScoreLine } from '../tests/extraction/helpers/score-with-kit.js';

interface SetScore { name: string; totals: Map<string, ScoreLine>; files: number }

const perFile = process.argv.includes('--files');
const split = JSON.parse(readFileSync('tests/fixtures/news-split.json', 'utf8')) as { work: string[]; held: string[] };
const newsDir = process.env.NEWS_CORPUS ?? '../shared/corpus/news';

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Scores every NNN.txt of `dir` that has a gold file and whose stem `keep` accepts. */
function scoreSet(name: string, dir: string, keep: (stem: string) => boolean = () => true, quiet = false): SetScore {
  const totals = new Map<string, ScoreLine>();
  let files = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const stem = file.replace(/\.txt$/, '');
    const gold = join(dir, `${stem}.gold.json`);
    if (!keep(stem) || !existsSync(gold)) continue;
    files++;
    const report = scoreWithKit(extractFacts(readFileSync(join(dir, file), 'utf8')).document, gold);
    if (perFile && !quiet) {
      const parts = report.results.filter((r) => r.label !== 'countries').map((r) => `${r.label} ${r.tp}/${r.tp + r.fn}${r.fp ? ` +${r.fp}` : ''}`);
      console.log(`  ${name.padEnd(10)} ${file.padEnd(26)} ${parts.join(', ')}`);
    }
    for (const r of report.results) {
      const t = totals.get(r.label) ?? { label: r.label, tp: 0, fp: 0, fn: 0 };
      totals.set(r.label, { label: r.label, tp: t.tp + r.tp, fp: t.fp + r.fp, fn: t.fn + r.fn });
    }
  }
  return { name, totals, files };
}

const sets: SetScore[] = [
  scoreSet('seed', 'tests/fixtures/seed'),
  scoreSet('dev', 'tests/fixtures/corpus'),
  scoreSet('news-open', 'tests/fixtures/news-open'),
];
if (existsSync(newsDir)) {
  sets.push(scoreSet('news', newsDir, () => true, true));
  sets.push(scoreSet('news:work', newsDir, (s) => split.work.includes(s)));
  sets.push(scoreSet('news:held', newsDir, (s) => split.held.includes(s), true));
} else {
  console.log(`(no news corpus at ${newsDir}; set NEWS_CORPUS to score it)`);
}

const labels = ['actors', 'countries', 'calls', 'tweets', 'commitments', 'incidents'];
const cell = (t: ScoreLine | undefined) => {
  if (!t || t.tp + t.fp + t.fn === 0) return '—'.padEnd(22);
  const s = f1(t);
  return `${s.p.toFixed(2)} ${s.r.toFixed(2)} ${s.f.toFixed(2)} (${t.tp}/${t.tp + t.fn})`.padEnd(22);
};
console.log(`\n${'set'.padEnd(10)} files  ${labels.map((l) => `${l} P R F1`.padEnd(22)).join(' ')}`);
for (const s of sets) console.log(`${s.name.padEnd(10)} ${String(s.files).padStart(5)}  ${labels.map((l) => cell(s.totals.get(l))).join(' ')}`);

const micro = (s: SetScore) => f1([...s.totals.values()].filter((t) => t.label !== 'incidents').reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 }));
const [seed, dev] = sets;
const devCalls = f1(dev.totals.get('calls') ?? { label: 'calls', tp: 0, fp: 0, fn: 0 });
console.log(`\nseed micro F1 ${micro(seed).f.toFixed(2)}; dev micro F1 ${micro(dev).f.toFixed(2)}, call precision ${devCalls.p.toFixed(2)}`);
process.exitCode = micro(seed).f === 1 && micro(dev).f >= 0.95 && devCalls.p >= 0.95 ? 0 : 1;
