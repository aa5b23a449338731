/**
 * The calls two actors shared in a window, newest first (undated last), batched: one statement
 * for every (a, b, window, take) key. Behind `NetworkEdge.calls`.
 *
 * @example
 *   await readCallsBetween(store, [{ a: 'joe-biden', b: 'volodymyr-zelenskyy', from: null, to: null, take: 20 }]);
 *   // [[{ id: 'call_ce02b0266cb16a01', date: '2022-03-01', … }, …]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './page-filters.js';
import type { NodeRecord } from './records.js';
import { nodeWithTextDates } from './relations.js';

export interface CallsBetweenKey {
  a: string;
  b: string;
  from: string | null;
  to: string | null;
  take: number;
}

export function callsBetweenStatement(keys: readonly CallsBetweenKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  MATCH (:Actor {id: key.a})-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(:Actor {id: key.b})
  WHERE ${dateWindow('c.date')}
  // Newest first, undated calls last (DESC alone would put nulls first: \`IS NULL\` sorts false before true).
  WITH DISTINCT c ORDER BY c.date IS NULL, c.date DESC, c.id LIMIT toInteger($limit)
  RETURN collect(${nodeWithTextDates('c', 'Call')}) AS calls
}
RETURN key.i AS key, calls[..toInteger(key.take)] AS value`;
  const params = keys.map((key, i) => ({ i, a: key.a, b: key.b, from: key.from, to: key.to, take: key.take }));
  return { cypher, params: { keys: params, limit: Math.max(0, ...keys.map((k) => k.take)) } };
}

export function readCallsBetween(store: GraphStore, keys: readonly CallsBetweenKey[]): Promise<NodeRecord[][]> {
  return store.readKeyed<NodeRecord[]>(callsBetweenStatement(keys), keys.map((_, i) => i), []);
}
