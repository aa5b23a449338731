/**
 * The growth table (bench/growth.ts) judges the M → L ratios against issue 19's targets, and the
 * db hits of a profiled request are summed over every operator (bench/peers/profile-statements.ts).
 */
import { growthReport } from '../../../bench/growth.js';
import { sumDbHits } from '../../../bench/peers/profile-statements.js';
import type { ReportInput } from '../../../bench/report.js';

/** A run's results holding only what the growth table reads. */
function run(p50: Record<string, number>, rssMb: number, relationshipsPerSecond: number): ReportInput {
  const cell = (p: number, dbHits: number) => ({ server: 'diplograph', latency: { samples: 5, sent: 5, p50: p, p95: p, p99: p }, dbHits: { statements: 1, dbHits }, throughput: [{ serverRssMb: rssMb }] });
  return {
    writtenAt: '2026-12-05T14:00:00.000Z',
    loadedNow: true,
    load: { relationshipsPerSecond, relationshipsCreated: 1_000_000, seconds: 50 },
    results: Object.entries(p50).map(([id, p]) => ({ id, title: id, depth: 1, sizesMatch: true, cells: { diplograph: cell(p, p * 100), floor: cell(p / 2, p * 50) } })),
  } as unknown as ReportInput;
}

describe('the growth table', () => {
  it('judges each query from M to L against its target, and RSS and load rate at L', () => {
    const text = growthReport({ S: run({ Q1: 5, Q3: 10 }, 150, 30_000), M: run({ Q1: 10, Q3: 20 }, 160, 28_000), L: run({ Q1: 16, Q3: 41 }, 320, 19_000) }, ['S', 'M', 'L']);
    expect(text).toContain('| Q1 | 5 (2.5) | 10 (5) | 16 (8) | 1.60× ≤ 1.5×: **missed** |');
    expect(text).toContain('| Q3 | 10 (5) | 20 (10) | 41 (20.5) | 2.05× ≤ 2×: **missed** |');
    expect(text).toContain('| Q1 | 500 (250) | 1,000 (500) | 1,600 (800) |');
    expect(text).toMatch(/RSS < 300 MB under load \| peak 320 MB \| \*\*missed\*\*/);
    expect(text).toMatch(/19000 relationships\/s .* \| \*\*missed\*\*/);
    const met = growthReport({ M: run({ Q1: 10 }, 160, 28_000), L: run({ Q1: 12 }, 200, 25_000) }, ['M', 'L']);
    expect(met).toContain('1.20× ≤ 1.5×: met');
    expect(met).toMatch(/peak 200 MB \| met/);
  });

  it('says which scale has not been run', () => {
    const text = growthReport({ S: run({ Q1: 5 }, 150, 30_000), M: run({ Q1: 10 }, 160, 28_000), L: undefined }, ['S', 'M', 'L']);
    expect(text).toContain('**Not run yet: L**');
    expect(text).toContain('| Q1 | 5 (2.5) | 10 (5) | — (—) | — (target ≤ 1.5×) |');
  });
});

describe('db hits of a profiled plan', () => {
  it('sums every operator of the tree', () => {
    expect(sumDbHits({ dbHits: 3, children: [{ dbHits: 4, children: [{ dbHits: 5 }] }, { dbHits: 0 }] })).toBe(12);
    expect(sumDbHits(false)).toBe(0);
  });
});
