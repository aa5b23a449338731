/**
 * The contact aggregate two ways, in one canonical form (pair by pair, month by month): walked from
 * the calls, and read from CONTACTED / CONTACTED_IN (src/graph/contact-tally-cypher.ts). Equal
 * after every write path: the writer, the migration, `import jsonl`.
 *
 * @example
 *   expect(await aggregated(store)).toEqual(await walked(store));
 */
import type { GraphStore } from '../../src/graph/graph-store.js';

/** Every pair's shared calls and every pair-month, counted by walking the calls. */
export async function walked(store: GraphStore) {
  return store.read({
    cypher: `MATCH (a:Actor)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(b:Actor) WHERE a.id < b.id
WITH a.id AS a, b.id AS b, collect(c) AS calls
RETURN a, b, size(calls) AS calls, size([c IN calls WHERE c.date IS NULL]) AS undated,
       toString(reduce(m = null, c IN calls | CASE WHEN c.date IS NOT NULL AND (m IS NULL OR c.date < m) THEN c.date ELSE m END)) AS first,
       toString(reduce(m = null, c IN calls | CASE WHEN c.date IS NOT NULL AND (m IS NULL OR c.date > m) THEN c.date ELSE m END)) AS last,
       COLLECT { UNWIND calls AS c WITH c WHERE c.date IS NOT NULL
                 WITH date.truncate('month', c.date) AS month, c.date.day AS day ORDER BY month, day
                 WITH month, collect(day) AS days RETURN [toString(month), size(days), days] ORDER BY month } AS months
ORDER BY a, b`,
    params: {},
  });
}

/** The same, read from the aggregate (one CONTACTED edge per pair: a second one would show as a second row). */
export async function aggregated(store: GraphStore) {
  return store.read({
    cypher: `MATCH (x:Actor)-[t:CONTACTED]->(y:Actor)
RETURN x.id AS a, y.id AS b, t.calls AS calls, t.undated AS undated, toString(t.first) AS first, toString(t.last) AS last,
       COLLECT { MATCH (x)-[m:CONTACTED_IN]->(y) RETURN [toString(m.month), m.calls, m.days] ORDER BY m.month } AS months
ORDER BY a, b`,
    params: {},
  });
}
