/**
 * The floor: the benchmark's questions answered with hand-written Cypher through the driver, one
 * statement per request, over plain node:http — no GraphQL, no DataLoader, no validation. What a
 * careful developer would write by hand for each screen; the fastest the API could hope to be.
 * Routes take their arguments as query-string parameters and answer JSON.
 *
 * @example
 *   GET /q1?name=Aurelio%20Arslan   → { leader: {…}, calls: [ … 20 calls with participants and countries … ] }
 *   GET /q6?center=aurelio-arslan&limit=500 → { network: { nodes, edges, truncated } }
 *   GET /q4?afterDate=2025-03-02&afterId=call_…&first=20
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { contactNetworkCypher, contactNetworkWalkCypher } from './network-cypher.js';

/**
 * The top `$first` counterparts of `l`, in diplograph's order (most shared calls, latest, id),
 * from the contact aggregate: one CONTACTED edge per counterpart (docs/graph-model.md).
 */
const topCounterparts = (l: string, first: string, as: string) => `CALL (${l}) {
    MATCH (${l})-[t:CONTACTED]-(other:Actor)
    WITH other, t.calls AS callCount, t.last AS lastContact
    ORDER BY callCount DESC, lastContact DESC, other.id
    LIMIT ${first}
    RETURN collect({id: other.id, name: other.name, callCount: callCount}) AS ${as}
  }`;

/** The same, walking every shared call (the call-walking floor). */
const topCounterpartsWalk = (l: string, first: string, as: string) => `CALL (${l}) {
    MATCH (${l})-[:TOOK_PART_IN]->(shared:Call)<-[:TOOK_PART_IN]-(other:Actor)
    WHERE other <> ${l}
    WITH other, count(DISTINCT shared) AS callCount, max(shared.date) AS lastContact
    ORDER BY callCount DESC, lastContact DESC, other.id
    LIMIT ${first}
    RETURN collect({id: other.id, name: other.name, callCount: callCount}) AS ${as}
  }`;

export const floorCypher = {
  /** Q1: a leader by name, its 20 latest calls, their participants and the participants' countries. */
  q1: `MATCH (l:Actor {name: $name}) WHERE l:Leader
CALL (l) {
  MATCH (l)-[:TOOK_PART_IN]->(c:Call)
  WITH c ORDER BY c.date DESC, c.id ASC LIMIT 20
  RETURN collect(c {.id, date: toString(c.date), .medium,
    participants: COLLECT { MATCH (p:Actor)-[:TOOK_PART_IN]->(c)
      OPTIONAL MATCH (k:Country {code: p.country})
      RETURN p {.id, .name, country: k {.code, .name}} }}) AS calls
}
RETURN l {.id, .name} AS leader, calls`,

  /** Q2: one page of the calls within [from, to], newest first, with participants, topics and tweets. */
  q2: `MATCH (c:Call) WHERE c.date >= date($from) AND c.date <= date($to)
WITH c ORDER BY c.date DESC, c.id ASC LIMIT $first
RETURN collect(c {.id, date: toString(c.date),
  participants: COLLECT { MATCH (p:Actor)-[:TOOK_PART_IN]->(c) RETURN p.name },
  topics: COLLECT { MATCH (c)-[:DISCUSSED]->(t:Topic) RETURN t.name },
  tweets: COLLECT { MATCH (t:Tweet)-[:ABOUT]->(c) RETURN t {.id, .text} }}) AS calls`,

  /** Q3: a country, its leaders, and each leader's ten most frequent counterparts. */
  q3: `MATCH (k:Country {code: $code})
CALL (k) {
  MATCH (l:Leader)-[:HOLDS_OFFICE]->(k)
  WITH DISTINCT l ORDER BY l.name
  ${topCounterparts('l', '10', 'counterparts')}
  RETURN collect({name: l.name, counterparts: counterparts}) AS leaders
}
RETURN k.name AS country, leaders`,

  /** Q4: a page of all calls newest first; keyset after (afterDate, afterId) so page 50 costs what page 1 does. */
  q4First: `MATCH (c:Call) WHERE c.date IS NOT NULL
WITH c ORDER BY c.date DESC, c.id ASC LIMIT $first
RETURN collect(c {.id, date: toString(c.date), .medium}) AS calls`,
  q4After: `MATCH (c:Call) WHERE c.date <= date($afterDate) AND (c.date < date($afterDate) OR c.id > $afterId)
WITH c ORDER BY c.date DESC, c.id ASC LIMIT $first
RETURN collect(c {.id, date: toString(c.date), .medium}) AS calls`,

  /**
   * Q5: how many calls an actor of the country took part in. The graph keeps each call's
   * participants' countries as `(:Call)-[:INVOLVES]->(:Country)` (docs/graph-model.md), so the
   * answer is the country's INVOLVES degree, which Neo4j reads from its counts.
   */
  q5: `MATCH (k:Country {code: $code})
RETURN COUNT { (k)<-[:INVOLVES]-() } AS totalCount`,

  /** Q6: the contact network of depth 2 around a leader (network-cypher.ts). */
  q6: contactNetworkCypher,

  /** Q6b: a leader's ten most frequent counterparts, and each of theirs. */
  q6b: `MATCH (l:Actor {name: $name}) WHERE l:Leader
${topCounterparts('l', '10', 'contacts')}
UNWIND contacts AS contact
MATCH (contactNode:Actor {id: contact.id})
${topCounterparts('contactNode', '10', 'second')}
RETURN l.name AS name, collect(contact {.*, counterparts: second}) AS counterparts`,
} as const;

/** The call-walking floor: the floor's statements, with Q3, Q6 and Q6b walking every shared call. */
export const walkFloorCypher: Record<keyof typeof floorCypher, string> = {
  ...floorCypher,
  q3: floorCypher.q3.replace(topCounterparts('l', '10', 'counterparts'), topCounterpartsWalk('l', '10', 'counterparts')),
  q6: contactNetworkWalkCypher,
  q6b: floorCypher.q6b
    .replace(topCounterparts('l', '10', 'contacts'), topCounterpartsWalk('l', '10', 'contacts'))
    .replace(topCounterparts('contactNode', '10', 'second'), topCounterpartsWalk('contactNode', '10', 'second')),
};

type Route = (p: URLSearchParams) => { cypher: string; params: Record<string, unknown> };

const routesOf = (floorCypher: Record<keyof typeof walkFloorCypher, string>): Record<string, Route> => ({
  '/q1': (p) => ({ cypher: floorCypher.q1, params: { name: p.get('name') } }),
  '/q2': (p) => ({ cypher: floorCypher.q2, params: { from: p.get('from'), to: p.get('to'), first: int(p, 'first', 100) } }),
  '/q3': (p) => ({ cypher: floorCypher.q3, params: { code: p.get('code') } }),
  '/q4': (p) =>
    p.get('afterId')
      ? { cypher: floorCypher.q4After, params: { afterDate: p.get('afterDate'), afterId: p.get('afterId'), first: int(p, 'first', 20) } }
      : { cypher: floorCypher.q4First, params: { first: int(p, 'first', 20) } },
  '/q5': (p) => ({ cypher: floorCypher.q5, params: { code: p.get('code') } }),
  '/q6': (p) => ({ cypher: floorCypher.q6, params: { center: p.get('center'), limit: int(p, 'limit', 500) } }),
  '/q6b': (p) => ({ cypher: floorCypher.q6b, params: { name: p.get('name') } }),
});

/**
 * The statement the floor sends for a route path with its query string (`/q4?first=20`), for the
 * benchmarks that ask the floor in their own process (request-phases.ts).
 */
export function floorStatement(path: string, walk = false): { cypher: string; params: Record<string, unknown> } {
  const url = new URL(path, 'http://floor');
  const route = routesOf(walk ? walkFloorCypher : floorCypher)[url.pathname];
  if (!route) throw new Error(`the floor has no route ${url.pathname}`);
  return route(url.searchParams);
}

/**
 * A node:http request listener; `driver` should be opened with `disableLosslessIntegers: true`.
 * `walk`: the call-walking floor's statements. `timeoutMs`: Neo4j ends a statement that runs longer
 * (the answer is a 500), so a statement that may never finish at L does not hold the run.
 */
export function createFloorHandler(driver: Driver, walk = false, timeoutMs?: number) {
  const routes = routesOf(walk ? walkFloorCypher : floorCypher);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    const route = routes[url.pathname];
    if (!route) return send(res, 404, { error: `no route ${url.pathname}; try one of ${Object.keys(routes).join(', ')}` });
    try {
      const { cypher, params } = route(url.searchParams);
      // No bookmark manager: these are independent reads, as a hand-written endpoint would do them.
      const result = await driver.executeQuery(cypher, params, { routing: 'READ', bookmarkManager: null, ...(timeoutMs ? { transactionConfig: { timeout: timeoutMs } } : {}) });
      const record = result.records[0];
      send(res, 200, record ? record.toObject() : null);
    } catch (err) {
      send(res, 500, { error: (err as Error).message });
    }
  };
}

/** A LIMIT must reach Cypher as an Integer, not as a JS number (which the driver sends as a float). */
function int(p: URLSearchParams, name: string, fallback: number): Integer {
  const value = Number(p.get(name) ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got ${p.get(name)}`);
  return neo4j.int(value);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
