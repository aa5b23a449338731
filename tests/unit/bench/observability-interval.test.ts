/**
 * bench:observability's interval for a p50 ratio (bench/observability-interval.ts): it covers the
 * true ratio of the distributions drawn from, it widens when server processes differ from each
 * other (the A/A noise), and a seed gives the same interval.
 */
import { p50RatioInterval } from '../../../bench/observability-interval.js';
import { createRandom } from '../../../bench/random.js';

/** `n` request times of one process: a lognormal-ish spread around `median` ms. */
function times(median: number, n: number, seed: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => median * Math.exp((random.next() + random.next() + random.next() - 1.5) * 0.5));
}

describe('the p50 ratio interval', () => {
  it('holds 1 for identical servers and 1.1 for one 10 % slower, and tells them apart', () => {
    const off = [times(10, 900, 1), times(10, 900, 2), times(10, 900, 3)];
    const same = [times(10, 900, 4), times(10, 900, 5), times(10, 900, 6)];
    const slower = [times(11, 900, 7), times(11, 900, 8), times(11, 900, 9)];
    const [lowSame, highSame] = p50RatioInterval(same, off, { seed: 1 });
    expect(lowSame).toBeLessThan(1);
    expect(highSame).toBeGreaterThan(1);
    expect(highSame).toBeLessThan(1.05);
    const [lowSlower, highSlower] = p50RatioInterval(slower, off, { seed: 1 });
    expect(lowSlower).toBeGreaterThan(1.05);
    expect(lowSlower).toBeLessThan(1.1);
    expect(highSlower).toBeGreaterThan(1.1);
  });

  it('widens when the processes of a variant differ from each other', () => {
    const off = [times(10, 900, 1), times(10, 900, 2), times(10, 900, 3)];
    const alike = [times(10, 900, 4), times(10, 900, 5), times(10, 900, 6)];
    const apart = [times(9, 900, 4), times(10, 900, 5), times(11, 900, 6)];
    const width = ([low, high]: [number, number]) => high - low;
    expect(width(p50RatioInterval(apart, off, { seed: 1 }))).toBeGreaterThan(2 * width(p50RatioInterval(alike, off, { seed: 1 })));
  });

  it('gives the same interval for the same seed, and refuses a side without times', () => {
    const a = [times(10, 300, 1)];
    const b = [times(10.5, 300, 2)];
    expect(p50RatioInterval(a, b, { seed: 3 })).toEqual(p50RatioInterval(a, b, { seed: 3 }));
    expect(() => p50RatioInterval([[]], b, { seed: 3 })).toThrow(/needs request times/);
  });
});
