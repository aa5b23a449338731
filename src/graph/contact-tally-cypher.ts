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
 *
 * What it reads, kept to what the count needs (PROFILE: bench/results/writer-ab.md, session 17):
 * - each participant's id once, carried beside its node (`[x, x.id]`), and each edge key computed
 *   once per pair from those ids: a key written as `pairKey('a.id', 'b.id')` at the MERGE read
 *   the ids again at the seek and again at its locking re-seek (six reads per merge);
 * - TOOK_PART_IN is only ever drawn from an Actor (the model), so its far end is not label-checked;
 * - a pair new to the aggregate (its `CONTACTED` edge made by this MERGE, so its `calls` are this
 *   statement's sum) has no month yet: its `CONTACTED_IN` edges are CREATEd, without the seek and
 *   locking re-seek of a MERGE (about two thirds of a batch's pairs at M are new). An existing
 *   pair's `calls` only ever grow from 1 (an undated call taken out by `untallyCall` leaves its
 *   dated twin's count), and its months are MERGEd. The key constraint would refuse a second edge.
 */
export const tallyCalls = (ids: string) => `UNWIND ${ids} AS id
MATCH (c:Call {id: id})
WITH c, c.tallied AS tallied
WHERE tallied IS NULL OR size(tallied) < COUNT { (c)<-[:TOOK_PART_IN]-() }
WITH DISTINCT c, coalesce(tallied, []) AS before
WITH c, before, COLLECT { MATCH (x)-[:TOOK_PART_IN]->(c) WITH x, x.id AS xid ORDER BY xid RETURN [x, xid] } AS people
SET c.tallied = [p IN people | p[1]]
WITH c.date AS day, people, before
UNWIND range(0, size(people) - 2) AS i
UNWIND range(i + 1, size(people) - 1) AS j
WITH day, people[i][0] AS a, people[i][1] AS aid, people[j][0] AS b, people[j][1] AS bid, before
WHERE NOT (aid IN before AND bid IN before)
WITH a, b, aid, bid, count(*) AS calls, count(day) AS dated, min(day) AS first, max(day) AS last, collect(day) AS days
WITH a, b, aid, bid, calls, dated, first, last, days, ${pairKey('aid', 'bid')} AS key
MERGE (a)-[t:CONTACTED {key: key}]->(b)
ON CREATE SET t.calls = calls, t.undated = calls - dated, t.first = first, t.last = last
ON MATCH SET t.calls = t.calls + calls,
    t.undated = t.undated + calls - dated,
    t.first = CASE WHEN first IS NOT NULL AND (t.first IS NULL OR first < t.first) THEN first ELSE t.first END,
    t.last = CASE WHEN last IS NOT NULL AND (t.last IS NULL OR last > t.last) THEN last ELSE t.last END
WITH a, b, aid, bid, days, t.calls = calls AS fresh
UNWIND days AS day
WITH a, b, aid, bid, fresh, date.truncate('month', day) AS month, collect(day.day) AS added
// Sorted, so the edge is the same whatever order its calls were written in.
WITH a, b, fresh, month, ${monthKey('aid', 'bid', 'month')} AS key, COLLECT { UNWIND added AS d RETURN d ORDER BY d } AS added
FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END |
  CREATE (a)-[:CONTACTED_IN {key: key, month: month, calls: size(added), days: added}]->(b))
FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END |
  MERGE (a)-[m:CONTACTED_IN {key: key}]->(b)
  ON CREATE SET m.month = month, m.calls = 0, m.days = []
  SET m.calls = m.calls + size(added), m.days = COLLECT { UNWIND m.days + added AS d RETURN d ORDER BY d })`;

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
