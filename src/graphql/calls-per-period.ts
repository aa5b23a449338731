/**
 * `callsPerPeriod(of, interval, from, to)`: `of` is a country when it is a two-letter code
 * ("UA", "us"), else an actor id, as a side of `dyad` (dyad.ts).
 *
 * @example
 *   await callsPerPeriod(loaders, { of: 'joe-biden', interval: 'YEAR' }); // [{ period: '2021-01-01', count: 2 }, …]
 */
import type { DyadBucketRecord } from '../graph/readers/dyad-counts.js';
import type { Loaders } from './create-context.js';
import { checkDateOrder } from './connection.js';

export interface CallsPerPeriodArgs {
  of: string;
  interval?: 'WEEK' | 'MONTH' | 'YEAR' | null;
  from?: string | null;
  to?: string | null;
}

const units = { WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

export function callsPerPeriod(loaders: Loaders, { of, interval, from, to }: CallsPerPeriodArgs): Promise<DyadBucketRecord[]> {
  checkDateOrder(from, to);
  const side = of.trim();
  const country = /^[A-Za-z]{2}$/.test(side) ? side.toUpperCase() : null;
  return loaders.callsPerPeriod.load({
    id: country ? null : side, country, unit: units[interval ?? 'MONTH'], from: from ?? null, to: to ?? null,
  });
}
