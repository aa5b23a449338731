import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/extraction/pipeline.js';
import { scoreWithKit, type ScoreLine } from './helpers/score-with-kit.js';

const corpus = 'tests/fixtures/corpus';
const seed = 'tests/fixtures/seed';

describe('the extractor against the gold files', () => {
  it('extracts the seed article perfectly, both incidents included', () => {
    const { document } = extractFacts(readFileSync(join(seed, '000_58b2ec0da89f2029.txt'), 'utf8'));
    const report = scoreWithKit(document, join(seed, '000_58b2ec0da89f2029.gold.json'));
    expect(report.microF1).toBe(1);
    expect(report.results.find((r) => r.label === 'incidents')).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('keeps the corpus above the floors: micro F1 ≥ 0.90 and call precision ≥ 0.95', () => {
    const totals = new Map<string, ScoreLine>();
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
      const { document } = extractFacts(readFileSync(join(corpus, file), 'utf8'));
      const report = scoreWithKit(document, join(corpus, file.replace(/\.txt$/, '.gold.json')));
      for (const r of report.results) {
        const t = totals.get(r.label) ?? { label: r.label, tp: 0, fp: 0, fn: 0 };
        totals.set(r.label, { label: r.label, tp: t.tp + r.tp, fp: t.fp + r.fp, fn: t.fn + r.fn });
      }
    }
    const all = [...totals.values()].reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    const p = all.tp / (all.tp + all.fp);
    const r = all.tp / (all.tp + all.fn);
    const calls = totals.get('calls')!;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.9);
    expect(calls.tp / (calls.tp + calls.fp)).toBeGreaterThanOrEqual(0.95);
  });
});
