/**
 * `dyad(a, b, interval, from, to)`: each side is a country when it is a two-letter code ("UA",
 * "us"), else an actor id (ids are slugs of full names, never two letters); the interval becomes
 * the unit `date.truncate` takes.
 *
 * @example
 *   await dyad(loaders, { a: 'joe-biden', b: 'UA', interval: 'MONTH' }); // [{ period: '2022-02-01', count: 1 }, …]
 */
import type { DyadBucketRecord } from '../graph/readers/dyad-counts.js';
import type { Loaders } from './create-context.js';
import { checkDateOrder } from './connection.js';

export interface DyadArgs {
  a: string;
  b: string;
  interval?: 'WEEK' | 'MONTH' | 'YEAR' | null;
  from?: string | null;
  to?: string | null;
}

const units = { WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

/** An actor id or a country code, as the two parameters of one side. */
function side(value: string): { id: string | null; country: string | null } {
  const trimmed = value.trim();
  return /^[A-Za-z]{2}$/.test(trimmed) ? { id: null, country: trimmed.toUpperCase() } : { id: trimmed, country: null };
}

export function dyad(loaders: Loaders, { a, b, interval, from, to }: DyadArgs): Promise<DyadBucketRecord[]> {
  checkDateOrder(from, to);
  const one = side(a);
  const other = side(b);
  return loaders.dyads.load({
    a: one.id, aCountry: one.country, b: other.id, bCountry: other.country,
    unit: units[interval ?? 'MONTH'], from: from ?? null, to: to ?? null,
  });
}
