/**
 * Contacts per period for a pair (actor ids or country codes) from the API's `dyad`; for one
 * side alone, which `dyad` does not answer, counted here from the pages of `calls`.
 */
import { graphql } from './graphql-client.js';
import { periodStart } from './period-start.js';
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

const CALLS = `query CallsOf($where: CallWhere, $after: String) {
  calls(where: $where, first: 100, after: $after) {
    edges { node { date } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A country code is two letters; anything else is an actor id. */
export const isCountry = (key: string) => /^[A-Za-z]{2}$/.test(key);

export async function fetchDyad(req: DyadRequest): Promise<DyadBucket[]> {
  if (!req.b) return countCalls(req);
  const vars = { a: req.a, b: req.b, interval: req.interval, from: req.from || null, to: req.to || null };
  return (await graphql<{ dyad: DyadBucket[] }>(DYAD, vars)).dyad;
}

interface CallRow {
  date: string | null;
}

/** Pages through the calls of one side (at most 5,000) and counts them per period. */
async function countCalls(req: DyadRequest): Promise<DyadBucket[]> {
  const where = { ...(isCountry(req.a) ? { country: req.a } : { participant: req.a }), from: req.from || null, to: req.to || null };
  const counts = new Map<string, number>();
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    type Page = { calls: { edges: { node: CallRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const data: Page = await graphql<Page>(CALLS, { where, after });
    for (const { node } of data.calls.edges) {
      if (!node.date) continue;
      const period = periodStart(node.date, req.interval);
      counts.set(period, (counts.get(period) ?? 0) + 1);
    }
    if (!data.calls.pageInfo.hasNextPage) break;
    after = data.calls.pageInfo.endCursor;
  }
  return [...counts].sort(([x], [y]) => x.localeCompare(y)).map(([period, count]) => ({ period, count }));
}
