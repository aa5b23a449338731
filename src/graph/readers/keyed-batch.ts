/**
 * Every look-up (a node by its key: `lookups` below) and one-hop relation (relations.ts) that a
 * request asks for at the same time, read in ONE statement. A page of 100 calls asking for its
 * participants, topics and tweets is one round trip, not three: the readers' own statements become
 * branches of a `UNION ALL`, each unwinding its own keys parameter, each row tagged with its
 * branch. A batch of one reader is that reader's statement unchanged. Branches are sorted by
 * reader name (then by what they read ahead), so a query shape always sends the same text and the
 * server plans it once. A request may ask its reader to read the levels below its node ahead
 * (read-ahead.ts): requests of one reader with the same plan share a branch.
 *
 * A look-up is fixed Cypher that finds its node as `n`, one row per key found (keys are always
 * parameters), so it can read the levels its query selects below the node in the same statement,
 * and the first pages of lists the node owns (pagesOf, page-statement.ts): its value is then
 * `{item, ahead, pages}`.
 *
 * @example
 *   keyedBatchStatement([{ reader: 'topicsOfCall', key: 'call_1' }, { reader: 'participantsOfCall', key: 'call_1' }]);
 *   // CALL () { CALL () { UNWIND $keys0 AS key … } RETURN 0 AS reader, key, value UNION ALL … } RETURN reader, key, value
 *   await readKeyedBatch(store, [{ reader: 'countryByCode', key: 'UA' }, { reader: 'participantsOfCall', key: 'call_1' }]);
 *   // [{ code: 'UA', … }, [{ id: 'joe-biden', … }, …]]
 *   lookupStatement('countryByCode', ['UA', 'US']); // { cypher: 'UNWIND $keys AS key MATCH (n:Country {code: key}) …', params: { keys: ['UA', 'US'] } }
 *   lookupStatement('countryByCode', ['UA'], [{ relation: 'leadersOfCountry', properties: ['name'] }]);
 *   // … WITH key, n {.*} AS item, n AS anchor0 CALL (anchor0) { … } RETURN key, {item: item, ahead: ahead} AS value
 */
import { renameParams, type GraphStore, type Statement } from '../graph-store.js';
import { modelNodeKeys } from '../node-keys.js';
import { escapeLucene } from './escape-lucene.js';
import { nodeWithTextDates } from './relations.js';
import { planParams, readAheadOf, relationStatement, type AheadPlan } from './read-ahead.js';
import type { ActorRecord, CountryRecord, NodeRecord } from './records.js';
import type { PageAhead } from './page-key.js';
import { pagesOf } from './page-statement.js';
import { relations, type RelationName } from './relations.js';

/** How a look-up finds its node `n` for each key, what it returns as the row's key, and the node's map; `V`, what a key's value is. */
interface Lookup<V = unknown> {
  /** Type only: the record a found key gets (as Relation's `value`, relations.ts). */
  readonly record?: V;
  find: string;
  key: string;
  value: string;
}

/** A node found by its key (schema/constraints.cypher), through the key's uniqueness constraint; its dates as text. */
const byKey = <V>(label: string): Lookup<V> => ({
  find: `UNWIND $keys AS key
MATCH (n:${label} {${modelNodeKeys()[label]}: key})`,
  key: 'key',
  value: nodeWithTextDates('n', label),
});

/** A look-up written out in full (not by key) that finds an actor. */
const findsActor = (lookup: Omit<Lookup, 'record'>): Lookup<ActorRecord> => lookup;

export const lookups = {
  actorById: byKey<ActorRecord>('Actor'),
  countryByCode: byKey<CountryRecord>('Country'),
  callById: byKey<NodeRecord>('Call'),
  tweetById: byKey<NodeRecord>('Tweet'),
  commitmentById: byKey<NodeRecord>('Commitment'),
  incidentById: byKey<NodeRecord>('Incident'),
  articleById: byKey<NodeRecord>('Article'),
  topicByName: byKey<{ name: string }>('Topic'),
  // Keys are lower-cased by the caller. A leader is found by name, alias or handle (with or
  // without the @); an exact name wins over an alias shared by two leaders, then the id decides.
  // The full-text index on names and aliases finds the candidates (an index lookup, not a scan
  // of every leader); the exact, case-insensitive comparison then decides.
  leaderByName: findsActor({
    find: `UNWIND $keys AS key
CALL (key) {
  CALL db.index.fulltext.queryNodes('actor_names', key.phrase) YIELD node AS n
  WITH key, n WHERE n:Leader
    AND (toLower(n.name) = key.name
      OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = key.name)
      OR any(handle IN coalesce(n.handles, []) WHERE toLower(handle) IN [key.name, '@' + key.name]))
  RETURN n ORDER BY CASE WHEN toLower(n.name) = key.name THEN 0 ELSE 1 END, n.id LIMIT 1
}`,
    key: 'key.name AS key',
    value: 'n {.*}',
  }),
} as const satisfies Record<string, Lookup>;

export type LookupName = keyof typeof lookups;

/** What each look-up returns per key (null when nothing has that key), as its entry above declares it. */
export type LookupValues = { [N in LookupName]: Exclude<(typeof lookups)[N]['record'], undefined> };

/**
 * The look-up's statement; with a plan or pages, each value is `{item, ahead, pages}`: the plan read
 * ahead of the node, and the first pages of lists it owns (pagesOf, page-statement.ts) in order.
 */
export function lookupStatement(name: LookupName, keys: readonly string[], plan: AheadPlan = [], pages: readonly PageAhead[] = []): Statement {
  const { find, key, value }: Lookup = lookups[name];
  const owned = pagesOf('n', pages);
  const names = pages.map((_, i) => `page${i}`);
  const carry = `${key}, ${names.map((page) => `${page}, `).join('')}`;
  const ahead = plan.length ? readAheadOf('n', value, plan, { depth: 0, path: '' }, carry) : `WITH ${carry}${value} AS item, {} AS ahead`;
  const cypher = plan.length || pages.length
    ? `${find}\n${owned.cypher}${pages.length ? '\n' : ''}${ahead}\nRETURN key, {item: item, ahead: ahead${pages.length ? `, pages: [${names.join(', ')}]` : ''}} AS value`
    : `${find}\nRETURN ${key}, ${value} AS value`;
  const params = { ...planParams(plan), ...owned.params };
  if (name === 'leaderByName') {
    // Each name as a quoted Lucene phrase, its syntax escaped: user text can neither fail nor widen the query.
    const phrase = (k: string) => `"${escapeLucene(k.replace(/^@/, '')) || '@'}"`;
    return { cypher, params: { keys: keys.map((k) => ({ name: k, phrase: phrase(k) })), ...params } };
  }
  return { cypher, params: { keys: [...keys], ...params } };
}

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
  /** What to read ahead of the node (a look-up's) or of each item (a relation's); not part of the cache key. */
  ahead?: AheadPlan;
  /** For a limited relation (`counterparts(first:)`): how many items (part of the cache key). */
  take?: number;
  /** For a look-up: the first pages of lists its node owns, to read in its statement; not part of the cache key. */
  pages?: readonly PageAhead[];
}

const isLookup = (name: KeyedReaderName): name is LookupName => name in lookups;

function readerStatement({ reader, keys, plan, take, pages }: Group): Statement {
  return isLookup(reader) ? lookupStatement(reader, keys, plan, pages) : relationStatement(reader, keys, plan, take);
}

/** What a key with no row gets: null for a look-up or a to-one relation, [] for a to-many one. */
function missingValue(name: KeyedReaderName): unknown {
  return isLookup(name) ? null : relations[name].many ? [] : null;
}

/** The keys of one branch: one reader, one plan, one take, the same pages. */
interface Group {
  reader: KeyedReaderName;
  plan?: AheadPlan;
  take?: number;
  pages?: readonly PageAhead[];
  keys: string[];
}

const json = (value: readonly unknown[] | undefined) => (value?.length ? JSON.stringify(value) : '');
const groupId = ({ reader, ahead, take, pages }: KeyedRequest) => `${reader}\u0000${take ?? ''}\u0000${json(ahead)}\u0000${json(pages)}`;

/** The requests' keys per reader and plan, sorted by reader name and plan, keys in the order first asked. */
function groupByReader(requests: readonly KeyedRequest[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const request of requests) {
    const id = groupId(request);
    const { reader, ahead, take, pages } = request;
    const group = groups.get(id) ?? { reader, ...(ahead?.length ? { plan: ahead } : {}), take, ...(pages?.length ? { pages } : {}), keys: [] };
    if (!group.keys.includes(request.key)) group.keys.push(request.key);
    groups.set(id, group);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const indent = (text: string, by: string) => text.replace(/^/gm, by);

export function keyedBatchStatement(requests: readonly KeyedRequest[]): Statement {
  return groupStatement([...groupByReader(requests).values()]);
}

function groupStatement(groups: readonly Group[]): Statement {
  if (groups.length === 1) return readerStatement(groups[0]);
  const params: Record<string, unknown> = {};
  const branches = groups.map((group, i) => {
    const own = readerStatement(group);
    if ((own.cypher.match(/\$keys\b/g) ?? []).length !== 1) throw new Error(`reader ${group.reader} must use $keys exactly once to join a batch`);
    // Each branch's parameters get its number: \$keys becomes \$keys0, \$take \$take0 …
    const { cypher, params: numbered } = renameParams(own, (name) => `${name}${i}`);
    Object.assign(params, numbered);
    return `  CALL () {\n${indent(cypher, '    ')}\n  }\n  RETURN ${i} AS reader, key, value`;
  });
  return { cypher: `CALL () {\n${branches.join('\n  UNION ALL\n')}\n}\nRETURN reader, key, value`, params };
}

/** One value per request, in request order (a key asked twice gets the same value twice). */
export async function readKeyedBatch(store: GraphStore, requests: readonly KeyedRequest[]): Promise<unknown[]> {
  const byId = groupByReader(requests);
  const ids = [...byId.keys()];
  const rows = await store.read(groupStatement([...byId.values()]));
  const found = new Map<string, unknown>();
  for (const row of rows) found.set(`${ids.length === 1 ? 0 : Number(row.reader)}\u0000${String(row.key)}`, row.value);
  return requests.map((request) => found.get(`${ids.indexOf(groupId(request))}\u0000${request.key}`) ?? missingValue(request.reader));
}
