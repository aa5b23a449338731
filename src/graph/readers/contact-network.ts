/**
 * The contact network around an actor, one batched statement per depth (1, 2 or 3: the quantifier
 * of a path pattern must be a literal, so each depth is its own fixed statement). Everyone within
 * `depth` shared calls of the center is found by ANY SHORTEST (one shortest path per actor, so a
 * dense graph is walked breadth-first, not path by path); only calls in [from, to] count. The
 * nearest `limit` actors are kept, then every pair of them that shared calls in the window
 * becomes an edge, weighted by the number of calls — all aggregated in Cypher.
 *
 * @example
 *   await readContactNetworks(store, 1, [{ center: 'volodymyr-zelenskyy', from: null, to: null, limit: 500 }]);
 *   // [{ nodes: [{ id: 'volodymyr-zelenskyy', depth: 0, callCount: 6, … }, …], edges: [{ source: 'joe-biden', target: 'volodymyr-zelenskyy', weight: 3, … }], truncated: false }]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './date-window.js';
import { readKeyed } from './read-keyed.js';
import type { ActorRecord } from './records.js';

export type NetworkDepth = 1 | 2 | 3;

export interface NetworkKey {
  center: string;
  from: string | null;
  to: string | null;
  /** The most nodes to return, the center included. */
  limit: number;
}

export interface NetworkRecord {
  nodes: Array<ActorRecord & { depth: number; callCount: number }>;
  edges: Array<{ source: string; target: string; weight: number; firstContact: string | null; lastContact: string | null }>;
  truncated: boolean;
}

const EMPTY: NetworkRecord = { nodes: [], edges: [], truncated: false };

export function contactNetworkStatement(depth: NetworkDepth, keys: readonly NetworkKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  MATCH (center:Actor {id: key.center})
  CALL (key, center) {
    MATCH p = ANY SHORTEST (center)((:Actor)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(:Actor)
      WHERE ${dateWindow('c.date')}){1,${depth}}(other:Actor)
    WHERE other <> center
    WITH other, length(p) / 2 AS depth ORDER BY depth, other.id LIMIT toInteger($limit)
    RETURN collect({actor: other, depth: depth}) AS reached
  }
  WITH key, [{actor: center, depth: 0}] + reached AS reachable
  WITH key, reachable[..toInteger(key.limit)] AS kept, size(reachable) > key.limit AS truncated
  CALL (key, kept) {
    UNWIND kept AS k
    WITH k.actor AS a, k.depth AS depth
    RETURN collect(a {.*, depth: depth, callCount: COUNT { (a)-[:TOOK_PART_IN]->(c:Call) WHERE ${dateWindow('c.date')} }}) AS nodes
  }
  CALL (key, kept) {
    WITH key, kept, [k IN kept | k.actor.id] AS ids
    UNWIND kept AS k
    WITH key, ids, k.actor AS a
    MATCH (a)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(b:Actor)
    WHERE a.id < b.id AND b.id IN ids AND ${dateWindow('c.date')}
    WITH a.id AS source, b.id AS target, count(DISTINCT c) AS weight, min(c.date) AS firstContact, max(c.date) AS lastContact
    ORDER BY weight DESC, source, target
    RETURN collect({source: source, target: target, weight: weight, firstContact: firstContact, lastContact: lastContact}) AS edges
  }
  RETURN {nodes: nodes, edges: edges, truncated: truncated} AS value
}
RETURN key.i AS key, value`;
  const params = keys.map((key, i) => ({ i, center: key.center, from: key.from, to: key.to, limit: key.limit }));
  // One LIMIT for the batch (LIMIT cannot depend on the row); each key is then cut to its own limit.
  return { cypher, params: { keys: params, limit: Math.max(0, ...keys.map((k) => k.limit)) } };
}

export function readContactNetworks(store: GraphStore, depth: NetworkDepth, keys: readonly NetworkKey[]): Promise<NetworkRecord[]> {
  return readKeyed<NetworkRecord>(store, contactNetworkStatement(depth, keys), keys.map((_, i) => i), EMPTY);
}
