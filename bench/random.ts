/**
 * A seeded pseudo-random source for the benchmark generator: mulberry32 (32-bit state, fast, good
 * enough for synthetic data, and identical on every machine), plus the few draws the generator
 * needs. Never Math.random: the same seed must give the same graph byte for byte.
 *
 * @example
 *   const rng = createRandom(42);
 *   rng.int(10); // 0 … 9, the same every run
 *   const pick = rng.weighted([5, 1, 1]); pick(); // index 0 about 5 times in 7
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A sampler returning indexes in proportion to `weights` (binary search over the cumulative sums). */
  weighted(weights: readonly number[]): () => number;
  /** A copy of `items` in a seeded random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`createRandom: seed must be an integer, got ${JSON.stringify(seed)}`);
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)],
    chance: (p) => next() < p,
    weighted(weights) {
      const cumulative: number[] = [];
      let total = 0;
      for (const w of weights) cumulative.push((total += w));
      return () => upperBound(cumulative, next() * total);
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

/** Zipf weights 1/rank^s for ranks 1 … n: a few items get most of the draws. */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
}

/** The first index whose cumulative sum exceeds x. */
function upperBound(cumulative: number[], x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
