/**
 * Search over the full-text indexes of schema/indexes.cypher, batched: one statement for every
 * (query, take) key. Names (actors, countries, topics) are matched by word or word prefix, as they
 * are typed (name-prefix-query.ts); posts, quotes and commitments by whole words. Each index gives
 * its best `$limit` hits; the hits are merged by score, a node found twice (a call reported by two
 * quotes) keeps its best score. Among equal scores (names a prefix matches all score alike) the
 * actor in more calls comes first, then the shorter text (the closer name): for "Sch", Olaf
 * Scholz before a prime minister the graph has no call of. Counting an actor's calls reads its
 * relationship count, not the calls. The query must already be escaped (escape-lucene.ts). Each hit carries the label the API
 * turns into a `SearchResult`.
 *
 * @example
 *   await readSearches(store, [{ query: 'Scholz', take: 5 }]);
 *   // [[{ label: 'Actor', score: 2.1, node: { id: 'olaf-scholz', … }, snippet: 'Olaf Scholz' }, { label: 'Tweet', … }]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { namePrefixQuery } from './name-prefix-query.js';
import type { NodeRecord } from './records.js';
import { nodeWithTextDates } from './relations.js';

/** How many names a prefix may begin before the tie-break (calls, then length) sees only some of them. */
const NAME_POOL = 200;

export interface SearchKey {
  query: string;
  take: number;
}

export interface SearchHitRecord {
  label: 'Actor' | 'Country' | 'Call' | 'Tweet' | 'Commitment' | 'Topic';
  score: number;
  node: NodeRecord;
  snippet: string | null;
}

// Names are fetched from a wider pool than the page: a prefix scores every name it begins alike, so
// the index's own top hits are an arbitrary cut of the ties, and the tie-break below needs them all.
const nodeIndex = (index: string, label: string, snippet: string, query: 'query' | 'names' = 'query') =>
  `CALL db.index.fulltext.queryNodes('${index}', key.${query}, {limit: ${query === 'names' ? '$namePool' : '$limit'}}) YIELD node, score
    RETURN node, score, '${label}' AS label, ${snippet} AS snippet`;

export function searchStatement(keys: readonly SearchKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    ${nodeIndex('actor_names', 'Actor', 'node.name', 'names')}
    UNION ALL
    ${nodeIndex('country_names', 'Country', 'node.name', 'names')}
    UNION ALL
    ${nodeIndex('tweet_text', 'Tweet', 'node.text')}
    UNION ALL
    ${nodeIndex('commitment_quotes', 'Commitment', 'node.quote')}
    UNION ALL
    ${nodeIndex('topic_names', 'Topic', 'node.name', 'names')}
    UNION ALL
    CALL db.index.fulltext.queryRelationships('reported_quotes', key.query, {limit: $limit}) YIELD relationship, score
    WITH endNode(relationship) AS node, score, relationship.quote AS snippet WHERE node:Call
    RETURN node, score, 'Call' AS label, snippet
  }
  WITH node, label, score, snippet ORDER BY score DESC
  WITH node, label, max(score) AS score, head(collect(snippet)) AS snippet
  WITH node, label, score, snippet, CASE WHEN label = 'Actor' THEN COUNT { (node)-[:TOOK_PART_IN]->() } ELSE 0 END AS calls
  ORDER BY score DESC, calls DESC, size(coalesce(snippet, '')), label, coalesce(node.id, node.code, node.name) LIMIT toInteger($limit)
  RETURN collect({label: label, score: score, node: ${nodeWithTextDates('node')}, snippet: snippet}) AS hits
}
RETURN key.i AS key, hits[..toInteger(key.take)] AS value`;
  const params = keys.map((key, i) => ({ i, query: key.query, names: namePrefixQuery(key.query), take: key.take }));
  const limit = Math.max(0, ...keys.map((k) => k.take));
  return { cypher, params: { keys: params, limit, namePool: Math.max(limit, NAME_POOL) } };
}

export function readSearches(store: GraphStore, keys: readonly SearchKey[]): Promise<SearchHitRecord[][]> {
  return store.readKeyed<SearchHitRecord[]>(searchStatement(keys), keys.map((_, i) => i), []);
}
