/**
 * The calls an article added to the graph: those it reports that no other article reports. Read
 * once the article's transaction has committed, for the live `contactAdded` event. A call that
 * another source reported first (or an undated report that a dated one absorbed, whose REPORTS
 * moved to the dated call: same-contact-cypher.ts) has a second article and is not "added".
 *
 * Why after the commit and not from the writer's counters: the writer MERGEs, and its summary
 * counts nodes, not which ones; the graph itself says which calls this article alone reports.
 * A second article committed between the write and this read can make its call look known: that
 * call is then announced by neither article's `contactAdded` (both still send `articleIngested`).
 *
 * @example
 *   await readAddedCalls(store, 'art_07c8ae4b511719ab');
 *   // [{ id: 'call_ce02…', actors: ['joe-biden', 'volodymyr-zelenskyy'], countries: ['UA', 'US'] }]
 */
import type { GraphStore, Statement } from './graph-store.js';

export interface AddedCall {
  id: string;
  /** Participant ids, sorted. */
  actors: string[];
  /** The participants' country codes (the call's INVOLVES edges), sorted. */
  countries: string[];
}

/** In the order the article first states them (its earliest REPORTS offset). */
export const ADDED_CALLS_CYPHER = `MATCH (art:Article {id: $articleId})-[r:REPORTS]->(c:Call)
WHERE NOT EXISTS { MATCH (other:Article)-[:REPORTS]->(c) WHERE other <> art }
WITH c, min(r.start) AS first
ORDER BY first, c.id
RETURN c.id AS id,
  COLLECT { MATCH (x:Actor)-[:TOOK_PART_IN]->(c) RETURN x.id AS x ORDER BY x } AS actors,
  COLLECT { MATCH (c)-[:INVOLVES]->(k:Country) RETURN k.code AS k ORDER BY k } AS countries`;

export function addedCallsStatement(articleId: string): Statement {
  return { cypher: ADDED_CALLS_CYPHER, params: { articleId } };
}

export async function readAddedCalls(store: GraphStore, articleId: string): Promise<AddedCall[]> {
  const rows = await store.read(addedCallsStatement(articleId));
  return rows.map((row) => ({ id: String(row.id), actors: row.actors as string[], countries: row.countries as string[] }));
}
