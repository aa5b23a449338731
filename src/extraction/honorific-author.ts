/**
 * The author of a post named by an honorific and given name, as the British press names knights,
 * dames and peers after the first mention ('In a post on X, Sir Ed said: "…"'). The actor stage
 * knows the full name ("Ed Davey"); the given name after the honorific picks it out when exactly
 * one person actor bears it. Linear: one bounded window around the quote, one pass over the actors.
 */
import type { Article, Quote } from './extraction-types.js';
import { VERB } from './untitled-author.js';

/** The rule as data (id, example, reason), as the other post-author rules state theirs. */
export const HONORIFIC_AUTHOR_RULE = { id: 'post.honorific-author',
  example: 'Ed Davey visited Kyiv. In a post on X, Sir Ed said: "We stand with you."',
  reason: 'British usage names a knight, dame or peer by honorific and given name ("Sir Ed", "Dame Priti"); the one actor of that given name is the author.',
};

const HONORIFIC = "(?:Sir|Dame|Lord|Lady|Baroness) (\\p{Lu}[\\p{L}'’-]+)(?: (\\p{Lu}[\\p{L}'’-]+))?";
/** Before the quote, in its clause: 'Sir Ed said: "…"'. */
const BEFORE = new RegExp(`\\b${HONORIFIC},?\\s+${VERB}[^"“”]{0,60}$`, 'u');
/** After it: '"…," Sir Ed wrote' or '"…," wrote Sir Ed'. */
const AFTER = new RegExp(`^[\\s,.!?:"”-]*(?:${VERB} )?${HONORIFIC}(?:\\s+${VERB})?`, 'u');

/** The person actor whose given name (and surname, when given) the honorific names, when exactly one does. */
function bearer(article: Article, given: string, surname: string | undefined): string | null {
  const found = article.actors.filter((a) => {
    if (a.kind === 'institution') return false;
    const words = a.name.split(/\s+/);
    return words[0] === given && (!surname || words[words.length - 1] === surname);
  });
  return found.length === 1 ? found[0].id : null;
}

/** The author of platform quote `q` named by honorific and given name, or null. */
export function honorificAuthor(article: Article, q: Quote): string | null {
  const { scan } = article;
  const s = article.sentences[q.sentence];
  const before = BEFORE.exec(scan.slice(Math.max(s?.start ?? 0, q.start - 200), q.start));
  const after = before ? null : AFTER.exec(scan.slice(q.end, q.end + 80));
  const m = before ?? after;
  return m ? bearer(article, m[1], m[2]) : null;
}
