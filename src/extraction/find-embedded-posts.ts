/**
 * Posts embedded in a page as the platform prints them: the post's words, then a signature line
 * "— Name (@handle) Month D, YYYY", with no quotation marks and no attribution sentence. Pages
 * copied from the web keep this form of an embedded X/Twitter post; its author is the actor the
 * signature names (by handle or name), its date the signature's.
 */
import type { Article, Mention, TweetDraft } from './extraction-types.js';
import { lastStartingBy, spansBetween } from './span-index.js';

export const EMBEDDED_POST_RULE = {
  id: 'post.embedded-signature',
  example: 'We will keep working for peace in the region. — Mark Rutte (@MarkRutte) March 3, 2024',
  reason: 'An embedded post ends in its author\'s name, handle and date after a dash; the words before the dash are the post.',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A paragraph's words, a dash, a name, the (@handle) and the date, ending the paragraph. */
const SIGNATURE = new RegExp(`^(.{8,}?)\\s*[—–-]{1,2}\\s*([^()\\n—–]{1,60}?)\\s*\\((@\\w{1,30})\\)\\s*(${MONTHS.join('|')}) (\\d{1,2}),? (\\d{4})\\s*$`, 'u');
/** Links the embed keeps with the words ("pic.twitter.com/…", "https://t.co/…"): not the post's words. */
const LINKS = /\s*(?:pic\.twitter\.com\/\w+|https?:\/\/\S+)/g;

/** The embedded posts of `article`, in order; `mentions` sorted by start. */
export function findEmbeddedPosts(article: Article, mentions: Mention[]): TweetDraft[] {
  const { body, scan } = article;
  const out: TweetDraft[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(scan); m; m = line.exec(scan)) {
    // Every signature has a parenthesised handle; most paragraphs have none, so they are passed over at once.
    if (!m[0].includes('(@')) continue;
    const sig = SIGNATURE.exec(m[0]);
    if (!sig) continue;
    const wordsEnd = m.index + sig[1].length;
    const sigStart = m[0].indexOf(sig[2], sig[1].length) + m.index;
    const author = spansBetween(mentions, sigStart, m.index + m[0].length).find((x) => x.start >= sigStart)?.actor;
    if (!author) continue;
    const text = body.slice(m.index, wordsEnd).replace(LINKS, '').trim();
    const month = String(MONTHS.indexOf(sig[4]) + 1).padStart(2, '0');
    const sentence = lastStartingBy(article.sentences, m.index);
    out.push({
      author,
      text,
      platform: 'Twitter',
      date: `${sig[6]}-${month}-${sig[5].padStart(2, '0')}`,
      mentions: [...new Set(text.match(/@\w+/g) ?? [])],
      hashtags: [...new Set((text.match(/#\w+/g) ?? []).map((h) => h.slice(1)))],
      quoteSpans: [{ start: m.index, end: wordsEnd }],
      evidence: [{ start: m.index, end: m.index + m[0].length, rule: EMBEDDED_POST_RULE.id, sentence: Math.max(0, sentence) }],
    });
  }
  return out;
}
