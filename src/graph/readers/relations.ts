/**
 * Batched reads of one hop from a node (read through keyed-batch.ts): one statement per batch, `UNWIND $keys AS key`, one row
 * per key whose `value` is the list of neighbours (a COLLECT subquery, so a key with none gets
 * []) or, for a `one` relation, the first of them or null. Each relation starts from its node,
 * bound as `k`: found by its key (relationStatement), or bound by a statement that reads it ahead
 * (read-ahead.ts: a page's items, a look-up's node, or the items of a relation read ahead, levels
 * below). Read ahead with levels below it (an `AheadPlan`), each item comes as
 * `{item, ahead: {relation: value, …}}`, the next level read from the item's node in a subquery
 * that imports only that node: its variables are named by depth (`anchor2`), because a COLLECT
 * subquery sees every variable of the subqueries around it, and a name used twice silently binds
 * to the outer one. Each entry is fixed Cypher; the labels and relationship types are part of the
 * statement, never taken from input.
 *
 * @example
 *   relationStatement('participantsOfCall', ['call_ce02b0266cb16a01']).cypher;
 *   // UNWIND $keys AS key OPTIONAL MATCH (k:Call {id: key}) WITH key, k, COLLECT { … } AS value RETURN key, value
 *   relationValue('participantsOfCall', ['name'], [{ relation: 'countryOfActor', properties: ['name'] }], 1);
 *   // COLLECT { MATCH (n:Actor)-[:TOOK_PART_IN]->(k) … WITH n {.id, .name} AS item, n AS anchor1 CALL (anchor1) { … } RETURN {item: item, ahead: ahead} AS item }
 */
import { nodeWithTextDates, projectNode, type ProjectedLabel, type Properties } from './node-projection.js';
import type { AheadPlan } from './read-ahead.js';
import type { Statement } from '../graph-store.js';
import type { ActorRecord, CountryRecord, LabelledRecord, NodeRecord, OfficeRecord, SourceRecord, SubjectRecord } from './records.js';

/** The node a relation starts from: its label (its key is `code` for a country, `id` otherwise). */
type Anchor = 'Call' | 'Tweet' | 'Commitment' | 'Incident' | 'Article' | 'Actor' | 'Country';
const keyProperty = (anchor: Anchor) => (anchor === 'Country' ? 'code' : 'id');

/**
 * How a body returns the item for node variable `v`: the node's map (narrowed to what is read),
 * shaped by `shape` when the item is more than the node; with levels to read ahead of the node,
 * those too. Ends with `RETURN … AS item`.
 */
export type ItemReturn = (v: string, shape?: (node: string) => string) => string;

/** A relation reader; `V` is the value it yields per key, declared once where the reader is. */
interface Relation<V = unknown> {
  /** Type only: what a key's value is (a list for `many`, an item or null for `one`). */
  readonly value?: V;
  many: boolean;
  from: Anchor;
  /** The label of the nodes it yields, when a query may narrow their maps (node-projection.ts) and read ahead of them. */
  items?: ProjectedLabel;
  /** The body of a COLLECT subquery over the node the relation starts from, bound as `k`, returning one column `item`. */
  body: Body;
}

type Body = (item: ItemReturn, k: string) => string;
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
} as const satisfies Record<string, Relation<unknown>>;

export type RelationName = keyof typeof relations;

/** What each relation yields per key, as its reader above declares it. */
export type RelationValues = { [N in RelationName]: Exclude<(typeof relations)[N]['value'], undefined> };

/** The levels below the node bound as `k` that `plan` reads ahead: a map of each relation's value. */
export function aheadMap(plan: AheadPlan, depth: number, k: string): string {
  const values = plan.map((read) => `${read.relation}: ${relationValue(read.relation, read.properties, read.ahead, depth, k).replace(/\n/g, '\n  ')}`);
  return `{\n  ${values.join(',\n  ')}\n}`;
}

/**
 * `WITH <carry>item, anchor<depth>` and the subquery that reads `plan` ahead of node `v`, as
 * `ahead`; the caller returns `{item: item, ahead: ahead}`. The subquery imports only the anchor,
 * and the relations below start from it under its own name: Neo4j refuses a `k` rebound inside
 * nested subqueries, and a COLLECT subquery sees the variables of those around it.
 */
export function readAheadOf(v: string, item: string, plan: AheadPlan, depth: number, carry = ''): string {
  const anchor = `anchor${depth}`;
  // The anchor projected beside the map: a relation that aggregates needs it as a grouping key.
  return `WITH ${carry}${item} AS item, ${v} AS ${anchor}
CALL (${anchor}) {
  WITH ${anchor}, ${aheadMap(plan, depth + 1, anchor).replace(/\n/g, '\n  ')} AS ahead
  RETURN ahead
}`;
}

/**
 * The expression of a relation's value for the node bound as `k`, `depth` levels below the node
 * the statement starts from: its list, or its first item. `properties` narrows the maps of the
 * items (a relation that yields nodes: `items`); absent, they are whole. `plan`: the levels to
 * read ahead of each item.
 */
export function relationValue(name: RelationName, properties?: Properties, plan?: AheadPlan, depth = 1, k = 'k'): string {
  const { many: isMany, body, items } = relations[name] as Relation;
  const item: ItemReturn = (v, shape = (node) => node) => {
    const own = shape(items ? projectNode(v, items, properties) : nodeWithTextDates(v));
    if (!plan?.length) return `RETURN ${own} AS item`;
    return `${readAheadOf(v, own, plan, depth)}\nRETURN {item: item, ahead: ahead} AS item`;
  };
  const collected = `COLLECT {\n  ${body(item, k)}\n}`;
  return isMany ? collected : `head(${collected})`;
}

/** One row per key: the relation's value, with `plan` read ahead of each item. */
export function relationStatement(name: RelationName, keys: readonly string[], plan?: AheadPlan): Statement {
  const { from } = relations[name];
  // A key with no node gets k = null, hence no neighbours. k stays in the projection beside the
  // value: a relation that aggregates needs it as a grouping key.
  const cypher = `UNWIND $keys AS key
OPTIONAL MATCH (k:${from} {${keyProperty(from)}: key})
WITH key, k, ${relationValue(name, undefined, plan)} AS value
RETURN key, value`;
  return { cypher, params: { keys: [...keys] } };
}
