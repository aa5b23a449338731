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
 * The TOOK_PART_IN and INVOLVES edges of call `call`, made in this statement with the actor ids
 * `participants` (each once), when `when` holds: each participant sought (made when unknown) once,
 * its edge to the call created, and one INVOLVES edge created per country among them (the new call
 * has no edge yet). An actor made here has no country, so it adds no INVOLVES edge.
 */
export const participantsOfNewCall = (call: string, participants: string, when: string) => `WITH *
CALL (*) {
  WITH * WHERE ${when}
  UNWIND ${participants} AS pid
  MERGE (p:Actor {id: pid})
  CREATE (p)-[:TOOK_PART_IN]->(${call})
  WITH ${call}, p.country AS code WHERE code IS NOT NULL
  WITH DISTINCT ${call}, code
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
