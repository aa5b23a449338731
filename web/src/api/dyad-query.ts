/**
 * Contacts per period for a pair (actor ids or country codes) from the API's `dyad`, or for one
 * side alone from `callsPerPeriod`: one request either way.
 */
import { graphql } from './graphql-client.js';
import type { DyadBucket } from './types.js';

export type Interval = 'WEEK' | 'MONTH' | 'YEAR';

export interface DyadRequest {
  a: string;
  b?: string;
  interval: Interval;
  from?: string;
  to?: string;
}

const DYAD = `query Dyad($a: ID!, $b: ID!, $interval: Interval, $from: Date, $to: Date) {
  dyad(a: $a, b: $b, interval: $interval, from: $from, to: $to) { period count }
}`;

const ONE_SIDE = `query CallsPerPeriod($a: ID!, $interval: Interval, $from: Date, $to: Date) {
  callsPerPeriod(of: $a, interval: $interval, from: $from, to: $to) { period count }
}`;

/** A country code is two letters; anything else is an actor id. */
export const isCountry = (key: string) => /^[A-Za-z]{2}$/.test(key);

export async function fetchDyad(req: DyadRequest): Promise<DyadBucket[]> {
  const vars = { a: req.a, interval: req.interval, from: req.from || null, to: req.to || null };
  if (!req.b) return (await graphql<{ callsPerPeriod: DyadBucket[] }>(ONE_SIDE, vars)).callsPerPeriod;
  return (await graphql<{ dyad: DyadBucket[] }>(DYAD, { ...vars, b: req.b })).dyad;
}
