/**
 * The lists the API pages through, each a fixed MATCH that binds `n` from the page key's `owner`
 * (an actor id or a country code), the property it is ordered by, and the filters it accepts.
 * Every filter is written `key.x IS NULL OR …`, so one statement serves every key of a batch;
 * a statement carries only the filters its batch uses (page-filters.ts).
 *
 * @example
 *   pageShapes.callsOfActor.match; // 'MATCH (:Actor {id: key.owner})-[:TOOK_PART_IN]->(n:Call)'
 */
import type { ProjectedLabel } from './relations.js';
import type { FilterName } from './page-filters.js';

/**
 * A list's size read from the server's counts: the owner bound first (the server reads a bound
 * node's degree from its relationship groups; a pattern that finds the owner itself expands every
 * edge), then the degree or label count. An owner that does not exist gives no row: size 0.
 */
export interface ListSize {
  owner?: string;
  count: string;
}

const degree = (owner: string, edge: string): ListSize => ({ owner: `MATCH (o:${owner})`, count: `COUNT { (o)${edge}() }` });
const labelCount = (label: string): ListSize => ({ count: `COUNT { (:${label}) }` });

export interface PageShape {
  /** Binds `n`, once per item unless `distinct` says otherwise. */
  match: string;
  /** The date property the list is ordered by (newest first); `from`/`to` apply to it. Absent: ordered by id. */
  dateProperty?: string;
  /**
   * The filters the list accepts beyond the date range (page-filters.ts). A statement carries only
   * those some key of its batch uses: the others would be evaluated (as true) on every item of a long list.
   */
  filters?: readonly FilterName[];
  /** The match can bind one item more than once (two edges to the owner): rows are made distinct. */
  distinct?: boolean;
  /**
   * The list's size when no filter but the owner is given, as an expression the server answers
   * from its counts without visiting the items (a node's degree, the label count). Absent when
   * no such expression is exact (e.g. one item reachable along two edges).
   */
  size?: ListSize;
  /** The label of the listed nodes: which properties are dates, read as text (relations.ts, node-keys.ts). */
  label: ProjectedLabel;
  /** Filters that, equal to the owner, only repeat the anchor (they do not narrow the list). */
  repeats?: ReadonlyArray<FilterName>;
}

// Event codes (CAMEO by prefix, PLOVER type) filter calls, commitments and incidents alike.
const eventCodes = ['cameo', 'plover'] as const;
// The CallWhere filters. `participant` and `country` repeat the anchor when the anchor is one of them.
const callFilters = ['participant', 'country', 'counterpart', 'counterpartCountry', 'medium', 'topic', ...eventCodes] as const;
const call = (match: string, size: ListSize, repeats?: PageShape['repeats']): PageShape => ({ match, label: 'Call', dateProperty: 'date', filters: callFilters, size, repeats });

// The TweetWhere filters beyond the author (the anchor) and the date range.
const tweet = (match: string, size?: ListSize): PageShape => ({ match, label: 'Tweet', dateProperty: 'postedOn', filters: ['hashtag'], size });

// The CommitmentWhere filters; `byCountry` repeats the anchor of commitmentsMadeByCountry.
const commitmentFilters = ['kind', 'byCountry', 'target', 'beneficiary', ...eventCodes] as const;
const commitment = (match: string, size?: ListSize, repeats?: PageShape['repeats'], distinct?: boolean): PageShape =>
  ({ match, label: 'Commitment', dateProperty: 'date', filters: commitmentFilters, size, repeats, distinct });

const incident = (match: string, size: ListSize): PageShape =>
  ({ match, label: 'Incident', dateProperty: 'date', size, filters: ['kind', ...eventCodes] });

// The ActorWhere filters: kind, and a part of the name or of an alias (lower-cased by the caller).
const actorFilters = ['kind', 'name'] as const;

export const pageShapes = {
  /** All calls; used when a `calls(where:)` names neither a participant nor a country. */
  calls: call('MATCH (n:Call)', labelCount('Call')),
  callsOfActor: call('MATCH (:Actor {id: key.owner})-[:TOOK_PART_IN]->(n:Call)', degree('Actor {id: key.owner}', '-[:TOOK_PART_IN]->'), ['participant']),
  // A country's calls are those of its actors, kept one hop away by INVOLVES (involves-cypher.ts).
  callsOfCountry: call('MATCH (n:Call)-[:INVOLVES]->(:Country {code: key.owner})', degree('Country {code: key.owner}', '<-[:INVOLVES]-'), ['country']),
  callsOfTopic: call('MATCH (n:Call)-[:DISCUSSED]->(:Topic {name: key.owner})', degree('Topic {name: key.owner}', '<-[:DISCUSSED]-')),
  /** All posts; used when `tweets(where:)` names no author. */
  tweets: tweet('MATCH (n:Tweet)', labelCount('Tweet')),
  tweetsOfActor: tweet('MATCH (:Actor {id: key.owner})-[:POSTED]->(n:Tweet)', degree('Actor {id: key.owner}', '-[:POSTED]->')),
  tweetsOfCountry: tweet('MATCH (:Actor {country: key.owner})-[:POSTED]->(n:Tweet)'),
  /** All commitments; used when `commitments(where:)` names no committing country. */
  commitments: commitment('MATCH (n:Commitment)', labelCount('Commitment')),
  commitmentsOfActor: commitment('MATCH (:Actor {id: key.owner})-[:MADE]->(n:Commitment)', degree('Actor {id: key.owner}', '-[:MADE]->')),
  commitmentsMadeByCountry: commitment('MATCH (n:Commitment)-[:BY]->(:Country {code: key.owner})', degree('Country {code: key.owner}', '<-[:BY]-'), ['byCountry']),
  commitmentsReceivedByCountry: commitment('MATCH (n:Commitment)-[:TARGETS|BENEFITS]->(:Country {code: key.owner})', undefined, undefined, true),
  /** All incidents; used when `incidents(where:)` names no country. */
  incidents: incident('MATCH (n:Incident)', labelCount('Incident')),
  incidentsPerpetratedByCountry: incident('MATCH (:Country {code: key.owner})-[:PERPETRATED]->(n:Incident)', degree('Country {code: key.owner}', '-[:PERPETRATED]->')),
  incidentsInCountry: incident('MATCH (n:Incident)-[:IN]->(:Country {code: key.owner})', degree('Country {code: key.owner}', '<-[:IN]-')),
  /** Actors, by id (slugs of names, so nearly alphabetical); all of them, or those of a country. */
  actors: { match: 'MATCH (n:Actor)', label: 'Actor', filters: actorFilters, size: labelCount('Actor') },
  actorsOfCountry: { match: 'MATCH (n:Actor {country: key.owner})', label: 'Actor', filters: actorFilters },
  /** Articles by publication date. */
  articles: { match: 'MATCH (n:Article)', label: 'Article', dateProperty: 'publishedOn', size: labelCount('Article') },
} as const satisfies Record<string, PageShape>;

export type PageShapeName = keyof typeof pageShapes;
