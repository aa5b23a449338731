/**
 * The fixed Cypher statements that write facts documents, in the order they run: one document
 * or a batch of many in one transaction. Each takes its rows as `$rows` (UNWIND), the rows of all
 * documents concatenated, every row that writes an article edge carrying its `articleId` (the
 * article statement takes `$articles`); no value is ever part of the text, so the server plans
 * each statement once. MERGE always goes through a node key
 * (schema/constraints.cypher); merge rules for facts reported by several articles are spelled
 * out where they apply. docs/graph-model.md describes the model these statements build.
 */

import { involvesAfterCountryChange, involvesOfCall } from './involves-cypher.js';
import { absorbUndated, datedTwinOf } from './same-contact-cypher.js';

/** One REPORTS edge per evidence item, keyed by the fact and the quote's start offset. */
const REPORTS = (node: string) => `FOREACH (e IN row.evidence |
  MERGE (art)-[r:REPORTS {start: toInteger(e.start)}]->(${node})
  SET r.end = toInteger(e.end), r.quote = e.quote, r.sentence = toInteger(e.sentence), r.rule = e.rule)`;

/**
 * The article's MENTIONS edge to `node`. MERGE locks both ends until commit, and busy countries
 * and leaders are mentioned by every batch, so concurrent batches would queue on them; an article
 * created by this transaction (`art.creating`, see `article`) cannot have the edge yet, so it is
 * CREATEd — unless `row.unique` is false (the article occurs twice in the batch, or the target
 * twice in the document), when MERGE keeps it single.
 */
const MENTIONS = (node: string) => `FOREACH (_ IN CASE WHEN row.unique AND art.creating THEN [1] ELSE [] END | CREATE (art)-[:MENTIONS]->(${node}))
FOREACH (_ IN CASE WHEN row.unique AND art.creating THEN [] ELSE [1] END | MERGE (art)-[:MENTIONS]->(${node}))`;

export const factCypher = {
  /**
   * The article; `ingestedAt` is the first ingestion, so re-ingesting changes nothing. An article
   * this transaction creates is marked `creating` until `articleWritten` removes the mark, before
   * commit: no other transaction ever sees it. The SET always runs, so every writer of an article
   * holds its lock until commit.
   */
  article: `UNWIND $articles AS article
MERGE (art:Article {id: article.id})
ON CREATE SET art.ingestedAt = datetime(), art.creating = true
SET art.url = coalesce(art.url, article.url),
    art.title = coalesce(art.title, article.title),
    art.publishedOn = coalesce(art.publishedOn, date(article.publishedOn)),
    art.undated = CASE WHEN coalesce(art.publishedOn, date(article.publishedOn)) IS NULL THEN true END,
    art.extractorVersion = coalesce(article.extractorVersion, art.extractorVersion),
    art.textLength = coalesce(article.textLength, art.textLength)`,

  /** Every country the document refers to; those the article names get a MENTIONS edge. */
  countries: `UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
MERGE (c:Country {code: row.code})
FOREACH (_ IN CASE WHEN c.name IS NULL THEN [1] ELSE [] END | SET c.name = row.name)
WITH art, c, row WHERE row.mentioned
${MENTIONS('c')}`,

  /**
   * Actors: aliases and handles union, title and country filled only while unknown. Only what
   * changes is written: a SET of an unchanged value still locks the node (every article about a
   * busy leader would queue on it) and, for searchText, rewrites its full-text index entry.
   * An actor whose country becomes known gives its earlier calls their INVOLVES edge.
   */
  actors: `UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
MERGE (a:Actor {id: row.id})
ON CREATE SET a.kind = row.kind, a.name = row.name, a.aliases = [], a.handles = []
WITH art, row, a, a.country AS countryBefore,
     [x IN row.aliases WHERE x <> a.name AND NOT x IN coalesce(a.aliases, [])] AS newAliases,
     [x IN row.handles WHERE NOT x IN coalesce(a.handles, [])] AS newHandles
FOREACH (_ IN CASE WHEN (a.title IS NULL AND row.title IS NOT NULL) OR (a.country IS NULL AND row.country IS NOT NULL) THEN [1] ELSE [] END |
  SET a.title = coalesce(a.title, row.title), a.country = coalesce(a.country, row.country))
${involvesAfterCountryChange}
FOREACH (_ IN CASE WHEN size(newAliases) + size(newHandles) > 0 OR a.searchText IS NULL THEN [1] ELSE [] END |
  SET a.searchText = reduce(s = a.name, x IN coalesce(a.aliases, []) + newAliases + coalesce(a.handles, []) + newHandles | s + ' | ' + x),
      a.aliases = coalesce(a.aliases, []) + newAliases,
      a.handles = coalesce(a.handles, []) + newHandles)
FOREACH (_ IN CASE WHEN a.kind = 'leader' AND NOT a:Leader THEN [1] ELSE [] END | SET a:Leader)
FOREACH (_ IN CASE WHEN a.kind = 'official' AND NOT a:Official THEN [1] ELSE [] END | SET a:Official)
FOREACH (_ IN CASE WHEN a.kind = 'institution' AND NOT a:Institution THEN [1] ELSE [] END | SET a:Institution)
${MENTIONS('a')}`,

  /**
   * An office an article gives a person, kept only when no office of that title to that country
   * is known yet (the gazetteer's dated terms are better). Term dates are unknown: null.
   */
  actorOffices: `UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (c:Country {code: row.country})
WHERE NOT EXISTS { (a)-[h:HOLDS_OFFICE]->(c) WHERE h.title = row.title }
MERGE (a)-[:HOLDS_OFFICE {title: row.title, source: 'article'}]->(c)`,

  institutionCountries: `UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (c:Country {code: row.country})
MERGE (a)-[:BASED_IN]->(c)`,

  /**
   * Calls: medium 'unspecified' is upgraded by a specific one (with its codes); topics union;
   * INVOLVES follows the participants' countries (involves-cypher.ts). An undated call and a
   * dated one of the same contact from other sources become one (same-contact-cypher.ts): an
   * undated row attaches to its dated `twin`, a dated row absorbs the undated calls it matches.
   * Rows' `participants` are sorted.
   */
  calls: `UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
${datedTwinOf('row, art', 'row.participants', 'CASE WHEN row.date IS NULL THEN art.publishedOn END')}
MERGE (c:Call {id: coalesce(twin.id, row.id)})
ON CREATE SET c.date = date(row.date), c.undated = CASE WHEN row.date IS NULL THEN true END, c.datePrecision = row.datePrecision, c.medium = row.medium,
              c.cameo = row.cameo, c.ploverEvent = row.ploverEvent, c.ploverMode = row.ploverMode
SET c.dateText = coalesce(c.dateText, CASE WHEN twin IS NULL THEN row.dateText END)
WITH art, c, row
FOREACH (_ IN CASE WHEN c.medium = 'unspecified' AND row.medium <> 'unspecified' THEN [1] ELSE [] END |
  SET c.medium = row.medium, c.cameo = row.cameo, c.ploverMode = row.ploverMode)
FOREACH (pid IN row.participants | MERGE (p:Actor {id: pid}) MERGE (p)-[:TOOK_PART_IN]->(c))
${involvesOfCall('c')}
FOREACH (name IN row.topics | MERGE (t:Topic {name: name}) MERGE (c)-[:DISCUSSED]->(t))
${REPORTS('c')}
${absorbUndated('c', 'row')}`,

  /** Incidents: casualty figures keep the highest reported (tolls rise as reports come in). */
  incidents: `UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
MERGE (i:Incident {id: row.id})
ON CREATE SET i.kind = row.kind, i.place = row.place, i.date = date(row.date), i.undated = CASE WHEN row.date IS NULL THEN true END,
              i.cameo = row.cameo, i.ploverEvent = row.ploverEvent, i.ploverMode = row.ploverMode
SET i.killed = CASE WHEN i.killed IS NULL OR row.killed > i.killed THEN toInteger(row.killed) ELSE i.killed END,
    i.injured = CASE WHEN i.injured IS NULL OR row.injured > i.injured THEN toInteger(row.injured) ELSE i.injured END
WITH art, i, row
FOREACH (code IN row.perpetrators | MERGE (c:Country {code: code}) MERGE (c)-[:PERPETRATED]->(i))
FOREACH (code IN row.countries | MERGE (c:Country {code: code}) MERGE (i)-[:IN]->(c))
${REPORTS('i')}`,

  commitments: `UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
MERGE (m:Commitment {id: row.id})
ON CREATE SET m.kind = row.kind, m.quote = row.quote, m.date = date(row.date), m.undated = CASE WHEN row.date IS NULL THEN true END,
              m.cameo = row.cameo, m.ploverEvent = row.ploverEvent
WITH art, m, row
FOREACH (aid IN row.makers | MERGE (a:Actor {id: aid}) MERGE (a)-[:MADE]->(m))
FOREACH (code IN row.byCountries | MERGE (c:Country {code: code}) MERGE (m)-[:BY]->(c))
FOREACH (code IN row.targets | MERGE (c:Country {code: code}) MERGE (m)-[:TARGETS]->(c))
FOREACH (code IN row.beneficiaries | MERGE (c:Country {code: code}) MERGE (m)-[:BENEFITS]->(c))
${REPORTS('m')}`,

  /**
   * Tweets, after calls and incidents so ABOUT finds them; hashtags and mentions union. A call
   * the document names (`aboutCalls`: id and sorted participants) that is no node of its own was
   * an undated call written as its dated twin (see `calls`): ABOUT goes to the twin.
   */
  tweets: `UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
MERGE (t:Tweet {id: row.id})
ON CREATE SET t.text = row.text, t.hashtags = [], t.mentions = []
SET t.postedOn = coalesce(t.postedOn, date(row.date)),
    t.undated = CASE WHEN coalesce(t.postedOn, date(row.date)) IS NULL THEN true END,
    t.platform = coalesce(t.platform, row.platform),
    t.hashtags = t.hashtags + [x IN row.hashtags WHERE NOT x IN t.hashtags],
    t.mentions = t.mentions + [x IN row.mentions WHERE NOT x IN t.mentions]
WITH art, t, row
FOREACH (aid IN [row.author] | MERGE (a:Actor {id: aid}) MERGE (a)-[:POSTED]->(t))
FOREACH (iid IN row.aboutIncidents | MERGE (i:Incident {id: iid}) MERGE (t)-[:ABOUT]->(i))
FOREACH (aid IN row.mentionedActors | MERGE (a:Actor {id: aid}) MERGE (t)-[:MENTIONS]->(a))
${REPORTS('t')}
WITH *
CALL (art, t, row) {
  UNWIND row.aboutCalls AS about
  OPTIONAL MATCH (own:Call {id: about.id})
  ${datedTwinOf('art, about, own', 'about.participants', 'CASE WHEN own IS NULL THEN art.publishedOn END').replace(/\n/g, '\n  ')}
  WITH t, coalesce(own, twin) AS c WHERE c IS NOT NULL
  MERGE (t)-[:ABOUT]->(c)
}`,

  /**
   * Mentions the document itself could not resolve, looked up by handle among all actors (the
   * gazetteer knows most leaders' handles). Scans :Actor; handles are few and articles small.
   */
  tweetMentionsByHandle: `UNWIND $rows AS row
MATCH (t:Tweet {id: row.tweet})
MATCH (a:Actor) WHERE any(h IN a.handles WHERE toLower(h) = row.handle)
MERGE (t)-[:MENTIONS]->(a)`,

  /** Last: removes the `creating` mark of the articles this transaction created (see `article`). */
  articleWritten: `UNWIND $articles AS article
MATCH (art:Article {id: article.id})
WHERE art.creating IS NOT NULL
REMOVE art.creating`,
} as const;

export type FactStatementName = keyof typeof factCypher;
