/**
 * The contact network around an actor, one batched statement per depth (1, 2 or 3: the quantifier
 * of a path pattern must be a literal, so each depth is its own fixed statement). Everyone within
 * `depth` shared calls of the center is found ring by ring (breadth-first); only calls in
 * [from, to] count. The
 * nearest `limit` actors are kept, then every pair of them that shared calls in the window
 * becomes an edge, weighted by the number of calls — all aggregated in Cypher.
 *
 * @example
 *   await readContactNetworks(store, 1, [{ center: 'volodymyr-zelenskyy', from: null, to: null, limit: 500 }]);
 *   // [{ nodes: [{ id: 'volodymyr-zelenskyy', depth: 0, callCount: 6, … }, …], edges: [{ source: 'joe-biden', target: 'volodymyr-zelenskyy', weight: 3, … }], truncated: false }]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './page-filters.js';
import { reachedFrom, sharedCalls } from './shared-calls.js';
import type { ActorRecord } from './records.js';

export type NetworkDepth = 1 | 2 | 3;

export interface NetworkKey {
  center: string;
  from: string | null;
  to: string | null;
  /** The most nodes to return, the center included. */
  limit: number;
  /** Whether edges need their first and last contact. */
  contactDates?: boolean;
}

export interface NetworkRecord {
  nodes: Array<Pick<ActorRecord, 'id' | 'name' | 'kind' | 'country'> & { depth: number; callCount: number }>;
  edges: Array<{ source: string; target: string; weight: number; firstContact: string | null; lastContact: string | null }>;
  truncated: boolean;
}

const EMPTY: NetworkRecord = { nodes: [], edges: [], truncated: false };

/**
 * Everyone within `depth` shared calls of the center, ring by ring: ring n is the co-participants
 * of ring n-1 not seen before, in id order. A ring is read only while the rings before it hold
 * fewer than the limit (beyond it the answer is truncated anyway). Ring by ring is several times
 * cheaper than a shortest-path search per actor (bench/results/history.md, cause 6).
 */
function rings(depth: NetworkDepth, keys: readonly NetworkKey[]): string {
  const parts: string[] = [];
  for (let n = 1; n <= depth; n++) {
    const seen = n === 1 ? '[center]' : `[center] + ${Array.from({ length: n - 1 }, (_, k) => `ring${k + 1}`).join(' + ')}`;
    const from = n === 1 ? 'WITH key, center, center AS r' : `WITH key, center, ${seen} AS seen, ring${n - 1} AS previous
    WHERE size(seen) <= toInteger($limit)
    UNWIND previous AS r`;
    const args = n === 1 ? 'key, center' : `key, center, ${Array.from({ length: n - 1 }, (_, k) => `ring${k + 1}`).join(', ')}`;
    parts.push(`  CALL (${args}) {
    ${from}
    ${reachedFrom('r', 'other', keys).replace(/\n/g, '\n  ')}
    WITH other WHERE ${n === 1 ? 'other <> center' : 'NOT other IN seen'}
    WITH DISTINCT other ORDER BY other.id
    RETURN collect(other) AS ring${n}
  }`);
  }
  const reached = Array.from({ length: depth }, (_, k) => `[o IN ring${k + 1} | {actor: o, depth: ${k + 1}}]`).join(' + ');
  return `${parts.join('\n')}
  WITH key, center, (${reached})[..toInteger($limit)] AS reached`;
}

export function contactNetworkStatement(depth: NetworkDepth, keys: readonly NetworkKey[]): Statement {
  // An edge's first and last contact are read only when some key of the batch asks for them.
  const dates = keys.some((key) => key.contactDates);
  const cypher = `UNWIND $keys AS key
CALL (key) {
  MATCH (center:Actor {id: key.center})
${rings(depth, keys)}
  WITH key, [{actor: center, depth: 0}] + reached AS reachable
  WITH key, reachable[..toInteger(key.limit)] AS kept, size(reachable) > key.limit AS truncated
  CALL (key, kept) {
    UNWIND kept AS k
    WITH k.actor AS a, k.depth AS depth
    // Without a window a node's call count is its degree, which the server reads without visiting the calls.
    // Only what a NetworkNode shows: five hundred actors' aliases, handles and search text would
    // be read and sent for nothing.
    RETURN collect(a {.id, .name, .kind, .country, depth: depth, callCount: CASE WHEN key.from IS NULL AND key.to IS NULL
      THEN COUNT { (a)-[:TOOK_PART_IN]->() }
      ELSE COUNT { (a)-[:TOOK_PART_IN]->(c:Call) WHERE ${dateWindow('c.date')} } END}) AS nodes
  }
  CALL (key, kept) {
    // Members compared as nodes: a list of ids would be compared string by string, row by row.
    // Each pair once, from its lower id, read from the contact aggregate (shared-calls.ts): a
    // network of 500 busy actors reads their contact edges, not their calls.
    WITH key, kept, [k IN kept | k.actor] AS members
    UNWIND kept AS k
    // The source's id read once per member, not once per edge.
    WITH key, members, k.actor AS a, k.actor.id AS source
    ${sharedCalls('a', 'b', 'members', keys, dates).replace(/\n/g, '\n  ')}
    WITH source, b.id AS target, calls AS weight, ${dates ? 'toString(first) AS firstContact, toString(last) AS lastContact' : 'null AS firstContact, null AS lastContact'}
    ORDER BY weight DESC, source, target
    // Each edge as a list, not a map: thousands of maps would each carry their five keys' names,
    // and decoding those was a third of the service's time on a 4,000-edge network.
    RETURN collect([source, target, weight, firstContact, lastContact]) AS edges
  }
  RETURN {nodes: nodes, edges: edges, truncated: truncated} AS value
}
RETURN key.i AS key, value`;
  const params = keys.map((key, i) => ({ i, center: key.center, from: key.from, to: key.to, limit: key.limit }));
  // One LIMIT for the batch (LIMIT cannot depend on the row); each key is then cut to its own limit.
  return { cypher, params: { keys: params, limit: Math.max(0, ...keys.map((k) => k.limit)) } };
}

type EdgeRow = [string, string, number, string | null, string | null];

export async function readContactNetworks(store: GraphStore, depth: NetworkDepth, keys: readonly NetworkKey[]): Promise<NetworkRecord[]> {
  const read = await store.readKeyed<Omit<NetworkRecord, 'edges'> & { edges: EdgeRow[] }>(
    contactNetworkStatement(depth, keys),
    keys.map((_, i) => i),
    { ...EMPTY, edges: [] },
  );
  return read.map((network) => ({
    ...network,
    edges: network.edges.map(([source, target, weight, firstContact, lastContact]) => ({ source, target, weight, firstContact, lastContact })),
  }));
}
