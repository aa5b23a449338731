/**
 * How far a p50 ratio (variant "on" against "off", e.g. both vs off) can be trusted, by a
 * bootstrap over processes and then requests: each iteration draws, per variant, as many server
 * processes as it ran (with replacement), then each drawn process's request times (with
 * replacement), pools them and takes the ratio of the two p50s. The interval holds the middle
 * `level` of those ratios. Drawing processes first keeps the process-to-process difference (JIT
 * and heap luck, the A/A column of bench:observability) in the interval, which a bootstrap over
 * pooled requests alone would leave out. With 3 processes per variant the interval is rough, but
 * it says whether a 5.2 % row is distinguishable from 5 % or not.
 *
 * @example
 *   const [low, high] = p50RatioInterval([bothA, bothB, bothC], [offA, offB, offC], { seed: 1 });
 *   high <= 1.05; // within the 5 % target at that level
 */
import { createRandom, type Random } from './random.js';

export interface IntervalOptions {
  seed: number;
  /** Bootstrap iterations (default 1000). */
  iterations?: number;
  /** The share of ratios the interval holds (default 0.9: from the 5th to the 95th percentile). */
  level?: number;
}

/** `on` and `off`: per server process, its request times (any order). Returns [low, high] of p50(on) / p50(off). */
export function p50RatioInterval(on: number[][], off: number[][], o: IntervalOptions): [number, number] {
  if (!on.some((t) => t.length) || !off.some((t) => t.length)) throw new Error('p50RatioInterval: each side needs request times');
  const random = createRandom(o.seed);
  const iterations = o.iterations ?? 1000;
  const level = o.level ?? 0.9;
  const ratios: number[] = [];
  for (let i = 0; i < iterations; i++) ratios.push(resampledP50(on, random) / resampledP50(off, random));
  ratios.sort((a, b) => a - b);
  const tail = ((1 - level) / 2) * 100;
  return [rank(ratios, tail), rank(ratios, 100 - tail)];
}

function resampledP50(processes: number[][], random: Random): number {
  const pooled: number[] = [];
  for (let p = 0; p < processes.length; p++) {
    const times = processes[random.int(processes.length)];
    for (let n = 0; n < times.length; n++) pooled.push(times[random.int(times.length)]);
  }
  return rank(pooled.sort((a, b) => a - b), 50);
}

/** Nearest-rank percentile of sorted values, unrounded (measure.ts's rounds to 0.01: a ratio needs more). */
function rank(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
