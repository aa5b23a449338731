/**
 * Tweets, after calls and incidents so ABOUT finds them; hashtags and mentions union. A call the
 * document names (`aboutCalls`: id and sorted participants) that is no node of its own was an
 * undated call written as its dated twin (see calls-statement.ts): ABOUT goes to the twin.
 */
import { datedTwinOf, SAME_CONTACT_DAYS } from '../same-contact-cypher.js';
import { sortedParticipants } from './calls-statement.js';
import { ARTICLE_ROWS, factStatement } from './fact-statement.js';
import { fieldsOf, listOf, unique } from './row-values.js';
import { evidenceRows, REPORTS } from './reports-cypher.js';
import { resolveMention } from './resolve-mention.js';

export const tweetsStatement = factStatement({
  name: 'tweets',
  cypher: `${ARTICLE_ROWS}
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
      evidence: evidenceRows(t.evidence),
    }));
  },
});
