/**
 * `(:Call)-[:INVOLVES]->(:Country)`: the countries of a call's participants, kept on the call
 * itself. It is derived, never stated: every statement that can change a participant's country
 * or a call's participants re-derives it with these fragments. It makes "the calls of a country"
 * one hop from the country (no DISTINCT over its actors' calls) and their number a degree the
 * server reads without visiting the calls (`COUNT { (:Country)<-[:INVOLVES]-() }`).
 * Fragments only: no values, no parameters. Each starts with `WITH *`, which Cypher requires
 * between a FOREACH and a CALL.
 *
 * @example
 *   `… MERGE (p)-[:TOOK_PART_IN]->(c) …\n${involvesOfCall('c')}`
 */

/**
 * Adds the INVOLVES edges that call `call`'s participants' countries imply (participants are only
 * ever added); with `when`, only for the rows where it holds.
 */
export const involvesOfCall = (call: string, when?: string) => `WITH *
CALL (${when ? '*' : call}) {
  ${when ? `WITH * WHERE ${when}
  ` : ''}MATCH (p:Actor)-[:TOOK_PART_IN]->(${call}) WHERE p.country IS NOT NULL
  WITH DISTINCT ${call}, p.country AS code
  MATCH (k:Country {code: code})
  MERGE (${call})-[:INVOLVES]->(k)
}`;

/**
 * The INVOLVES edges of call `call` made in this statement, whose participants are exactly the
 * actor ids `participants`, when `when` holds: each participant read by its id (no walk of the
 * call's TOOK_PART_IN edges) and each country's edge created (the new call has none yet).
 */
export const involvesOfNewCall = (call: string, participants: string, when: string) => `WITH *
CALL (*) {
  WITH * WHERE ${when}
  UNWIND ${participants} AS pid
  MATCH (p:Actor {id: pid}) WHERE p.country IS NOT NULL
  WITH DISTINCT ${call}, p.country AS code
  MATCH (k:Country {code: code})
  CREATE (${call})-[:INVOLVES]->(k)
}`;

/**
 * Re-derives the INVOLVES edges of every call of actor `a` when its country is no longer
 * `countryBefore` (set for the first time, or changed by the gazetteer); costs nothing otherwise.
 */
export const involvesAfterCountryChange = `WITH *
CALL (a, countryBefore) {
  MATCH (a)-[:TOOK_PART_IN]->(c:Call)
  WHERE a.country IS NOT NULL AND (countryBefore IS NULL OR countryBefore <> a.country)
  CALL (c) {
    OPTIONAL MATCH (c)-[old:INVOLVES]->()
    DELETE old
  }
  ${involvesOfCall('c').replace(/\n/g, '\n  ')}
}`;
