/**
 * Mentions the document itself could not resolve, looked up by handle among all actors (the
 * gazetteer knows most leaders' handles). Scans :Actor; handles are few and articles small.
 */
import { factStatement } from './fact-statement.js';
import { unique } from './row-values.js';
import { resolveMention } from './resolve-mention.js';
import { sendOnce } from './send-once.js';

export const tweetMentionsByHandleStatement = factStatement({
  name: 'tweetMentionsByHandle',
  cypher: `UNWIND $rows AS row
MATCH (t:Tweet {id: row.tweet})
MATCH (a:Actor) WHERE any(h IN a.handles WHERE toLower(h) = row.handle)
MERGE (t)-[:MENTIONS]->(a)`,
  rows: ({ facts }) =>
    facts.tweets.flatMap((t) =>
      unique(t.mentions.filter((m) => m.startsWith('@') && resolveMention(facts, m) === null).map((m) => m.toLowerCase())).map((handle) => ({
        tweet: t.id,
        handle,
      })),
    ),
  combine: sendOnce,
});
