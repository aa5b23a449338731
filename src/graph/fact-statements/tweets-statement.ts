/**
 * Tweets, after calls and incidents so ABOUT finds them; hashtags and mentions union. A call the
 * document names (`aboutCalls`: id and sorted participants) that is no node of its own was an
 * undated call written as its dated twin (see calls-statement.ts): ABOUT goes to the twin.
 * As in the calls statement, the row whose MERGE made the tweet (`createdByRow`, removed in the
 * same statement) sets its properties on creation and CREATEs its edges (POSTED, ABOUT, MENTIONS,
 * REPORTS): a node made a moment ago has none, and a MERGE would look for each among all the
 * edges of the busy author, actor or article at its other end. Every other row (a second report
 * of the tweet, a re-ingest) MERGEs them as before.
 */
import { datedTwinOf, SAME_CONTACT_DAYS } from '../same-contact-cypher.js';
import { sortedParticipants } from './calls-statement.js';
import { ARTICLE_ROWS, factStatement } from './fact-statement.js';
import { fieldsOf, listOf, unique } from './row-values.js';
import { evidenceRows, lastPerStart, reportsEdge } from './reports-cypher.js';
import { resolveMention } from './resolve-mention.js';
import { bothWays, type RowEdge } from './row-edges.js';

const POSTED: RowEdge = { item: 'aid', list: '[row.author]', end: 'MERGE (a:Actor {id: aid})', from: 'a', type: 'POSTED', to: 't' };
const ABOUT_INCIDENTS: RowEdge = { item: 'iid', list: 'row.aboutIncidents', end: 'MERGE (i:Incident {id: iid})', from: 't', type: 'ABOUT', to: 'i' };
const MENTIONED: RowEdge = { item: 'aid', list: 'row.mentionedActors', end: 'MERGE (a:Actor {id: aid})', from: 't', type: 'MENTIONS', to: 'a' };
/** The ABOUT edge to the call `c` the subquery found (a list of one). */
const ABOUT_CALL: RowEdge = { item: '_', list: '[1]', from: 't', type: 'ABOUT', to: 'c' };

export const tweetsStatement = factStatement({
  name: 'tweets',
  cypher: `${ARTICLE_ROWS}
MERGE (t:Tweet {id: row.id})
ON CREATE SET t.createdByRow = row.n, t.text = row.text, t.postedOn = date(row.date),
              t.undated = CASE WHEN row.date IS NULL THEN true END, t.platform = row.platform,
              t.hashtags = row.hashtags, t.mentions = row.mentions
ON MATCH SET t.postedOn = coalesce(t.postedOn, date(row.date)),
    t.undated = CASE WHEN coalesce(t.postedOn, date(row.date)) IS NULL THEN true END,
    t.platform = coalesce(t.platform, row.platform),
    t.hashtags = t.hashtags + [x IN row.hashtags WHERE NOT x IN t.hashtags],
    t.mentions = t.mentions + [x IN row.mentions WHERE NOT x IN t.mentions]
WITH art, t, row, coalesce(t.createdByRow = row.n, false) AS fresh
REMOVE t.createdByRow
${bothWays(POSTED, 'fresh')}
${bothWays(ABOUT_INCIDENTS, 'fresh')}
${bothWays(MENTIONED, 'fresh')}
${bothWays(reportsEdge('t'), 'fresh')}
WITH *
CALL (art, t, row, fresh) {
  UNWIND row.aboutCalls AS about
  OPTIONAL MATCH (own:Call {id: about.id})
  ${datedTwinOf('art, about, own', 'about.participants', 'CASE WHEN own IS NULL THEN art.publishedOn END').replace(/\n/g, '\n  ')}
  WITH t, fresh, coalesce(own, twin) AS c WHERE c IS NOT NULL
  ${bothWays(ABOUT_CALL, 'fresh').replace(/\n/g, '\n  ')}
}`,
  params: { sameContactDays: SAME_CONTACT_DAYS },
  rows: ({ facts, articleId }) => {
    const calls = new Map(facts.calls.map((c) => [c.id, c]));
    return facts.tweets.map((t) => ({
      articleId,
      ...fieldsOf(t, ['id', 'author', 'text', 'date']),
      platform: t.platform ?? null,
      hashtags: unique(t.hashtags),
      mentions: unique(t.mentions),
      aboutCalls: listOf(t.about ? calls.get(t.about) : null).map((c) => ({ id: c.id, participants: sortedParticipants(c.participants) })),
      aboutIncidents: t.about && !calls.has(t.about) ? [t.about] : [],
      mentionedActors: unique(t.mentions.map((m) => resolveMention(facts, m)).filter((id): id is string => id !== null)),
      evidence: lastPerStart(evidenceRows(t.evidence)),
    }));
  },
  // Each row of the batch numbered: the row whose MERGE made its tweet writes its edges with CREATE.
  combine: (documents) => documents.flatMap((d) => d.rows).map((row, n) => ({ ...row, n })),
});
