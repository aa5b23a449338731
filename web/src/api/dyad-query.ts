/**
 * Contacts per period for a pair (actor ids or country codes) from the API's `dyad`, or for one
 * side alone from `callsPerPeriod`: one request either way.
 */
import { graphql } from '../gql/gql.js';
import type { Interval } from '../gql/graphql.js';
import { execute } from './graphql-client.js';

export type { Interval };

export interface DyadRequest {
  a: string;
  b?: string;
  interval: Interval;
  from?: string;
  to?: string;
}

/** One period's contacts, as `dyad` and `callsPerPeriod` return them. */
export interface DyadBucket {
  period: string;
  count: number;
}

const DyadQuery = graphql(`
  query Dyad($a: ID!, $b: ID!, $interval: Interval, $from: Date, $to: Date) {
    dyad(a: $a, b: $b, interval: $interval, from: $from, to: $to) { period count }
  }
`);

const OneSideQuery = graphql(`
  query CallsPerPeriod($a: ID!, $interval: Interval, $from: Date, $to: Date) {
    callsPerPeriod(of: $a, interval: $interval, from: $from, to: $to) { period count }
  }
`);

/** A country code is two letters; anything else is an actor id. */
export const isCountry = (key: string) => /^[A-Za-z]{2}$/.test(key);

export async function fetchDyad(req: DyadRequest): Promise<DyadBucket[]> {
  const vars = { a: req.a, interval: req.interval, from: req.from || null, to: req.to || null };
  if (!req.b) return (await execute(OneSideQuery, vars)).callsPerPeriod;
  return (await execute(DyadQuery, { ...vars, b: req.b })).dyad;
}
