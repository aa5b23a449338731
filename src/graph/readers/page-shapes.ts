/**
 * The lists the API pages through, each a fixed MATCH that binds `n` from the page key's `owner`
 * (an actor id or a country code), the property it is ordered by, and the filters it accepts.
 * Every filter is written `key.x IS NULL OR …`, so one statement serves every combination.
 *
 * @example
 *   pageShapes.callsOfActor.match; // 'MATCH (:Actor {id: key.owner})-[:TOOK_PART_IN]->(n:Call)'
 */

export interface PageShape {
  /** Binds `n`; may bind the same node more than once (rows are made distinct afterwards). */
  match: string;
  /** The date property the list is ordered by (newest first); `from`/`to` apply to it. */
  dateProperty: string;
  /** Further predicates over `n` and `key`, beyond the date range. */
  filter?: string;
}

// The CallWhere filters. `participant` and `country` repeat the anchor when the anchor is one of
// them, which is cheap; keeping one predicate for all shapes keeps the statements few.
const callFilter = `(key.participant IS NULL OR EXISTS { (:Actor {id: key.participant})-[:TOOK_PART_IN]->(n) })
    AND (key.country IS NULL OR EXISTS { (a:Actor)-[:TOOK_PART_IN]->(n) WHERE a.country = key.country })
    AND (key.medium IS NULL OR n.medium = key.medium)
    AND (key.topic IS NULL OR EXISTS { (n)-[:DISCUSSED]->(t:Topic) WHERE toLower(t.name) = key.topic })`;

const call = (match: string): PageShape => ({ match, dateProperty: 'date', filter: callFilter });

export const pageShapes = {
  /** All calls; used when a `calls(where:)` names neither a participant nor a country. */
  calls: call('MATCH (n:Call)'),
  callsOfActor: call('MATCH (:Actor {id: key.owner})-[:TOOK_PART_IN]->(n:Call)'),
  callsOfCountry: call('MATCH (:Actor {country: key.owner})-[:TOOK_PART_IN]->(n:Call)'),
  tweetsOfActor: { match: 'MATCH (:Actor {id: key.owner})-[:POSTED]->(n:Tweet)', dateProperty: 'postedOn' },
  tweetsOfCountry: { match: 'MATCH (:Actor {country: key.owner})-[:POSTED]->(n:Tweet)', dateProperty: 'postedOn' },
  commitmentsOfActor: { match: 'MATCH (:Actor {id: key.owner})-[:MADE]->(n:Commitment)', dateProperty: 'date' },
  commitmentsMadeByCountry: { match: 'MATCH (n:Commitment)-[:BY]->(:Country {code: key.owner})', dateProperty: 'date' },
  commitmentsReceivedByCountry: {
    match: 'MATCH (n:Commitment)-[:TARGETS|BENEFITS]->(:Country {code: key.owner})',
    dateProperty: 'date',
  },
  incidentsPerpetratedByCountry: {
    match: 'MATCH (:Country {code: key.owner})-[:PERPETRATED]->(n:Incident)',
    dateProperty: 'date',
  },
  incidentsInCountry: { match: 'MATCH (n:Incident)-[:IN]->(:Country {code: key.owner})', dateProperty: 'date' },
} as const satisfies Record<string, PageShape>;

export type PageShapeName = keyof typeof pageShapes;
