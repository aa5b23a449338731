/**
 * The lists the API pages through, each a fixed MATCH that binds `n` from the page key's `owner`
 * (an actor id or a country code), the property it is ordered by, and the filters it accepts.
 * Every filter is written `key.x IS NULL OR …`, so one statement serves every combination.
 *
 * @example
 *   pageShapes.callsOfActor.match; // 'MATCH (:Actor {id: key.owner})-[:TOOK_PART_IN]->(n:Call)'
 */
import type { DatedLabel } from './temporal-text.js';

export interface PageShape {
  /** Binds `n`; may bind the same node more than once (rows are made distinct afterwards). */
  match: string;
  /** The date property the list is ordered by (newest first); `from`/`to` apply to it. Absent: ordered by id. */
  dateProperty?: string;
  /** Further predicates over `n` and `key`, beyond the date range. */
  filter?: string;
  /**
   * The list's size when no filter but the owner is given, as an expression the server answers
   * from its counts without visiting the items (a node's degree, the label count). Absent when
   * no such expression is exact (e.g. one item reachable along two edges).
   */
  size?: string;
  /** The label of the listed nodes, when they have dates (their dates are read as text: temporal-text.ts). */
  label?: DatedLabel;
  /** Filters that, equal to the owner, only repeat the anchor (they do not narrow the list). */
  repeats?: ReadonlyArray<'participant' | 'country' | 'byCountry'>;
}

// Event codes (CAMEO by prefix, PLOVER type) filter calls, commitments and incidents alike.
// The CallWhere filters. `participant` and `country` repeat the anchor when the anchor is one of
// them, which is cheap; keeping one predicate for all shapes keeps the statements few.
const callFilter = `(key.participant IS NULL OR EXISTS { (:Actor {id: key.participant})-[:TOOK_PART_IN]->(n) })
    AND (key.country IS NULL OR EXISTS { (n)-[:INVOLVES]->(:Country {code: key.country}) })
    AND (key.counterpart IS NULL OR EXISTS { (:Actor {id: key.counterpart})-[:TOOK_PART_IN]->(n) })
    AND (key.counterpartCountry IS NULL OR EXISTS {
      (a:Actor)-[:TOOK_PART_IN]->(n)<-[:TOOK_PART_IN]-(b:Actor) WHERE a.country = key.country AND b.country = key.counterpartCountry
    })
    AND (key.medium IS NULL OR n.medium = key.medium)
    AND (key.topic IS NULL OR EXISTS { (n)-[:DISCUSSED]->(t:Topic) WHERE toLower(t.name) = key.topic })
    AND (key.cameo IS NULL OR n.cameo STARTS WITH key.cameo)
    AND (key.plover IS NULL OR n.ploverEvent = key.plover)`;

const call = (match: string, size: string, repeats?: PageShape['repeats']): PageShape => ({ match, label: 'Call', dateProperty: 'date', filter: callFilter, size, repeats });

// The TweetWhere filters beyond the author (the anchor) and the date range.
const tweetFilter = `(key.hashtag IS NULL OR any(tag IN coalesce(n.hashtags, []) WHERE toLower(tag) = key.hashtag))`;
const tweet = (match: string, size?: string): PageShape => ({ match, label: 'Tweet', dateProperty: 'postedOn', filter: tweetFilter, size });

// The CommitmentWhere filters; `byCountry` repeats the anchor of commitmentsMadeByCountry.
const commitmentFilter = `(key.kind IS NULL OR n.kind = key.kind)
    AND (key.byCountry IS NULL OR EXISTS { (n)-[:BY]->(:Country {code: key.byCountry}) })
    AND (key.target IS NULL OR EXISTS { (n)-[:TARGETS]->(:Country {code: key.target}) })
    AND (key.beneficiary IS NULL OR EXISTS { (n)-[:BENEFITS]->(:Country {code: key.beneficiary}) })
    AND (key.cameo IS NULL OR n.cameo STARTS WITH key.cameo)
    AND (key.plover IS NULL OR n.ploverEvent = key.plover)`;
const commitment = (match: string, size?: string, repeats?: PageShape['repeats']): PageShape => ({ match, label: 'Commitment', dateProperty: 'date', filter: commitmentFilter, size, repeats });

const incident = (match: string, size: string): PageShape => ({ match, label: 'Incident', dateProperty: 'date', size, filter: `(key.kind IS NULL OR n.kind = key.kind)
    AND (key.cameo IS NULL OR n.cameo STARTS WITH key.cameo)
    AND (key.plover IS NULL OR n.ploverEvent = key.plover)` });

// The ActorWhere filters: kind, and a part of the name or of an alias (lower-cased by the caller).
const actorFilter = `(key.kind IS NULL OR n.kind = key.kind)
    AND (key.name IS NULL OR toLower(n.name) CONTAINS key.name
      OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS key.name))`;

export const pageShapes = {
  /** All calls; used when a `calls(where:)` names neither a participant nor a country. */
  calls: call('MATCH (n:Call)', 'COUNT { (:Call) }'),
  callsOfActor: call('MATCH (:Actor {id: key.owner})-[:TOOK_PART_IN]->(n:Call)', 'COUNT { (:Actor {id: key.owner})-[:TOOK_PART_IN]->() }', ['participant']),
  // A country's calls are those of its actors, kept one hop away by INVOLVES (involves-cypher.ts).
  callsOfCountry: call('MATCH (n:Call)-[:INVOLVES]->(:Country {code: key.owner})', 'COUNT { (:Country {code: key.owner})<-[:INVOLVES]-() }', ['country']),
  callsOfTopic: call('MATCH (n:Call)-[:DISCUSSED]->(:Topic {name: key.owner})', 'COUNT { (:Topic {name: key.owner})<-[:DISCUSSED]-() }'),
  /** All posts; used when `tweets(where:)` names no author. */
  tweets: tweet('MATCH (n:Tweet)', 'COUNT { (:Tweet) }'),
  tweetsOfActor: tweet('MATCH (:Actor {id: key.owner})-[:POSTED]->(n:Tweet)', 'COUNT { (:Actor {id: key.owner})-[:POSTED]->() }'),
  tweetsOfCountry: tweet('MATCH (:Actor {country: key.owner})-[:POSTED]->(n:Tweet)'),
  /** All commitments; used when `commitments(where:)` names no committing country. */
  commitments: commitment('MATCH (n:Commitment)', 'COUNT { (:Commitment) }'),
  commitmentsOfActor: commitment('MATCH (:Actor {id: key.owner})-[:MADE]->(n:Commitment)', 'COUNT { (:Actor {id: key.owner})-[:MADE]->() }'),
  commitmentsMadeByCountry: commitment('MATCH (n:Commitment)-[:BY]->(:Country {code: key.owner})', 'COUNT { (:Country {code: key.owner})<-[:BY]-() }', ['byCountry']),
  commitmentsReceivedByCountry: commitment('MATCH (n:Commitment)-[:TARGETS|BENEFITS]->(:Country {code: key.owner})'),
  /** All incidents; used when `incidents(where:)` names no country. */
  incidents: incident('MATCH (n:Incident)', 'COUNT { (:Incident) }'),
  incidentsPerpetratedByCountry: incident('MATCH (:Country {code: key.owner})-[:PERPETRATED]->(n:Incident)', 'COUNT { (:Country {code: key.owner})-[:PERPETRATED]->() }'),
  incidentsInCountry: incident('MATCH (n:Incident)-[:IN]->(:Country {code: key.owner})', 'COUNT { (:Country {code: key.owner})<-[:IN]-() }'),
  /** Actors, by id (slugs of names, so nearly alphabetical); all of them, or those of a country. */
  actors: { match: 'MATCH (n:Actor)', filter: actorFilter, size: 'COUNT { (:Actor) }' },
  actorsOfCountry: { match: 'MATCH (n:Actor {country: key.owner})', filter: actorFilter },
  /** Articles by publication date. */
  articles: { match: 'MATCH (n:Article)', label: 'Article', dateProperty: 'publishedOn', size: 'COUNT { (:Article) }' },
} as const satisfies Record<string, PageShape>;

export type PageShapeName = keyof typeof pageShapes;
