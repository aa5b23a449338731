/**
 * Batched look-ups of single nodes by key (read through keyed-batch.ts): one statement per batch, `UNWIND $keys AS key`, one row
 * per key found. Each entry is fixed Cypher (plan-cache friendly); keys are always parameters.
 *
 * @example
 *   lookupStatement('countryByCode', ['UA', 'US']); // { cypher: 'UNWIND $keys AS key MATCH (n:Country {code: key}) …', params: { keys: ['UA', 'US'] } }
 */
import type { Statement } from '../graph-store.js';
import { escapeLucene } from './escape-lucene.js';
import type { ActorRecord, CountryRecord, NodeRecord } from './records.js';
import { nodeWithTextDates } from './node-projection.js';

/** A node found by its unique key, through the key's uniqueness constraint; its dates as text. */
const byKey = (label: string, property: string) =>
  `UNWIND $keys AS key
MATCH (n:${label} {${property}: key})
RETURN key, ${nodeWithTextDates('n', label)} AS value`;

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
  leaderByName: `UNWIND $keys AS key
CALL (key) {
  CALL db.index.fulltext.queryNodes('actor_names', key.phrase) YIELD node AS n
  WITH key, n WHERE n:Leader
    AND (toLower(n.name) = key.name
      OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = key.name)
      OR any(handle IN coalesce(n.handles, []) WHERE toLower(handle) IN [key.name, '@' + key.name]))
  RETURN n ORDER BY CASE WHEN toLower(n.name) = key.name THEN 0 ELSE 1 END, n.id LIMIT 1
}
RETURN key.name AS key, n {.*} AS value`,
} as const;

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

export function lookupStatement(name: LookupName, keys: readonly string[]): Statement {
  if (name === 'leaderByName') {
    // Each name as a quoted Lucene phrase, its syntax escaped: user text can neither fail nor widen the query.
    const phrase = (k: string) => `"${escapeLucene(k.replace(/^@/, '')) || '@'}"`;
    return { cypher: lookups[name], params: { keys: keys.map((k) => ({ name: k, phrase: phrase(k) })) } };
  }
  return { cypher: lookups[name], params: { keys: [...keys] } };
}
