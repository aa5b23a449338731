/**
 * Every look-up (lookups.ts) and one-hop relation (relations.ts) that a request asks for at the
 * same time, read in ONE statement. A page of 100 calls asking for its participants, topics and
 * tweets is one round trip, not three: the readers' own statements become branches of a
 * `UNION ALL`, each unwinding its own keys parameter, each row tagged with its branch. A batch of
 * one reader is that reader's statement unchanged. Branches are sorted by reader name, so a query
 * shape always sends the same text and the server plans it once.
 *
 * @example
 *   keyedBatchStatement([{ reader: 'topicsOfCall', key: 'call_1' }, { reader: 'participantsOfCall', key: 'call_1' }]);
 *   // CALL () { CALL () { UNWIND $keys0 AS key … } RETURN 0 AS reader, key, value UNION ALL … } RETURN reader, key, value
 *   await readKeyedBatch(store, [{ reader: 'countryByCode', key: 'UA' }, { reader: 'participantsOfCall', key: 'call_1' }]);
 *   // [{ code: 'UA', … }, [{ id: 'joe-biden', … }, …]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { lookups, lookupStatement, type LookupName } from './lookups.js';
import { relations, relationStatement, type RelationName } from './relations.js';

export type KeyedReaderName = LookupName | RelationName;

export interface KeyedRequest {
  reader: KeyedReaderName;
  key: string;
  /**
   * For a relation that yields nodes, the properties the asking selection reads: part of the
   * loader's cache key, so a value a page read ahead narrowly answers only that selection. The
   * statement itself reads whole maps.
   */
  properties?: readonly string[];
}

const isLookup = (name: KeyedReaderName): name is LookupName => name in lookups;

function readerStatement(name: KeyedReaderName, keys: readonly string[]): Statement {
  return isLookup(name) ? lookupStatement(name, keys) : relationStatement(name, keys);
}

/** What a key with no row gets: null for a look-up or a to-one relation, [] for a to-many one. */
function missingValue(name: KeyedReaderName): unknown {
  return isLookup(name) ? null : relations[name].many ? [] : null;
}

/** The requests' keys per reader, readers sorted by name, keys in the order first asked. */
function groupByReader(requests: readonly KeyedRequest[]): Array<[KeyedReaderName, string[]]> {
  const groups = new Map<KeyedReaderName, string[]>();
  for (const { reader, key } of requests) {
    const keys = groups.get(reader) ?? [];
    if (!keys.includes(key)) keys.push(key);
    groups.set(reader, keys);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const indent = (text: string, by: string) => text.replace(/^/gm, by);

export function keyedBatchStatement(requests: readonly KeyedRequest[]): Statement {
  return groupStatement(groupByReader(requests));
}

function groupStatement(groups: Array<[KeyedReaderName, string[]]>): Statement {
  if (groups.length === 1) return readerStatement(...groups[0]);
  const params: Record<string, unknown> = {};
  const branches = groups.map(([name, keys], i) => {
    const own = readerStatement(name, keys);
    if ((own.cypher.match(/\$keys\b/g) ?? []).length !== 1) throw new Error(`reader ${name} must use $keys exactly once to join a batch`);
    params[`keys${i}`] = own.params.keys;
    return `  CALL () {\n${indent(own.cypher.replace(/\$keys\b/, `$keys${i}`), '    ')}\n  }\n  RETURN ${i} AS reader, key, value`;
  });
  return { cypher: `CALL () {\n${branches.join('\n  UNION ALL\n')}\n}\nRETURN reader, key, value`, params };
}

/** One value per request, in request order (a key asked twice gets the same value twice). */
export async function readKeyedBatch(store: GraphStore, requests: readonly KeyedRequest[]): Promise<unknown[]> {
  const groups = groupByReader(requests);
  const rows = await store.read(groupStatement(groups));
  const single = groups.length === 1;
  const found = new Map<string, unknown>();
  for (const row of rows) {
    const reader = single ? groups[0][0] : groups[Number(row.reader)][0];
    found.set(`${reader}\u0000${String(row.key)}`, row.value);
  }
  return requests.map(({ reader, key }) => found.get(`${reader}\u0000${key}`) ?? missingValue(reader));
}
