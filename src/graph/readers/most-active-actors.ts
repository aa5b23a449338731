/**
 * The actors with the most calls, batched: one statement for every (kind, window, take) key.
 * Without a window the count is each actor's TOOK_PART_IN degree, which Neo4j reads without
 * visiting a call; with one, the calls in it are counted. The latest call date is read only for
 * the actors kept.
 *
 * @example
 *   await readMostActiveActors(store, [{ kind: 'leader', from: null, to: null, take: 3 }]);
 *   // [[{ actor: { id: 'joe-biden', … }, callCount: 8, lastContact: '2022-03-01' }, …]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './page-filters.js';
import type { ActorRecord } from './records.js';

export interface MostActiveKey {
  /** 'leader', 'official' or 'institution' as stored; null for every kind. */
  kind: string | null;
  from: string | null;
  to: string | null;
  take: number;
}

export interface ActiveActorRecord {
  actor: ActorRecord;
  callCount: number;
  lastContact: string | null;
}

export function mostActiveActorsStatement(keys: readonly MostActiveKey[]): Statement {
  const window = dateWindow('c.date', keys);
  // The statement's text depends only on whether some key has a window (two fixed shapes).
  const count = window === 'true'
    ? 'COUNT { (a)-[:TOOK_PART_IN]->() }'
    : `COUNT { (a)-[:TOOK_PART_IN]->(c:Call) WHERE ${window} }`;
  const cypher = `UNWIND $keys AS key
CALL (key) {
  MATCH (a:Actor)
  WHERE key.kind IS NULL OR a.kind = key.kind
  WITH a, ${count} AS callCount
  WHERE callCount > 0
  ORDER BY callCount DESC, a.id
  // LIMIT takes no variable: the batch's largest size, each key's list cut to its own below.
  LIMIT toInteger($limit)
  CALL (a, key) {
    MATCH (a)-[:TOOK_PART_IN]->(c:Call)
    WHERE ${window}
    RETURN max(c.date) AS lastContact
  }
  RETURN collect({actor: a {.*}, callCount: callCount, lastContact: toString(lastContact)}) AS items
}
RETURN key.i AS key, items[..toInteger(key.take)] AS value`;
  return { cypher, params: { keys: keys.map((key, i) => ({ i, ...key })), limit: Math.max(0, ...keys.map((key) => key.take)) } };
}

export function readMostActiveActors(store: GraphStore, keys: readonly MostActiveKey[]): Promise<ActiveActorRecord[][]> {
  return store.readKeyed<ActiveActorRecord[]>(mostActiveActorsStatement(keys), keys.map((_, i) => i), []);
}
