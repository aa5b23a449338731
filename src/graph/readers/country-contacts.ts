/**
 * Contacts between countries, batched: for each (window, take) key, every pair of countries two
 * of whose actors shared calls, counted through the calls' INVOLVES edges (the country of each
 * participant, docs/graph-model.md), most calls first. A call is counted once per pair however
 * many actors of each side took part; calls within one country make no pair.
 *
 * @example
 *   await readCountryContacts(store, [{ from: null, to: null, take: 2 }]);
 *   // [[{ a: { code: 'UA', … }, b: { code: 'US', … }, callCount: 3, firstContact: '2022-02-24', lastContact: '2022-03-01' }, …]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './page-filters.js';
import type { CountryRecord } from './records.js';

export interface CountryContactsKey {
  from: string | null;
  to: string | null;
  take: number;
}

export interface CountryContactRecord {
  a: CountryRecord;
  b: CountryRecord;
  callCount: number;
  firstContact: string | null;
  lastContact: string | null;
}

export function countryContactsStatement(keys: readonly CountryContactsKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  MATCH (x:Country)<-[:INVOLVES]-(c:Call)-[:INVOLVES]->(y:Country)
  WHERE x.code < y.code AND ${dateWindow('c.date', keys)}
  WITH x, y, count(c) AS callCount, min(c.date) AS firstContact, max(c.date) AS lastContact
  ORDER BY callCount DESC, x.code, y.code
  // LIMIT takes no variable: the batch's largest size, each key's list cut to its own below.
  LIMIT toInteger($limit)
  RETURN collect({a: x {.*}, b: y {.*}, callCount: callCount,
    firstContact: toString(firstContact), lastContact: toString(lastContact)}) AS items
}
RETURN key.i AS key, items[..toInteger(key.take)] AS value`;
  return { cypher, params: { keys: keys.map((key, i) => ({ i, ...key })), limit: Math.max(0, ...keys.map((key) => key.take)) } };
}

export function readCountryContacts(store: GraphStore, keys: readonly CountryContactsKey[]): Promise<CountryContactRecord[][]> {
  return store.readKeyed<CountryContactRecord[]>(countryContactsStatement(keys), keys.map((_, i) => i), []);
}
