/**
 * Batched reads of one hop from a node (read through keyed-batch.ts): one statement per batch, `UNWIND $keys AS key`, one row
 * per key whose `value` is the list of neighbours (a COLLECT subquery, so a key with none gets
 * []) or, for a `one` relation, the first of them or null. Each relation starts from its node,
 * bound as `k`: found by its key (relationStatement), or bound by a page statement that reads
 * relations one level ahead for each of its items (pageEnd, the end of page-statement.ts's text).
 * Each entry is fixed Cypher; the labels and relationship types are part of the statement, never
 * taken from input.
 *
 * @example
 *   relationStatement('participantsOfCall', ['call_ce02b0266cb16a01']).cypher;
 *   // UNWIND $keys AS key OPTIONAL MATCH (k:Call {id: key}) WITH key, k, COLLECT { … } AS value RETURN key, value
 *   pageEnd([]); // 'RETURN key.i AS key, items[..toInteger(key.take)] AS value'
 *   pageEnd(aheadOf([{ take: 3, ahead: ['topicsOfCall'] }])); // … CALL (value) { … topicsOfCall: COLLECT { … } … }
 */
import { mergeProperties, nodeWithTextDates, projectNode, type ProjectedLabel, type Properties } from './node-projection.js';
import type { PageKey } from './page-key.js';
import type { Statement } from '../graph-store.js';
import type { ActorRecord, CountryRecord, LabelledRecord, NodeRecord, OfficeRecord, SourceRecord, SubjectRecord } from './records.js';

/** The node a relation starts from: its label (its key is `code` for a country, `id` otherwise). */
type Anchor = 'Call' | 'Tweet' | 'Commitment' | 'Incident' | 'Article' | 'Actor' | 'Country';
const keyProperty = (anchor: Anchor) => (anchor === 'Country' ? 'code' : 'id');

/** A relation reader; `V` is the value it yields per key, declared once where the reader is. */
interface Relation<V = unknown> {
  /** Type only: what a key's value is (a list for `many`, an item or null for `one`). */
  readonly value?: V;
  many: boolean;
  from: Anchor;
  /** The label of the nodes it yields, when a query may narrow their maps to what it reads (node-projection.ts). */
  items?: ProjectedLabel;
  /** The body of a COLLECT subquery over `k` (the node the relation starts from), returning one column. */
  body: (properties?: Properties) => string;
}

type Body = string | ((properties?: Properties) => string);
const bodyOf = (body: Body) => (typeof body === 'string' ? () => body : body);
const many = <I>(from: Anchor, body: Body, items?: ProjectedLabel): Relation<I[]> => ({ many: true, from, body: bodyOf(body), items });
const one = <I>(from: Anchor, body: Body, items?: ProjectedLabel): Relation<I | null> => ({ many: false, from, body: bodyOf(body), items });

/** The REPORTS edges behind a fact, oldest article first, then in text order. */
const sourcesOf = (label: Anchor) =>
  many<SourceRecord>(label, `MATCH (a:Article)-[r:REPORTS]->(k)
  WITH a, r ORDER BY a.publishedOn, a.id, r.start
  RETURN {article: ${nodeWithTextDates('a', 'Article')}, quote: r.quote, start: r.start, end: r.end, sentence: r.sentence, rule: r.rule} AS item`);

const tweetsAbout = (label: Anchor) =>
  many<NodeRecord>(label, (p) => `MATCH (t:Tweet)-[:ABOUT]->(k)
  WITH t ORDER BY t.postedOn, t.id
  RETURN ${projectNode('t', 'Tweet', p)} AS item`, 'Tweet');

const countryOf = (from: Anchor, pattern: string) => one<CountryRecord>(from, (p) => `MATCH ${pattern} RETURN ${projectNode('c', 'Country', p)} AS item`, 'Country');

export const relations = {
  participantsOfCall: many<ActorRecord>('Call', (p) => `MATCH (n:Actor)-[:TOOK_PART_IN]->(k)
  WITH n ORDER BY n.name
  RETURN ${projectNode('n', 'Actor', p)} AS item`, 'Actor'),
  topicsOfCall: many<string>('Call', `MATCH (k)-[:DISCUSSED]->(t:Topic)
  WITH t ORDER BY t.name
  RETURN t.name AS item`),
  tweetsAboutCall: tweetsAbout('Call'),
  tweetsAboutIncident: tweetsAbout('Incident'),
  sourcesOfCall: sourcesOf('Call'),
  sourcesOfTweet: sourcesOf('Tweet'),
  sourcesOfCommitment: sourcesOf('Commitment'),
  sourcesOfIncident: sourcesOf('Incident'),
  authorOfTweet: one<ActorRecord>('Tweet', (p) => `MATCH (n:Actor)-[:POSTED]->(k) RETURN ${projectNode('n', 'Actor', p)} AS item`, 'Actor'),
  mentionedActorsOfTweet: many<ActorRecord>('Tweet', (p) => `MATCH (k)-[:MENTIONS]->(n:Actor)
  WITH n ORDER BY n.name
  RETURN ${projectNode('n', 'Actor', p)} AS item`, 'Actor'),
  // The label tells the API which member of the union `TweetSubject` this is.
  subjectOfTweet: one<SubjectRecord>('Tweet', `MATCH (k)-[:ABOUT]->(n)
  WHERE n:Call OR n:Incident
  RETURN ${nodeWithTextDates('n', 'Call', "label: CASE WHEN n:Call THEN 'Call' ELSE 'Incident' END")} AS item`),
  makerOfCommitment: one<ActorRecord>('Commitment', (p) => `MATCH (n:Actor)-[:MADE]->(k) RETURN ${projectNode('n', 'Actor', p)} AS item`, 'Actor'),
  countryByOfCommitment: countryOf('Commitment', `(k)-[:BY]->(c:Country)`),
  targetOfCommitment: countryOf('Commitment', `(k)-[:TARGETS]->(c:Country)`),
  beneficiaryOfCommitment: countryOf('Commitment', `(k)-[:BENEFITS]->(c:Country)`),
  perpetratorOfIncident: countryOf('Incident', `(c:Country)-[:PERPETRATED]->(k)`),
  countryOfIncident: countryOf('Incident', `(k)-[:IN]->(c:Country)`),
  // What an article reported, in the order its text first states each fact; the label tells the
  // API which member of the union `ReportedFact` it is.
  reportedByArticle: many<LabelledRecord>('Article', `MATCH (k)-[r:REPORTS]->(n)
  WHERE n:Call OR n:Tweet OR n:Commitment OR n:Incident
  WITH n, min(r.start) AS first ORDER BY first, n.id
  RETURN ${nodeWithTextDates('n', undefined, "label: head([l IN labels(n) WHERE l IN ['Call', 'Tweet', 'Commitment', 'Incident']])")} AS item`),
  // Current offices first (an open term has no `until`), then the most recent.
  officesOfActor: many<OfficeRecord>('Actor', `MATCH (k)-[o:HOLDS_OFFICE]->(c:Country)
  // Descending order puts nulls first: an open term before every closed one.
  WITH o, c ORDER BY o.until DESC, o.since DESC
  RETURN {title: o.title, since: toString(o.since), until: toString(o.until), source: o.source, country: c {.*}} AS item`),
  // A country's leaders: those whose home country it is, and those who held office there. Each
  // branch starts from an index (Leader.country) or from the country rather than scanning all leaders.
  leadersOfCountry: many<ActorRecord>('Country', `CALL (k) {
    MATCH (n:Leader {country: k.code}) RETURN n
    UNION
    MATCH (n:Leader)-[:HOLDS_OFFICE]->(k) RETURN n
  }
  WITH n ORDER BY n.name
  RETURN n {.*} AS item`),
} as const satisfies Record<string, Relation<unknown>>;

export type RelationName = keyof typeof relations;

/** What each relation yields per key, as its reader above declares it. */
export type RelationValues = { [N in RelationName]: Exclude<(typeof relations)[N]['value'], undefined> };

/**
 * The expression of a relation's value for the node bound as `k`: its list, or its first item.
 * `properties` narrows the maps of the items (a relation that yields nodes: `items`); absent, they are whole.
 */
export function relationValue(name: RelationName, properties?: Properties): string {
  const { many: isMany, body } = relations[name];
  const collected = `COLLECT {\n  ${body(properties)}\n}`;
  return isMany ? collected : `head(${collected})`;
}

export function relationStatement(name: RelationName, keys: readonly string[]): Statement {
  const { from } = relations[name];
  // A key with no node gets k = null, hence no neighbours. k stays in the projection beside the
  // value: a relation that aggregates needs it as a grouping key.
  const cypher = `UNWIND $keys AS key
OPTIONAL MATCH (k:${from} {${keyProperty(from)}: key})
WITH key, k, ${relationValue(name)} AS value
RETURN key, value`;
  return { cypher, params: { keys: [...keys] } };
}

// Read ahead: the end of a page statement returns each key's items, and with them the relations
// some key of the batch asked for. Each item's relations are read as their readers above read
// them, from the item's node (carried as `k` through the page, dropped at the end), in a subquery
// that sees nothing else.

/**
 * The relations some key of the batch asks to read ahead, sorted (part of the statement's text),
 * each with the properties its items are read with: all that any key asking for it reads.
 */
export function aheadOf(keys: readonly PageKey[]): Array<[RelationName, Properties]> {
  const names = [...new Set(keys.flatMap((key) => key.ahead ?? []))].sort();
  return names.map((name) => {
    const asking = keys.filter((key) => key.ahead?.includes(name));
    return [name, relations[name].items ? mergeProperties(asking.map((key) => key.aheadProperties?.[name])) : undefined];
  });
}

/** Returns each key's `items`, cut to its take, with the relations in `ahead` read for every item. */
export function pageEnd(ahead: ReadonlyArray<[RelationName, Properties]>): string {
  if (ahead.length === 0) return 'RETURN key.i AS key, items[..toInteger(key.take)] AS value';
  const values = ahead.map(([name, properties]) => `${name}: ${relationValue(name, properties).replace(/\n/g, '\n      ')}`).join(',\n      ');
  return `WITH key.i AS page, items[..toInteger(key.take)] AS value
CALL (value) {
  UNWIND value AS entry
  CALL (entry) {
    WITH entry.k AS k
    // k projected beside the map: a relation that aggregates needs it as a grouping key.
    WITH k, {
      ${values}
    } AS ahead
    RETURN ahead
  }
  RETURN collect(entry {.node, .sortDate, ahead: ahead}) AS withAhead
}
RETURN page AS key, withAhead AS value`;
}
