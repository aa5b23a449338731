/**
 * Posts embedded in a page as the platform prints them: the post's words, then a signature line
 * "— Name (@handle) Month D, YYYY", with no quotation marks and no attribution sentence. Pages
 * copied from the web keep this form of an embedded X/Twitter post; its author is the actor the
 * signature names (by handle or name), its date the signature's.
 */
import type { Article, Mention, TweetDraft } from './extraction-types.js';
import { lastStartingBy, spansBetween } from './span-index.js';
import { SIGNATURE_ACCOUNT_RULE } from './account-author.js';

export const EMBEDDED_POST_RULE = {
  id: 'post.embedded-signature',
  example: 'We will keep working for peace in the region. — Mark Rutte (@MarkRutte) March 3, 2024',
  reason: 'An embedded post ends in its author\'s name, handle and date after a dash; the words before the dash are the post.',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A paragraph's words, a dash, a name, the (@handle) and the date, ending the paragraph. */
const SIGNATURE = new RegExp(`^(.{8,}?)\\s*[—–-]{1,2}\\s*([^()\\n—–]{1,60}?)\\s*\\((@\\w{1,30})\\)\\s*(${MONTHS.join('|')}) (\\d{1,2}),? (\\d{4})\\s*$`, 'u');
/**
 * The signature printed on a line of its own, under the post's words (the line before):
 * "— Name (@handle) Month D, YYYY".
 */
const SIGNATURE_LINE = new RegExp(`^\\s*[—–-]{1,2}\\s*([^()\\n—–]{1,60}?)\\s*\\((@\\w{1,30})\\)\\s*(${MONTHS.join('|')}) (\\d{1,2}),? (\\d{4})\\s*$`, 'u');
export const SIGNATURE_LINE_RULE = {
  id: 'post.embedded-signature-line',
  example: 'We will keep working for peace in the region.\n— Mark Rutte (@MarkRutte) March 3, 2024',
  reason: 'The signature of an embedded post may stand on its own line; the line above it is the post.',
};
/** The longest post the platform allows (X/Twitter: 280 characters). */
const MAX_POST = 280;
/** Links the embed keeps with the words ("pic.twitter.com/…", "https://t.co/…"): not the post's words. */
const LINKS = /\s*(?:pic\.twitter\.com\/\w+|https?:\/\/\S+)/g;

/**
 * The embedded posts of `article`, in order; `mentions` sorted by start. `accountOf` names the government
 * account a signature with no known actor stands for ("Presidency | <Country>"), given the signature's span and handle.
 */
export function findEmbeddedPosts(article: Article, mentions: Mention[], accountOf?: (from: number, to: number, handle: string) => string | null): TweetDraft[] {
  const { body, scan } = article;
  const out: TweetDraft[] = [];
  // Lines as the page printed them (the body keeps its line breaks; the scan, of the same length, joins a paragraph's lines).
  const line = /[^\n]+/g;
  let prev: RegExpExecArray | null = null;
  for (let m = line.exec(body); m; prev = m, m = line.exec(body)) {
    // Every signature has a parenthesised handle; most lines have none, so they are passed over at once.
    if (!m[0].includes('(@')) continue;
    m[0] = scan.slice(m.index, m.index + m[0].length);
    const sig = SIGNATURE.exec(m[0]);
    const alone = sig ? null : prev && !prev[0].includes('(@') ? SIGNATURE_LINE.exec(m[0]) : null;
    if (!sig && !alone) continue;
    const [, name, handle, monthName, day, year] = sig ? sig.slice(1) : ['', ...alone!.slice(1)];
    const wordsStart = sig ? m.index : prev!.index;
    const wordsEnd = sig ? m.index + sig[1].length : prev!.index + prev![0].length;
    const sigStart = m[0].indexOf(name, sig ? sig[1].length : 0) + m.index;
    const named = spansBetween(mentions, sigStart, m.index + m[0].length).find((x) => x.start >= sigStart)?.actor;
    const account = named ? null : accountOf?.(sigStart, m.index + m[0].length, handle) ?? null;
    const author = named ?? account;
    if (!author) continue;
    const text = body.slice(wordsStart, wordsEnd).replace(LINKS, '').trim();
    // A post is 8 to 280 characters: a longer line above a signature is the page's own prose (the post's words were not kept).
    if (text.length < 8 || (alone && text.length > MAX_POST)) continue;
    const month = String(MONTHS.indexOf(monthName) + 1).padStart(2, '0');
    const sentence = lastStartingBy(article.sentences, wordsStart);
    out.push({
      author,
      text,
      platform: 'Twitter',
      date: `${year}-${month}-${day.padStart(2, '0')}`,
      mentions: [...new Set(text.match(/@\w+/g) ?? [])],
      hashtags: [...new Set((text.match(/#\w+/g) ?? []).map((h) => h.slice(1)))],
      quoteSpans: [{ start: wordsStart, end: wordsEnd }],
      evidence: [{ start: wordsStart, end: m.index + m[0].length, rule: account ? SIGNATURE_ACCOUNT_RULE.id : sig ? EMBEDDED_POST_RULE.id : SIGNATURE_LINE_RULE.id, sentence: Math.max(0, sentence) }],
    });
  }
  return out;
}
