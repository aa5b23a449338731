/**
 * Who an actor has been in contact with: every other participant of its calls, with how many
 * calls they shared and the first and last of them, most frequent first, then the most recent. Batched: one statement
 * for every (actor, take) key of a DataLoader batch.
 *
 * @example
 *   await readCounterparts(store, [{ actor: 'volodymyr-zelenskyy', take: 10 }]);
 *   // [[{ actor: { id: 'joe-biden', … }, callCount: 1, firstContact: '2022-03-01', lastContact: '2022-03-01' }, …]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import type { CounterpartRecord } from './records.js';
import { readKeyed } from './read-keyed.js';

export interface CounterpartsKey {
  actor: string;
  take: number;
}

export function counterpartsStatement(keys: readonly CounterpartsKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  // An actor takes part in a call once (the writer MERGEs TOOK_PART_IN), so each (call, other)
  // row is a distinct shared call: count(c) needs no DISTINCT set, and the actor is compared as a
  // node, not by reading its id on every row.
  MATCH (a:Actor {id: key.actor})-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(o:Actor)
  WHERE o <> a
  WITH o, count(c) AS callCount, min(c.date) AS firstContact, max(c.date) AS lastContact
  // Most frequent first, then most recent; counterparts with no dated call last (DESC puts nulls first).
  ORDER BY callCount DESC, coalesce(lastContact, date('0001-01-01')) DESC, o.id
  LIMIT toInteger($limit)
  RETURN collect({actor: o {.*}, callCount: callCount, firstContact: toString(firstContact), lastContact: toString(lastContact)}) AS items
}
RETURN key.i AS key, items[..toInteger(key.take)] AS value`;
  const params = keys.map((key, i) => ({ i, actor: key.actor, take: key.take }));
  return { cypher, params: { keys: params, limit: Math.max(0, ...keys.map((k) => k.take)) } };
}

export function readCounterparts(store: GraphStore, keys: readonly CounterpartsKey[]): Promise<CounterpartRecord[][]> {
  return readKeyed<CounterpartRecord[]>(store, counterpartsStatement(keys), keys.map((_, i) => i), []);
}
