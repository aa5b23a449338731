/**
 * Batched reads of one hop from a node (read through keyed-batch.ts): one statement per batch, `UNWIND $keys AS key`, one row
 * per key whose `value` is the list of neighbours (a COLLECT subquery, so a key with none gets
 * []) or, for a `one` relation, the first of them or null. Each entry is fixed Cypher; the labels
 * and relationship types are part of the statement, never taken from input.
 *
 * @example
 *   relationStatement('participantsOfCall', ['call_ce02b0266cb16a01']).cypher; // UNWIND $keys AS key RETURN key, COLLECT { … } AS value
 */
import { nodeWithTextDates } from './temporal-text.js';
import type { Statement } from '../graph-store.js';
import type { ActorRecord, CountryRecord, LabelledRecord, NodeRecord, OfficeRecord, SourceRecord, SubjectRecord } from './records.js';

interface Relation {
  many: boolean;
  /** The body of a COLLECT subquery over `key`, returning one column. */
  body: string;
}

const many = (body: string): Relation => ({ many: true, body });
const one = (body: string): Relation => ({ many: false, body });

/** The REPORTS edges behind a fact, oldest article first, then in text order. */
const sourcesOf = (label: string) =>
  many(`MATCH (a:Article)-[r:REPORTS]->(:${label} {id: key})
  WITH a, r ORDER BY a.publishedOn, a.id, r.start
  RETURN {article: ${nodeWithTextDates('a', 'Article')}, quote: r.quote, start: r.start, end: r.end, sentence: r.sentence, rule: r.rule} AS item`);

const tweetsAbout = (label: string) =>
  many(`MATCH (t:Tweet)-[:ABOUT]->(:${label} {id: key})
  WITH t ORDER BY t.postedOn, t.id
  RETURN ${nodeWithTextDates('t', 'Tweet')} AS item`);

const countryOf = (pattern: string) => one(`MATCH ${pattern} RETURN c {.*} AS item`);

export const relations = {
  participantsOfCall: many(`MATCH (n:Actor)-[:TOOK_PART_IN]->(:Call {id: key})
  WITH n ORDER BY n.name
  RETURN n {.*} AS item`),
  topicsOfCall: many(`MATCH (:Call {id: key})-[:DISCUSSED]->(t:Topic)
  WITH t ORDER BY t.name
  RETURN t.name AS item`),
  tweetsAboutCall: tweetsAbout('Call'),
  tweetsAboutIncident: tweetsAbout('Incident'),
  sourcesOfCall: sourcesOf('Call'),
  sourcesOfTweet: sourcesOf('Tweet'),
  sourcesOfCommitment: sourcesOf('Commitment'),
  sourcesOfIncident: sourcesOf('Incident'),
  authorOfTweet: one(`MATCH (n:Actor)-[:POSTED]->(:Tweet {id: key}) RETURN n {.*} AS item`),
  mentionedActorsOfTweet: many(`MATCH (:Tweet {id: key})-[:MENTIONS]->(n:Actor)
  WITH n ORDER BY n.name
  RETURN n {.*} AS item`),
  // The label tells the API which member of the union `TweetSubject` this is.
  subjectOfTweet: one(`MATCH (:Tweet {id: key})-[:ABOUT]->(n)
  WHERE n:Call OR n:Incident
  RETURN ${nodeWithTextDates('n', 'Call', "label: CASE WHEN n:Call THEN 'Call' ELSE 'Incident' END")} AS item`),
  makerOfCommitment: one(`MATCH (n:Actor)-[:MADE]->(:Commitment {id: key}) RETURN n {.*} AS item`),
  countryByOfCommitment: countryOf(`(:Commitment {id: key})-[:BY]->(c:Country)`),
  targetOfCommitment: countryOf(`(:Commitment {id: key})-[:TARGETS]->(c:Country)`),
  beneficiaryOfCommitment: countryOf(`(:Commitment {id: key})-[:BENEFITS]->(c:Country)`),
  perpetratorOfIncident: countryOf(`(c:Country)-[:PERPETRATED]->(:Incident {id: key})`),
  countryOfIncident: countryOf(`(:Incident {id: key})-[:IN]->(c:Country)`),
  // What an article reported, in the order its text first states each fact; the label tells the
  // API which member of the union `ReportedFact` it is.
  reportedByArticle: many(`MATCH (:Article {id: key})-[r:REPORTS]->(n)
  WHERE n:Call OR n:Tweet OR n:Commitment OR n:Incident
  WITH n, min(r.start) AS first ORDER BY first, n.id
  RETURN ${nodeWithTextDates('n', undefined, "label: head([l IN labels(n) WHERE l IN ['Call', 'Tweet', 'Commitment', 'Incident']])")} AS item`),
  // Current offices first (an open term has no `until`), then the most recent.
  officesOfActor: many(`MATCH (:Actor {id: key})-[o:HOLDS_OFFICE]->(c:Country)
  WITH o, c ORDER BY coalesce(o.until, date('9999-12-31')) DESC, o.since DESC
  RETURN {title: o.title, since: toString(o.since), until: toString(o.until), source: o.source, country: c {.*}} AS item`),
  // A country's leaders: those whose home country it is, and those who held office there. Each
  // branch starts from an index (Leader.country, Country.code) rather than scanning all leaders.
  leadersOfCountry: many(`CALL (key) {
    MATCH (n:Leader {country: key}) RETURN n
    UNION
    MATCH (n:Leader)-[:HOLDS_OFFICE]->(:Country {code: key}) RETURN n
  }
  WITH n ORDER BY n.name
  RETURN n {.*} AS item`),
} as const satisfies Record<string, Relation>;

export type RelationName = keyof typeof relations;

/** What each relation yields per key. */
export interface RelationValues {
  participantsOfCall: ActorRecord[];
  topicsOfCall: string[];
  tweetsAboutCall: NodeRecord[];
  tweetsAboutIncident: NodeRecord[];
  sourcesOfCall: SourceRecord[];
  sourcesOfTweet: SourceRecord[];
  sourcesOfCommitment: SourceRecord[];
  sourcesOfIncident: SourceRecord[];
  authorOfTweet: ActorRecord | null;
  mentionedActorsOfTweet: ActorRecord[];
  subjectOfTweet: SubjectRecord | null;
  makerOfCommitment: ActorRecord | null;
  countryByOfCommitment: CountryRecord | null;
  targetOfCommitment: CountryRecord | null;
  beneficiaryOfCommitment: CountryRecord | null;
  perpetratorOfIncident: CountryRecord | null;
  countryOfIncident: CountryRecord | null;
  reportedByArticle: LabelledRecord[];
  officesOfActor: OfficeRecord[];
  leadersOfCountry: ActorRecord[];
}

/** The expression of a relation's value for the node whose id is `key`: its list, or its first item. */
export function relationValue(name: RelationName): string {
  const { many: isMany, body } = relations[name];
  const collected = `COLLECT {\n  ${body}\n}`;
  return isMany ? collected : `head(${collected})`;
}

export function relationStatement(name: RelationName, keys: readonly string[]): Statement {
  return { cypher: `UNWIND $keys AS key\nRETURN key, ${relationValue(name)} AS value`, params: { keys: [...keys] } };
}
