/**
 * How many dated calls two sides shared per period, batched: one statement for every key. A side
 * is an actor (`a`/`b`, an id) or a country (`aCountry`/`bCountry`, alpha-2: every actor of it);
 * the unused one is null. Calls are counted once however many actors of each side took part.
 * Periods are `date.truncate(unit, date)`: the Monday of an ISO week, the 1st of a month or year.
 * Two actors are answered from the contact aggregate's months (docs/graph-model.md).
 *
 * @example
 *   await readDyads(store, [{ a: 'joe-biden', aCountry: null, b: null, bCountry: 'UA', unit: 'month', from: null, to: null }]);
 *   // [[{ period: '2022-02-01', count: 2 }, { period: '2022-03-01', count: 1 }]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './page-filters.js';

export interface DyadKey {
  a: string | null;
  aCountry: string | null;
  b: string | null;
  bCountry: string | null;
  unit: 'week' | 'month' | 'year';
  from: string | null;
  to: string | null;
}

export interface DyadBucketRecord {
  period: string;
  count: number;
}

export function dyadStatement(keys: readonly DyadKey[]): Statement {
  // Two actors: the pair's months in the contact aggregate (src/graph/contact-tally-cypher.ts), each
  // call's day rebuilt from the month and its `days`, so no call is read. A country side: each
  // side starts from an index (Actor.id or Actor.country), the other side is a filter, and a call
  // is counted once however many actors of each side took part.
  const cypher = `UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (:Actor {id: key.a})-[m:CONTACTED_IN]-(:Actor {id: key.b})
    WHERE key.aCountry IS NULL AND key.bCountry IS NULL
      AND (key.from IS NULL OR m.month >= date.truncate('month', date(key.from))) AND (key.to IS NULL OR m.month <= date(key.to))
    UNWIND m.days AS d
    WITH key, date({year: m.month.year, month: m.month.month, day: d}) AS day
    WHERE ${dateWindow('day')}
    RETURN date.truncate(key.unit, day) AS period
    UNION ALL
    CALL (key) {
      MATCH (x:Actor {id: key.a}) RETURN x
      UNION
      MATCH (x:Actor {country: key.aCountry}) RETURN x
    }
    WITH key, x WHERE key.aCountry IS NOT NULL OR key.bCountry IS NOT NULL
    MATCH (x)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(y:Actor)
    WHERE c.date IS NOT NULL AND ${dateWindow('c.date')}
      AND (y.id = key.b OR y.country = key.bCountry)
    WITH DISTINCT key, c
    RETURN date.truncate(key.unit, c.date) AS period
  }
  WITH period, count(*) AS count
  ORDER BY period
  RETURN collect({period: period, count: count}) AS buckets
}
RETURN key.i AS key, buckets AS value`;
  const params = keys.map((key, i) => ({ i, ...key }));
  return { cypher, params: { keys: params } };
}

export function readDyads(store: GraphStore, keys: readonly DyadKey[]): Promise<DyadBucketRecord[][]> {
  return store.readKeyed<DyadBucketRecord[]>(dyadStatement(keys), keys.map((_, i) => i), []);
}
