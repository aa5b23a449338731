/**
 * How many dated calls one side took part in per period, batched: one statement for every key. A
 * side is an actor (`id`) or a country (`country`, alpha-2: the calls INVOLVING it, each counted
 * once however many of its actors took part); the unused one is null. Periods are
 * `date.truncate(unit, date)`, as for a dyad (dyad-counts.ts).
 *
 * @example
 *   await readCallsPerPeriod(store, [{ id: null, country: 'UA', unit: 'year', from: null, to: null }]);
 *   // [[{ period: '2022-01-01', count: 5 }]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './page-filters.js';
import type { DyadBucketRecord } from './dyad-counts.js';

export interface CallsPerPeriodKey {
  id: string | null;
  country: string | null;
  unit: 'week' | 'month' | 'year';
  from: string | null;
  to: string | null;
}

export function callsPerPeriodStatement(keys: readonly CallsPerPeriodKey[]): Statement {
  // Each side starts from its index (Actor.id or Country.code); the branch of the other kind finds nothing.
  const cypher = `UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (:Actor {id: key.id})-[:TOOK_PART_IN]->(c:Call) RETURN c
    UNION
    MATCH (:Country {code: key.country})<-[:INVOLVES]-(c:Call) RETURN c
  }
  WITH key, c
  WHERE c.date IS NOT NULL AND ${dateWindow('c.date', keys)}
  WITH date.truncate(key.unit, c.date) AS period, count(c) AS count
  ORDER BY period
  RETURN collect({period: toString(period), count: count}) AS buckets
}
RETURN key.i AS key, buckets AS value`;
  return { cypher, params: { keys: keys.map((key, i) => ({ i, ...key })) } };
}

export function readCallsPerPeriod(store: GraphStore, keys: readonly CallsPerPeriodKey[]): Promise<DyadBucketRecord[][]> {
  return store.readKeyed<DyadBucketRecord[]>(callsPerPeriodStatement(keys), keys.map((_, i) => i), []);
}
