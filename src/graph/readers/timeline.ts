/**
 * The dated facts of an actor or a country, oldest first, batched: one statement for every key.
 * Each branch of the UNION starts from an index (the actor's id, Actor.country, the country's
 * code); the branches of the side not asked for match nothing (their key is null). Each item
 * carries its label, which the API turns into a member of the `TimelineItem` union.
 *
 * @example
 *   await readTimelines(store, [{ actor: 'joe-biden', country: null, from: '2022-02-01', to: '2022-02-28', take: 50 }]);
 *   // [[{ id: 'call_f2ce…', label: 'Call', date: '2022-02-11', … }, { id: 'cm_…', label: 'Commitment', … }, …]]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateWindow } from './page-filters.js';
import type { LabelledRecord } from './records.js';
import { nodeWithTextDates } from './relations.js';

export interface TimelineKey {
  actor: string | null;
  country: string | null;
  from: string | null;
  to: string | null;
  take: number;
}

export function timelineStatement(keys: readonly TimelineKey[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (:Actor {id: key.actor})-[:TOOK_PART_IN]->(n:Call) RETURN n, n.date AS day, 'Call' AS label
    UNION
    MATCH (:Actor {country: key.country})-[:TOOK_PART_IN]->(n:Call) RETURN n, n.date AS day, 'Call' AS label
    UNION
    MATCH (:Actor {id: key.actor})-[:POSTED]->(n:Tweet) RETURN n, n.postedOn AS day, 'Tweet' AS label
    UNION
    MATCH (:Actor {country: key.country})-[:POSTED]->(n:Tweet) RETURN n, n.postedOn AS day, 'Tweet' AS label
    UNION
    MATCH (:Actor {id: key.actor})-[:MADE]->(n:Commitment) RETURN n, n.date AS day, 'Commitment' AS label
    UNION
    MATCH (n:Commitment)-[:BY]->(:Country {code: key.country}) RETURN n, n.date AS day, 'Commitment' AS label
    UNION
    MATCH (:Actor {id: key.actor})-[:POSTED]->(:Tweet)-[:ABOUT]->(n:Incident) RETURN n, n.date AS day, 'Incident' AS label
    UNION
    MATCH (:Country {code: key.country})-[:PERPETRATED]->(n:Incident) RETURN n, n.date AS day, 'Incident' AS label
    UNION
    MATCH (n:Incident)-[:IN]->(:Country {code: key.country}) RETURN n, n.date AS day, 'Incident' AS label
  }
  WITH n, day, label WHERE day IS NOT NULL AND ${dateWindow('day')}
  ORDER BY day, label, n.id LIMIT toInteger($limit)
  RETURN collect(${nodeWithTextDates('n', undefined, 'label: label')}) AS items
}
RETURN key.i AS key, items[..toInteger(key.take)] AS value`;
  const params = keys.map((key, i) => ({ i, ...key }));
  return { cypher, params: { keys: params, limit: Math.max(0, ...keys.map((k) => k.take)) } };
}

export function readTimelines(store: GraphStore, keys: readonly TimelineKey[]): Promise<LabelledRecord[][]> {
  return store.readKeyed<LabelledRecord[]>(timelineStatement(keys), keys.map((_, i) => i), []);
}
