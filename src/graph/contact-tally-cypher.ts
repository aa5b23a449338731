/**
 * The contact aggregate: per pair of actors who shared calls, what the graph questions read
 * instead of walking every call (counterparts, contact networks, dyads; docs/graph-model.md,
 * "The contact aggregate"):
 * - `(a:Actor)-[:CONTACTED {calls, undated, first, last}]->(b:Actor)`, a.id < b.id: every shared
 *   call, the undated ones among them, the first and last day of the dated ones;
 * - `(a:Actor)-[:CONTACTED_IN {month, calls, days}]->(b:Actor)`, one per month of dated shared
 *   calls: `month` its first day, `days` the day of the month of each call, sorted (a window that
 *   cuts a month is counted from them, exactly).
 * Both carry `key`, made of the pair's ids (and the month: `pairKey`, `monthKey`), under a
 * relationship uniqueness constraint (schema/constraints.cypher): the writer finds an edge by one
 * index seek. Merged by its endpoints alone, an edge was looked for among all the aggregate edges
 * of the pair's less busy actor — every counterpart and every month — so each call written cost
 * more as the graph grew (at 200k calls, about 730 reads per month edge merged).
 * Each call is counted once, when a write transaction that wrote it ends (`tallyContactsStatement`,
 * run by write-facts.ts after the fact statements, in the same transaction), and marked with the
 * participants it was counted for (`Call.tallied`, sorted ids): writing it again finds it counted
 * and changes nothing; a participant added later adds only the pairs it makes. A call leaves the
 * graph only when an undated call folds into its dated twin (same-contact-cypher.ts), which
 * `untallyCall` takes out first. Calls never change their date. So the aggregate equals the count
 * over the calls after every committed write (tests/integration/contact-aggregate.test.ts).
 *
 * @example
 *   await store.writeAll([...factStatements, tallyContactsStatement(['call_…', 'call_…'])]);
 */
import type { Statement } from './graph-store.js';

/**
 * The key of the `CONTACTED` edge of actor ids `a` < `b`: "7:abe-lee kim-jong", the first id's
 * length first, so that no two pairs share a key even when ids hold spaces.
 */
export const pairKey = (a: string, b: string) => `toString(size(${a})) + ':' + ${a} + ' ' + ${b}`;

/** The key of the `CONTACTED_IN` edge of actor ids `a` < `b` and month `month` (a Date, its first day). */
export const monthKey = (a: string, b: string, month: string) => `${pairKey(a, b)} + ' ' + toString(${month})`;

/**
 * Counts the calls whose ids are the Cypher list `ids` (those folded into another call are no node
 * and are skipped) that are not yet counted for all their participants, in one pass: each call
 * marked, its new pairs summed per pair over the list, and each pair's `CONTACTED` edge and each
 * of its months' `CONTACTED_IN` edge merged once with the sums (calls, undated, first, last; a
 * month's days). Sums, minima, maxima and a sorted list do not depend on the order of the calls,
 * so any split of the calls into lists gives the same edges; a batch of 40 articles of M has
 * 1,919 (call, pair) rows but far fewer pairs. The one definition of the count: the writer runs it
 * over a write's calls (`tallyContactsStatement`), the migration over a step's (migrate.ts).
 */
export const tallyCalls = (ids: string) => `UNWIND ${ids} AS id
MATCH (c:Call {id: id})
WHERE c.tallied IS NULL OR size(c.tallied) < COUNT { (c)<-[:TOOK_PART_IN]-() }
WITH DISTINCT c
WITH c, COLLECT { MATCH (x:Actor)-[:TOOK_PART_IN]->(c) RETURN x ORDER BY x.id } AS people, coalesce(c.tallied, []) AS before
SET c.tallied = [p IN people | p.id]
WITH c.date AS day, people, before
UNWIND range(0, size(people) - 2) AS i
UNWIND range(i + 1, size(people) - 1) AS j
WITH day, people[i] AS a, people[j] AS b, before
WHERE NOT (a.id IN before AND b.id IN before)
WITH a, b, count(*) AS calls, count(day) AS dated, min(day) AS first, max(day) AS last, collect(day) AS days
MERGE (a)-[t:CONTACTED {key: ${pairKey('a.id', 'b.id')}}]->(b)
ON CREATE SET t.calls = 0, t.undated = 0
SET t.calls = t.calls + calls,
    t.undated = t.undated + calls - dated,
    t.first = CASE WHEN first IS NOT NULL AND (t.first IS NULL OR first < t.first) THEN first ELSE t.first END,
    t.last = CASE WHEN last IS NOT NULL AND (t.last IS NULL OR last > t.last) THEN last ELSE t.last END
WITH a, b, days
UNWIND days AS day
WITH a, b, date.truncate('month', day) AS month, collect(day.day) AS added
MERGE (a)-[m:CONTACTED_IN {key: ${monthKey('a.id', 'b.id', 'month')}}]->(b)
ON CREATE SET m.month = month, m.calls = 0, m.days = []
// Sorted, so the edge is the same whatever order its calls were written in.
SET m.calls = m.calls + size(added), m.days = COLLECT { UNWIND m.days + added AS d RETURN d ORDER BY d }`;

/** The statement that counts the calls `callIds` of a write in the aggregate; null when there are none. */
export function tallyContactsStatement(callIds: readonly string[]): Statement | null {
  if (callIds.length === 0) return null;
  return { cypher: tallyCalls('$calls'), params: { calls: [...new Set(callIds)] } };
}

/**
 * Takes undated call `u` (bound) out of the aggregate before it is deleted: one call less for
 * each pair it was counted for. An undated call is in no CONTACTED_IN month and no first/last,
 * and the dated call it folds into has the same participants, so no edge drops to nothing.
 */
export const untallyCall = (call: string) => `CALL (${call}) {
  WITH coalesce(${call}.tallied, []) AS ids
  UNWIND range(0, size(ids) - 2) AS i
  UNWIND range(i + 1, size(ids) - 1) AS j
  MATCH (:Actor)-[t:CONTACTED {key: ${pairKey('ids[i]', 'ids[j]')}}]->(:Actor)
  SET t.calls = t.calls - 1, t.undated = t.undated - 1
}`;
