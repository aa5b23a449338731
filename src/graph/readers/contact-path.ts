/**
 * The shortest chain of calls between two actors, batched: one statement for every key. The
 * search is bounded at 6 calls (12 relationships, the API's cap); a key's own `maxHops` is then
 * checked on the path found. A shortest path longer than `maxHops` means no path within it, so
 * the answer is the same as a search bounded by `maxHops`, and the statement stays one shape.
 *
 * @example
 *   await readContactPaths(store, [{ from: 'olaf-scholz', to: 'joe-biden', maxHops: 4 }]);
 *   // [{ hops: 2, actors: [Scholz, Zelenskyy, Biden], calls: [call_b79e…, call_…] }]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import type { ActorRecord, NodeRecord } from './records.js';
import { nodeWithTextDates } from './relations.js';

/** The longest chain any request may ask for. */
export const MAX_PATH_HOPS = 6;

export interface PathKey {
  from: string;
  to: string;
  maxHops: number;
}

export interface PathRecord {
  hops: number;
  actors: ActorRecord[];
  calls: NodeRecord[];
}

export function contactPathStatement(keys: readonly PathKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  MATCH (a:Actor {id: key.from}), (b:Actor {id: key.to})
  MATCH p = shortestPath((a)-[:TOOK_PART_IN*..${2 * MAX_PATH_HOPS}]-(b))
  WITH key, p WHERE length(p) <= 2 * key.maxHops
  RETURN {
    hops: length(p) / 2,
    actors: [n IN nodes(p) WHERE n:Actor | n {.*}],
    calls: [n IN nodes(p) WHERE n:Call | ${nodeWithTextDates('n', 'Call')}]
  } AS value
}
RETURN key.i AS key, value`;
  return { cypher, params: { keys: keys.map((key, i) => ({ i, from: key.from, to: key.to, maxHops: key.maxHops })) } };
}

export function readContactPaths(store: GraphStore, keys: readonly PathKey[]): Promise<Array<PathRecord | null>> {
  return store.readKeyed<PathRecord | null>(contactPathStatement(keys), keys.map((_, i) => i), null);
}
