/**
 * Who held an office of a country on a day, batched: one statement for every key. The title
 * matches the term's title or its role with spaces ("head of state"), lower-cased by the caller.
 * Terms are [since, until): `until` is the successor's first day. Terms an article gave without
 * dates (`source: 'article'`) say nothing about a day, so they are left out.
 *
 * @example
 *   await readOfficeHolders(store, [{ country: 'US', title: 'president', on: '2022-03-01' }]);
 *   // [[{ id: 'joe-biden', name: 'Joe Biden', kind: 'leader', … }]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import type { ActorRecord } from './records.js';

export interface OfficeHolderKey {
  country: string;
  title: string;
  on: string;
}

export function officeHoldersStatement(keys: readonly OfficeHolderKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  MATCH (a:Actor)-[h:HOLDS_OFFICE]->(:Country {code: key.country})
  WHERE (toLower(h.title) = key.title OR replace(coalesce(h.role, ''), '_', ' ') = key.title)
    AND coalesce(h.source, '') <> 'article'
    AND (h.since IS NULL OR h.since <= date(key.on))
    AND (h.until IS NULL OR h.until > date(key.on))
  WITH DISTINCT a ORDER BY a.name, a.id
  RETURN collect(a {.*}) AS holders
}
RETURN key.i AS key, holders AS value`;
  return { cypher, params: { keys: keys.map((key, i) => ({ i, ...key })) } };
}

export function readOfficeHolders(store: GraphStore, keys: readonly OfficeHolderKey[]): Promise<ActorRecord[][]> {
  return store.readKeyed<ActorRecord[]>(officeHoldersStatement(keys), keys.map((_, i) => i), []);
}
