/**
 * Batched look-ups of single nodes by key (read through keyed-batch.ts): one statement per batch, `UNWIND $keys AS key`, one row
 * per key found. Each entry is fixed Cypher (plan-cache friendly); keys are always parameters.
 * Each finds its node as `n`, so a look-up can read the levels its query selects below the node
 * in the same statement (read-ahead.ts): its value is then `{item, ahead}`.
 *
 * @example
 *   lookupStatement('countryByCode', ['UA', 'US']); // { cypher: 'UNWIND $keys AS key MATCH (n:Country {code: key}) …', params: { keys: ['UA', 'US'] } }
 *   lookupStatement('countryByCode', ['UA'], [{ relation: 'leadersOfCountry', properties: ['name'] }]);
 *   // … WITH key, n {.*} AS item, n AS anchor0 CALL (anchor0) { … } RETURN key, {item: item, ahead: ahead} AS value
 */
import type { Statement } from '../graph-store.js';
import { escapeLucene } from './escape-lucene.js';
import type { ActorRecord, CountryRecord, NodeRecord } from './records.js';
import { nodeWithTextDates } from './node-projection.js';
import { planParams, readAheadOf, type AheadPlan } from './read-ahead.js';

/** How a look-up finds its node `n` for each key, what it returns as the row's key, and the node's map. */
interface Lookup {
  find: string;
  key: string;
  value: string;
}

/** A node found by its unique key, through the key's uniqueness constraint; its dates as text. */
const byKey = (label: string, property: string): Lookup => ({
  find: `UNWIND $keys AS key
MATCH (n:${label} {${property}: key})`,
  key: 'key',
  value: nodeWithTextDates('n', label),
});

export const lookups = {
  actorById: byKey('Actor', 'id'),
  countryByCode: byKey('Country', 'code'),
  callById: byKey('Call', 'id'),
  tweetById: byKey('Tweet', 'id'),
  commitmentById: byKey('Commitment', 'id'),
  incidentById: byKey('Incident', 'id'),
  articleById: byKey('Article', 'id'),
  topicByName: byKey('Topic', 'name'),
  // Keys are lower-cased by the caller. A leader is found by name, alias or handle (with or
  // without the @); an exact name wins over an alias shared by two leaders, then the id decides.
  // The full-text index on names and aliases finds the candidates (an index lookup, not a scan
  // of every leader); the exact, case-insensitive comparison then decides.
  leaderByName: {
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
  },
} as const satisfies Record<string, Lookup>;

export type LookupName = keyof typeof lookups;

/** What each look-up returns per key (null when nothing has that key). */
export interface LookupValues {
  actorById: ActorRecord;
  countryByCode: CountryRecord;
  callById: NodeRecord;
  tweetById: NodeRecord;
  commitmentById: NodeRecord;
  incidentById: NodeRecord;
  articleById: NodeRecord;
  topicByName: { name: string };
  leaderByName: ActorRecord;
}

/** The look-up's statement; with a plan, each value is `{item, ahead}`, the plan read ahead of the node. */
export function lookupStatement(name: LookupName, keys: readonly string[], plan?: AheadPlan): Statement {
  const { find, key, value }: Lookup = lookups[name];
  const cypher = plan?.length
    ? `${find}\n${readAheadOf('n', value, plan, { depth: 0, path: '' }, `${key}, `)}\nRETURN key, {item: item, ahead: ahead} AS value`
    : `${find}\nRETURN ${key}, ${value} AS value`;
  if (name === 'leaderByName') {
    // Each name as a quoted Lucene phrase, its syntax escaped: user text can neither fail nor widen the query.
    const phrase = (k: string) => `"${escapeLucene(k.replace(/^@/, '')) || '@'}"`;
    return { cypher, params: { keys: keys.map((k) => ({ name: k, phrase: phrase(k) })), ...planParams(plan ?? []) } };
  }
  return { cypher, params: { keys: [...keys], ...planParams(plan ?? []) } };
}
