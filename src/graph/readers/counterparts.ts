/**
 * Who an actor has been in contact with: every other participant of its calls, with how many
 * calls they shared and the first and last of them, most frequent first, then the most recent,
 * read from the contact aggregate (docs/graph-model.md). Batched: one statement
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
  // One CONTACTED edge per counterpart (the contact aggregate: src/graph/contact-tally-cypher.ts)
  // holds the shared calls and the first and last dated one, so a leader with 30,000 calls is
  // answered from its few thousand counterparts without reading a call.
  MATCH (a:Actor {id: key.actor})-[t:CONTACTED]-(o:Actor)
  WHERE t.calls > 0
  WITH o, t.calls AS callCount, t.first AS firstContact, t.last AS lastContact
  // Most frequent first, then most recent; counterparts with no dated call last (DESC alone would
  // put nulls first: \`IS NULL\` sorts false before true).
  ORDER BY callCount DESC, lastContact IS NULL, lastContact DESC, o.id
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
