/**
 * Q6 written by hand: the contact network of depth 2 around `$center`, as diplograph's
 * `contactNetwork(center, depth: 2, limit)` defines it — the center, then everyone one shared call
 * away, then two, each ring by id, cut at `$limit` nodes (`truncated` says whether any were left
 * out), and one edge per pair of members who shared calls, weighted by how many. The floor runs it
 * as its route; the @neo4j/graphql peer serves it as a `@cypher` query field, as a user of that
 * library would. The second ring is only walked when the first leaves room under the limit.
 * `contactNetworkWalkCypher` walks every shared call (the call-walking floor);
 * `contactNetworkCypher` reads the contact aggregate (`CONTACTED`, docs/graph-model.md), as a user
 * who reads the graph model would.
 */
export const contactNetworkWalkCypher = `MATCH (center:Actor {id: $center})
CALL (center) {
  MATCH (center)-[:TOOK_PART_IN]->(:Call)<-[:TOOK_PART_IN]-(a:Actor) WHERE a <> center
  WITH DISTINCT a ORDER BY a.id
  RETURN collect(a) AS ring1
}
CALL (center, ring1) {
  WITH center, ring1 WHERE size(ring1) + 1 <= $limit
  UNWIND ring1 AS a
  MATCH (a)-[:TOOK_PART_IN]->(:Call)<-[:TOOK_PART_IN]-(b:Actor)
  WHERE b <> center AND NOT b IN ring1
  WITH DISTINCT b ORDER BY b.id
  RETURN collect(b) AS ring2
}
WITH center, ring1, [center] + ring1 + ring2 AS reach
WITH center, ring1, reach[..$limit] AS members, size(reach) > $limit AS truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(b:Actor)
  WHERE a.id < b.id AND b IN members
  WITH a, b, count(DISTINCT c) AS weight ORDER BY a.id, b.id
  RETURN collect({source: a.id, target: b.id, weight: weight}) AS edges
}
RETURN {
  nodes: [m IN members | {id: m.id, name: m.name, depth: CASE WHEN m = center THEN 0 WHEN m IN ring1 THEN 1 ELSE 2 END}],
  edges: edges,
  truncated: truncated
} AS network`;

export const contactNetworkCypher = `MATCH (center:Actor {id: $center})
CALL (center) {
  MATCH (center)-[:CONTACTED]-(a:Actor)
  WITH DISTINCT a ORDER BY a.id
  RETURN collect(a) AS ring1
}
CALL (center, ring1) {
  WITH center, ring1 WHERE size(ring1) + 1 <= $limit
  UNWIND ring1 AS a
  MATCH (a)-[:CONTACTED]-(b:Actor)
  WHERE b <> center AND NOT b IN ring1
  WITH DISTINCT b ORDER BY b.id
  RETURN collect(b) AS ring2
}
WITH center, ring1, [center] + ring1 + ring2 AS reach
WITH center, ring1, reach[..$limit] AS members, size(reach) > $limit AS truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[t:CONTACTED]->(b:Actor)
  WHERE b IN members
  WITH a, b, t.calls AS weight ORDER BY a.id, b.id
  RETURN collect({source: a.id, target: b.id, weight: weight}) AS edges
}
RETURN {
  nodes: [m IN members | {id: m.id, name: m.name, depth: CASE WHEN m = center THEN 0 WHEN m IN ring1 THEN 1 ELSE 2 END}],
  edges: edges,
  truncated: truncated
} AS network`;
