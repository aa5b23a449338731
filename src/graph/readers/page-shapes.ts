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
  /** The date property the list is ordered by (newest first); `from`/`to` apply to it. Absent: ordered by id. */
  dateProperty?: string;
  /** Further predicates over `n` and `key`, beyond the date range. */
  filter?: string;
}

// Event codes (CAMEO by prefix, PLOVER type) filter calls, commitments and incidents alike.
// The CallWhere filters. `participant` and `country` repeat the anchor when the anchor is one of
// them, which is cheap; keeping one predicate for all shapes keeps the statements few.
const callFilter = `(key.participant IS NULL OR EXISTS { (:Actor {id: key.participant})-[:TOOK_PART_IN]->(n) })
    AND (key.country IS NULL OR EXISTS { (a:Actor)-[:TOOK_PART_IN]->(n) WHERE a.country = key.country })
    AND (key.counterpart IS NULL OR EXISTS { (:Actor {id: key.counterpart})-[:TOOK_PART_IN]->(n) })
    AND (key.counterpartCountry IS NULL OR EXISTS {
      (a:Actor)-[:TOOK_PART_IN]->(n)<-[:TOOK_PART_IN]-(b:Actor) WHERE a.country = key.country AND b.country = key.counterpartCountry
    })
    AND (key.medium IS NULL OR n.medium = key.medium)
    AND (key.topic IS NULL OR EXISTS { (n)-[:DISCUSSED]->(t:Topic) WHERE toLower(t.name) = key.topic })
    AND (key.cameo IS NULL OR n.cameo STARTS WITH key.cameo)
    AND (key.plover IS NULL OR n.ploverEvent = key.plover)`;

const call = (match: string): PageShape => ({ match, dateProperty: 'date', filter: callFilter });

// The TweetWhere filters beyond the author (the anchor) and the date range.
const tweetFilter = `(key.hashtag IS NULL OR any(tag IN coalesce(n.hashtags, []) WHERE toLower(tag) = key.hashtag))`;
const tweet = (match: string): PageShape => ({ match, dateProperty: 'postedOn', filter: tweetFilter });

// The CommitmentWhere filters; `byCountry` repeats the anchor of commitmentsMadeByCountry.
const commitmentFilter = `(key.kind IS NULL OR n.kind = key.kind)
    AND (key.byCountry IS NULL OR EXISTS { (n)-[:BY]->(:Country {code: key.byCountry}) })
    AND (key.target IS NULL OR EXISTS { (n)-[:TARGETS]->(:Country {code: key.target}) })
    AND (key.beneficiary IS NULL OR EXISTS { (n)-[:BENEFITS]->(:Country {code: key.beneficiary}) })
    AND (key.cameo IS NULL OR n.cameo STARTS WITH key.cameo)
    AND (key.plover IS NULL OR n.ploverEvent = key.plover)`;
const commitment = (match: string): PageShape => ({ match, dateProperty: 'date', filter: commitmentFilter });

const incident = (match: string): PageShape => ({ match, dateProperty: 'date', filter: `(key.kind IS NULL OR n.kind = key.kind)
    AND (key.cameo IS NULL OR n.cameo STARTS WITH key.cameo)
    AND (key.plover IS NULL OR n.ploverEvent = key.plover)` });

// The ActorWhere filters: kind, and a part of the name or of an alias (lower-cased by the caller).
const actorFilter = `(key.kind IS NULL OR n.kind = key.kind)
    AND (key.name IS NULL OR toLower(n.name) CONTAINS key.name
      OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS key.name))`;

export const pageShapes = {
  /** All calls; used when a `calls(where:)` names neither a participant nor a country. */
  calls: call('MATCH (n:Call)'),
  callsOfActor: call('MATCH (:Actor {id: key.owner})-[:TOOK_PART_IN]->(n:Call)'),
  callsOfCountry: call('MATCH (:Actor {country: key.owner})-[:TOOK_PART_IN]->(n:Call)'),
  callsOfTopic: call('MATCH (n:Call)-[:DISCUSSED]->(:Topic {name: key.owner})'),
  /** All posts; used when `tweets(where:)` names no author. */
  tweets: tweet('MATCH (n:Tweet)'),
  tweetsOfActor: tweet('MATCH (:Actor {id: key.owner})-[:POSTED]->(n:Tweet)'),
  tweetsOfCountry: tweet('MATCH (:Actor {country: key.owner})-[:POSTED]->(n:Tweet)'),
  /** All commitments; used when `commitments(where:)` names no committing country. */
  commitments: commitment('MATCH (n:Commitment)'),
  commitmentsOfActor: commitment('MATCH (:Actor {id: key.owner})-[:MADE]->(n:Commitment)'),
  commitmentsMadeByCountry: commitment('MATCH (n:Commitment)-[:BY]->(:Country {code: key.owner})'),
  commitmentsReceivedByCountry: commitment('MATCH (n:Commitment)-[:TARGETS|BENEFITS]->(:Country {code: key.owner})'),
  /** All incidents; used when `incidents(where:)` names no country. */
  incidents: incident('MATCH (n:Incident)'),
  incidentsPerpetratedByCountry: incident('MATCH (:Country {code: key.owner})-[:PERPETRATED]->(n:Incident)'),
  incidentsInCountry: incident('MATCH (n:Incident)-[:IN]->(:Country {code: key.owner})'),
  /** Actors, by id (slugs of names, so nearly alphabetical); all of them, or those of a country. */
  actors: { match: 'MATCH (n:Actor)', filter: actorFilter },
  actorsOfCountry: { match: 'MATCH (n:Actor {country: key.owner})', filter: actorFilter },
  /** Articles by publication date. */
  articles: { match: 'MATCH (n:Article)', dateProperty: 'publishedOn' },
} as const satisfies Record<string, PageShape>;

export type PageShapeName = keyof typeof pageShapes;
