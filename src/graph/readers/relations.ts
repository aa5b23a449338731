/**
 * The relation readers: one hop from a node, each the body of a COLLECT subquery from its node
 * bound as `k`, yielding a list (`many`, [] when there is none) or its first item or null (`one`).
 * They are read by key (relationStatement) or ahead, with a page's items, a look-up's node or the
 * items of a relation read ahead (read-ahead.ts, which also assembles their statements). Each
 * entry is fixed Cypher; the labels and relationship types are part of the statement, never taken
 * from input. A body takes the variable of its node, `k` at the top and `anchorN` N levels down
 * (read-ahead.ts says why), and returns its items through `item`, which reads ahead of them.
 *
 * Every reader writes a node's map as below (nodeWithTextDates, projectNode): its dates as ISO
 * text, and only the properties a query reads. Dates as text, converted by the server:
 * neo4j-driver decodes every Date with 64-bit integer arithmetic, about 20 µs a value here, and
 * two thirds of a 500-person contact network's time went to its 5,000 edge dates
 * (bench/results/S.notes.md); which properties are dates, the SDL says (storedDates,
 * node-keys.ts). Only what is read: an actor carries its aliases, handles and search text; a page
 * of 100 calls with their participants and posts read whole took 9.6 ms at scale M, and 5.4 ms
 * read as the query selected it (bench/results/M.notes.md). The node's key (`id`, or `code` for a
 * country) is always read: pages, cursors and loaders key on it.
 *
 * @example
 *   projectNode('n', 'Call', ['date', 'medium']); // "n {.id, date: toString(n.date), .medium}"
 *   nodeWithTextDates('n', 'Actor');              // "n {.*}": an actor has no dates
 *   relationStatement('participantsOfCall', ['call_ce02b0266cb16a01']).cypher; // (read-ahead.ts)
 *   // UNWIND $keys AS key OPTIONAL MATCH (k:Call {id: key}) WITH key, k, COLLECT { … } AS value RETURN key, value
 *   relations.participantsOfCall.body(item, 'anchor1', '$take'); // MATCH (n:Actor)-[:TOOK_PART_IN]->(anchor1) …
 */
import { nodeKeys, storedDates } from '../node-keys.js';
import type { ActorRecord, CounterpartRecord, CountryRecord, LabelledRecord, NodeRecord, OfficeRecord, SourceRecord, SubjectRecord } from './records.js';

/** `v {.*}` with the label's temporal properties as text; without a label, those of every label. */
export function nodeWithTextDates(v: string, label?: string, extra = ''): string {
  const props = label ? (storedDates[label] ?? []) : [...new Set(Object.values(storedDates).flat())];
  const entries = ['.*', ...props.map((p) => `${p}: toString(${v}.${p})`), ...(extra ? [extra] : [])];
  return `${v} {${entries.join(', ')}}`;
}

/** A node label of the model (schema/constraints.cypher), whose maps a query may narrow. */
export type ProjectedLabel = string;

/** Property names to read, or undefined for all of them. */
export type Properties = readonly string[] | undefined;

// Property names come from the API's own table (src/graphql/selection-reads.ts), never from input;
// checked all the same, since they become part of the statement's text.
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export function projectNode(v: string, label: ProjectedLabel, properties?: Properties): string {
  const key = nodeKeys[label];
  if (!key) throw new Error(`projectNode: not a node label of the model (schema/constraints.cypher): ${JSON.stringify(label)}`);
  if (!properties) return nodeWithTextDates(v, label);
  const temporal: readonly string[] = storedDates[label] ?? [];
  const entries = [key, ...[...new Set(properties)].filter((p) => p !== key).sort()].map((p) => {
    if (!NAME.test(p)) throw new Error(`not a property name: ${JSON.stringify(p)}`);
    return temporal.includes(p) ? `${p}: toString(${v}.${p})` : `.${p}`;
  });
  return `${v} {${entries.join(', ')}}`;
}

/** What a batch reads when each of its keys asks for some properties: all of them, sorted; every property if one key asks for every one. */
export function mergeProperties(asked: readonly Properties[]): Properties {
  if (asked.some((p) => p === undefined)) return undefined;
  return [...new Set(asked.flat() as string[])].sort();
}

/** The node a relation starts from: its label. */
type Anchor = 'Call' | 'Tweet' | 'Commitment' | 'Incident' | 'Article' | 'Actor' | 'Country';
/** The property that keys an anchor (`code` for a country, `id` for the others), as schema/constraints.cypher says it. */
export const keyProperty = (anchor: Anchor) => nodeKeys[anchor];

/**
 * How a body returns the item for node variable `v`: the node's map (narrowed to what is read),
 * shaped by `shape` when the item is more than the node; with levels to read ahead of the node,
 * those too. Ends with `RETURN … AS item`.
 */
export type ItemReturn = (v: string, shape?: (node: string) => string) => string;

/** A relation reader; `V` is the value it yields per key, declared once where the reader is. */
export interface Relation<V = unknown> {
  /** Type only: what a key's value is (a list for `many`, an item or null for `one`). */
  readonly value?: V;
  many: boolean;
  from: Anchor;
  /** The label of the nodes it yields, when a query may narrow their maps (projectNode, above) and read ahead of them. */
  items?: ProjectedLabel;
  /** The field of each item that holds its node, when the item is more than the node (a counterpart's `actor`). */
  at?: string;
  /** Its field's `first` argument caps the items: the body limits them to `take`. */
  limited?: boolean;
  /** The body of a COLLECT subquery over the node the relation starts from, bound as `k`, returning one column `item`. */
  body: Body;
}

/** `take`: the Cypher parameter that caps a limited relation's items. */
type Body = (item: ItemReturn, k: string, take: string) => string;
const many = <I>(from: Anchor, body: Body, items?: ProjectedLabel): Relation<I[]> => ({ many: true, from, body, items });
const one = <I>(from: Anchor, body: Body, items?: ProjectedLabel): Relation<I | null> => ({ many: false, from, body, items });

/** The REPORTS edges behind a fact, oldest article first, then in text order. */
const sourcesOf = (label: Anchor) =>
  many<SourceRecord>(label, (_, k) => `MATCH (a:Article)-[r:REPORTS]->(${k})
  WITH a, r ORDER BY a.publishedOn, a.id, r.start
  RETURN {article: ${nodeWithTextDates('a', 'Article')}, quote: r.quote, start: r.start, end: r.end, sentence: r.sentence, rule: r.rule} AS item`);

const tweetsAbout = (label: Anchor) =>
  many<NodeRecord>(label, (item, k) => `MATCH (t:Tweet)-[:ABOUT]->(${k})
  WITH t ORDER BY t.postedOn, t.id
  ${item('t')}`, 'Tweet');

const countryOf = (from: Anchor, pattern: (k: string) => string) => one<CountryRecord>(from, (item, k) => `MATCH ${pattern(k)} ${item('c')}`, 'Country');

export const relations = {
  participantsOfCall: many<ActorRecord>('Call', (item, k) => `MATCH (n:Actor)-[:TOOK_PART_IN]->(${k})
  WITH n ORDER BY n.name
  ${item('n')}`, 'Actor'),
  topicsOfCall: many<string>('Call', (_, k) => `MATCH (${k})-[:DISCUSSED]->(t:Topic)
  WITH t ORDER BY t.name
  RETURN t.name AS item`),
  tweetsAboutCall: tweetsAbout('Call'),
  tweetsAboutIncident: tweetsAbout('Incident'),
  sourcesOfCall: sourcesOf('Call'),
  sourcesOfTweet: sourcesOf('Tweet'),
  sourcesOfCommitment: sourcesOf('Commitment'),
  sourcesOfIncident: sourcesOf('Incident'),
  authorOfTweet: one<ActorRecord>('Tweet', (item, k) => `MATCH (n:Actor)-[:POSTED]->(${k}) ${item('n')}`, 'Actor'),
  mentionedActorsOfTweet: many<ActorRecord>('Tweet', (item, k) => `MATCH (${k})-[:MENTIONS]->(n:Actor)
  WITH n ORDER BY n.name
  ${item('n')}`, 'Actor'),
  // The label tells the API which member of the union `TweetSubject` this is.
  subjectOfTweet: one<SubjectRecord>('Tweet', (_, k) => `MATCH (${k})-[:ABOUT]->(n)
  WHERE n:Call OR n:Incident
  RETURN ${nodeWithTextDates('n', 'Call', "label: CASE WHEN n:Call THEN 'Call' ELSE 'Incident' END")} AS item`),
  makerOfCommitment: one<ActorRecord>('Commitment', (item, k) => `MATCH (n:Actor)-[:MADE]->(${k}) ${item('n')}`, 'Actor'),
  countryByOfCommitment: countryOf('Commitment', (k) => `(${k})-[:BY]->(c:Country)`),
  targetOfCommitment: countryOf('Commitment', (k) => `(${k})-[:TARGETS]->(c:Country)`),
  beneficiaryOfCommitment: countryOf('Commitment', (k) => `(${k})-[:BENEFITS]->(c:Country)`),
  perpetratorOfIncident: countryOf('Incident', (k) => `(c:Country)-[:PERPETRATED]->(${k})`),
  countryOfIncident: countryOf('Incident', (k) => `(${k})-[:IN]->(c:Country)`),
  // What an article reported, in the order its text first states each fact; the label tells the
  // API which member of the union `ReportedFact` it is.
  reportedByArticle: many<LabelledRecord>('Article', (_, k) => `MATCH (${k})-[r:REPORTS]->(n)
  WHERE n:Call OR n:Tweet OR n:Commitment OR n:Incident
  WITH n, min(r.start) AS first ORDER BY first, n.id
  RETURN ${nodeWithTextDates('n', undefined, "label: head([l IN labels(n) WHERE l IN ['Call', 'Tweet', 'Commitment', 'Incident']])")} AS item`),
  // Current offices first (an open term has no `until`), then the most recent.
  officesOfActor: many<OfficeRecord>('Actor', (_, k) => `MATCH (${k})-[o:HOLDS_OFFICE]->(c:Country)
  // Descending order puts nulls first: an open term before every closed one.
  WITH o, c ORDER BY o.until DESC, o.since DESC
  RETURN {title: o.title, since: toString(o.since), until: toString(o.until), source: o.source, country: c {.*}} AS item`),
  // A country's leaders: those whose home country it is, and those who held office there. Each
  // branch starts from an index (Leader.country) or from the country rather than scanning all leaders.
  leadersOfCountry: many<ActorRecord>('Country', (item, k) => `CALL (${k}) {
    MATCH (n:Leader {country: ${k}.code}) RETURN n
    UNION
    MATCH (n:Leader)-[:HOLDS_OFFICE]->(${k}) RETURN n
  }
  WITH n ORDER BY n.name
  ${item('n')}`, 'Actor'),
  // The country an actor serves or is based in: a hop by its stored code, not by an edge.
  countryOfActor: countryOf('Actor', (k) => `(c:Country {code: ${k}.country})`),
  // Everyone the actor shared a call with, with how many calls and the first and last dated one,
  // most frequent first, then the most recent, undated last (\`IS NULL\` sorts false first): one
  // CONTACTED edge per counterpart (the contact aggregate, src/graph/contact-tally-cypher.ts), so a
  // leader with 30,000 calls is answered from its counterparts without reading a call.
  counterpartsOfActor: {
    ...many<CounterpartRecord>('Actor', (item, k, take) => `MATCH (${k})-[t:CONTACTED]-(o:Actor)
  WHERE t.calls > 0
  WITH o, t.calls AS callCount, t.first AS firstContact, t.last AS lastContact
  ORDER BY callCount DESC, lastContact IS NULL, lastContact DESC, o.id
  LIMIT toInteger(${take})
  ${item('o', (actor) => `{actor: ${actor}, callCount: callCount, firstContact: toString(firstContact), lastContact: toString(lastContact)}`)}`, 'Actor'),
    at: 'actor',
    limited: true,
  },
} as const satisfies Record<string, Relation<unknown>>;

export type RelationName = keyof typeof relations;

/** What each relation yields per key, as its reader above declares it. */
export type RelationValues = { [N in RelationName]: Exclude<(typeof relations)[N]['value'], undefined> };
