/**
 * Positional look-ups over spans sorted by start, by binary search, so that a stage asking "what
 * lies near here" for each of n places does O(log n) work, not O(n) (issue 16: linear stages).
 *
 * @example
 *   const near = spansBetween(sortedMentions, at - 200, at); // the mentions starting in [at-200, at)
 */
import type { Span } from './extraction-types.js';

/** Index of the last item whose start is at or before `at` (items sorted by start), or -1. */
export function lastStartingBy<T extends Span>(items: readonly T[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The items (sorted by start) that start in [from, to). */
export function spansBetween<T extends Span>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lastStartingBy(items, from - 1) + 1; i < items.length && items[i].start < to; i++) out.push(items[i]);
  return out;
}

/** A copy sorted by start (the sort is stable: a list already in order, as most are, is only copied). */
export function byStart<T extends Span>(items: readonly T[]): T[] {
  for (let i = 1; i < items.length; i++) if (items[i].start < items[i - 1].start) return [...items].sort((a, b) => a.start - b.start);
  return items.slice();
}
