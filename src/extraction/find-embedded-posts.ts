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
const SIGNATURE = new RegExp(`^(.{8,}?)\\s*[—–-]{1,2}\\s*([^()\\n—–]{1,60}?)\\s*\\((@\\w{1,30})\\)\\s*(${MONTHS.join('|')}) (\\d{1,2}),? (\\d{4})(?=\\s|$)`, 'u');
/**
 * The signature printed on a line of its own, under the post's words (the line before):
 * "— Name (@handle) Month D, YYYY".
 */
const SIGNATURE_LINE = new RegExp(`^\\s*[—–-]{1,2}\\s*([^()\\n—–]{1,60}?)\\s*(?:\\([^()@\\n]{1,40}\\)\\s*)?\\((@\\w{1,30})\\)\\s*(?:(${MONTHS.join('|')}) (\\d{1,2}),? (\\d{4}))?\\s*$`, 'u');
/** The date of a signature printed on its own line, on the next line or the one after a blank line. */
const DATE_BELOW = new RegExp(`[ \\t]*\\n(?:[ \\t]*\\n){0,2}[ \\t]*(${MONTHS.join('|')}) (\\d{1,2}),? (\\d{4})[ \\t]*(?=\\n|$)`, 'y');
export const SIGNATURE_DATE_BELOW_RULE = {
  id: 'post.embedded-signature-date-below',
  example: 'Good talks with the mayors of the coast.\nWe will meet again in May.\n— Tomas Lindqvist (Tom) (@TLindqvist)\nMarch 3, 2024',
  reason: 'An embed may print the date under the signature, a nickname before the handle, and the post\'s words over several lines; a line of the words that ends with no closing punctuation is broken inside the post, so the line above it is the post\'s too.',
};
export const POST_LENGTH_RULE = {
  id: 'post.embedded-length-without-link',
  example: 'Good talks with my friend @LindqvistT on the ferry line that will join our two coasts next spring.\n\nWe agreed to open it in May and to meet again in Turku before the summer. Our peoples are neighbours. pic.twitter.com/AbCdEf12 — Ana Ruiz (@AnaRuizM) March 3, 2024',
  reason: 'The platform\'s length limit counts the post\'s words; the picture link an embed prints after them is no part of them, so it does not push a line above out of the post.',
};
/** How many lines above its last one an embedded post's words may run over. */
const MAX_LINES = 3;
export const SIGNATURE_LINE_RULE = {
  id: 'post.embedded-signature-line',
  example: 'We will keep working for peace in the region.\n— Mark Rutte (@MarkRutte) March 3, 2024',
  reason: 'The signature of an embedded post may stand on its own line; the line above it is the post.',
};
export const SIGNATURE_WORDS_ABOVE_RULE = {
  id: 'post.embedded-words-above',
  example: 'Good talks with my friend @LindqvistT today.\n\nWe agreed to open the ferry line in May. — Ana Ruiz (@AnaRuizM) March 3, 2024',
  reason: 'An embed keeps the post\'s line breaks, so its words may stand in lines or paragraphs above the signature\'s; a line above is the post\'s while it reads as the author\'s own words (a first person, an @handle or #tag; no one said, no colon, no quotation, not the author named) and the post stays within the platform\'s length.',
};
/** A line of the author's own words: a first person or an @handle/#tag, and no attribution, quotation or introducing colon. */
const OWN_WORDS = /(?:^|[\s(])(?:I|I'm|I've|my|My|me|we|We|our|Our|us)\b|(?:^|\s)[@#]\w/;
const REPORTED = /["“”]|\(@|:\s*$|\b(?:said|says|told|tweeted|posted|wrote)\b/;
function ownWords(line: string, author: string): boolean {
  if (!OWN_WORDS.test(line) || REPORTED.test(line)) return false;
  // The author named in the line is the page's prose about the post, not the post ("Ruiz met the mayors …").
  const surname = author.trim().split(/\s+/).pop() ?? '';
  return surname.length < 3 || !line.includes(surname);
}
export const SIGNATURE_IN_PROSE_RULE = {
  id: 'post.embedded-signature-in-prose',
  example: 'The ministers then toured the port. Good talks with my friend @LindqvistT today. — Ana Ruiz (@AnaRuizM) March 3, 2025 The ferry opens in May.',
  reason: 'A page that runs its paragraphs together prints an embed inside prose: the post is the sentences just before the signature that fit in a post and that no one is said to have said; what follows the signature is the page\'s.',
};
/**
 * Where the post's words start in `words` (the line before a signature): the last sentence always, earlier ones while
 * the post's length holds them and none tells of the post (REPORTED, the author named).
 */
function sentencesOwn(words: string, author: string): number {
  const starts = [0];
  for (const b of words.matchAll(/[.!?]["”’)]*\s+(?=\S)/g)) starts.push(b.index! + b[0].length);
  const surname = author.trim().split(/\s+/).pop() ?? '';
  let k = starts.length - 1;
  while (k > 0) {
    const sentence = words.slice(starts[k - 1], starts[k]);
    // POST_LENGTH_RULE: the picture link printed after the words is not counted in the post's length.
    if (words.slice(starts[k - 1]).replace(LINKS, '').length > MAX_POST || REPORTED.test(sentence) || surname.length >= 3 && sentence.includes(surname)) break;
    k--;
  }
  return starts[k];
}
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
  // The last lines read (at most MAX_LINES + 1), the nearest last.
  const above: RegExpExecArray[] = [];
  for (let m = line.exec(body); m; above.unshift(m), above.length > MAX_LINES + 1 && above.pop(), m = line.exec(body)) {
    // Every signature has a parenthesised handle; most lines have none, so they are passed over at once.
    if (!m[0].includes('(@')) continue;
    const prev = above[0];
    m[0] = scan.slice(m.index, m.index + m[0].length);
    const sig = SIGNATURE.exec(m[0]);
    const alone = sig ? null : prev && !prev[0].includes('(@') ? SIGNATURE_LINE.exec(m[0]) : null;
    if (!sig && !alone) continue;
    let below: RegExpExecArray | null = null;
    if (alone && !alone[3]) {
      DATE_BELOW.lastIndex = m.index + m[0].length;
      below = DATE_BELOW.exec(body);
      if (!below) continue;
    }
    const [, name, handle, monthName, day, year] = (sig ? sig.slice(1) : below ? ['', alone![1], alone![2], below[1], below[2], below[3]] : ['', ...alone!.slice(1)]) as string[];
    // Lines of the words above the last one, while the line above ends with no closing punctuation (broken inside the post;
    // SIGNATURE_DATE_BELOW_RULE).
    let first = 0;
    while (alone && first + 1 < above.length && !/[.!?:"”]\s*$/.test(above[first + 1][0]) && !/["“”]|\(@/.test(above[first + 1][0])) first++;
    // Lines (paragraphs) of the words above those, each a sentence of the author's own (SIGNATURE_WORDS_ABOVE_RULE).
    // On the signature's own line, the words are the sentences before it that the post's length holds, back to one the
    // page tells (someone said, the author named): a page that runs its paragraphs together prints prose on that line.
    const lineStart = sig ? sentencesOwn(m[0].slice(0, sig[1].length), name) : 0;
    let top = sig && lineStart === 0 ? -1 : sig ? -2 : first;
    // The post's length is its words' (POST_LENGTH_RULE): the link to its picture the embed prints with them is not counted.
    let length = sig ? sig[1].replace(LINKS, '').length : above.slice(0, first + 1).reduce((n, l) => n + l[0].replace(LINKS, '').length, 0);
    while (top > -2 && top + 1 < above.length && length + above[top + 1][0].length <= MAX_POST && ownWords(scan.slice(above[top + 1].index, above[top + 1].index + above[top + 1][0].length), name)) length += above[++top][0].length;
    const wordsStart = top >= 0 ? above[top].index : m.index + lineStart;
    const wordsEnd = sig ? m.index + sig[1].length : prev!.index + prev![0].length;
    const sigStart = m[0].indexOf(name, sig ? sig[1].length : 0) + m.index;
    const sigEnd = m.index + (sig ? sig[0].length : m[0].length);
    const named = spansBetween(mentions, sigStart, sigEnd).find((x) => x.start >= sigStart)?.actor;
    const account = named ? null : accountOf?.(sigStart, sigEnd, handle) ?? null;
    const author = named ?? account;
    if (!author) continue;
    const text = body.slice(wordsStart, wordsEnd).replace(LINKS, '').replace(/\s*\n\s*/g, ' ').trim();
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
      evidence: [{ start: wordsStart, end: sigEnd, rule: account ? SIGNATURE_ACCOUNT_RULE.id : top > (sig ? -1 : first) ? SIGNATURE_WORDS_ABOVE_RULE.id : sig && (lineStart > 0 || sigEnd < m.index + m[0].trimEnd().length) ? SIGNATURE_IN_PROSE_RULE.id : sig ? EMBEDDED_POST_RULE.id : below ? SIGNATURE_DATE_BELOW_RULE.id : SIGNATURE_LINE_RULE.id, sentence: Math.max(0, sentence) }],
    });
  }
  return out;
}

export const UNQUOTED_POST_RULE = {
  id: 'post.unquoted-paragraph',
  example: 'Two days of talks on the lake road ended well. We meet again in May, wrote Ruto on his Instagram account.',
  reason: 'A paragraph with no quotation marks whose last clause says who wrote it on a platform (", wrote NAME on PLATFORM.", "! - NAME wrote on PLATFORM.") is that post, its words printed without marks.',
};
/** The last clause of a paragraph: ", wrote|posted NAME on …" or ", NAME wrote|posted on …", to its end. */
const UNQUOTED_ATTRIBUTION = /,\s+(?:(?:wrote|posted|tweeted)\s+[^,"\n]{2,60}?|[^,"\n]{2,60}?\s+(?:wrote|posted|tweeted))\s+(?:on|in|via)\s[^,"\n]{1,60}?[.]?\s*$/;
/** The attribution set off by a dash at the paragraph's end ('… - Ruto wrote on Instagram.'). */
const UNQUOTED_ATTRIBUTION_DASH = /\s-\s+(?:(?:wrote|posted|tweeted)\s+[^,"\n]{2,60}?|[^,"\n]{2,60}?\s+(?:wrote|posted|tweeted))\s+(?:on|in|via)\s[^,"\n]{1,60}?[.]?\s*$/;
export const UNQUOTED_INTRODUCED_RULE = {
  id: 'post.unquoted-introduced',
  example: 'President William Ruto wrote on Instagram:\n\nTwo days of talks on the lake road ended well. We meet again in May.',
  reason: 'A paragraph with no quotation marks set off by a line of its own that says who wrote on a platform, ending in a colon, is that post printed without marks.',
};
/** The longest paragraph read as one unquoted post. */
const MAX_UNQUOTED = 1000;

/**
 * Posts printed as a paragraph of their own with no quotation marks and the attribution as its last clause
 * ('…, wrote Ruto on his Instagram account.'); `mentions` sorted by start. One pass over the sentences.
 */
export function findUnquotedPosts(article: Article, mentions: Mention[], platformOf: (attribution: string) => string | null): TweetDraft[] {
  const { body, scan, sentences } = article;
  const out: TweetDraft[] = [];
  let from = 0;
  // The line of its own ending in a colon that introduced the paragraph being read ("Ruto wrote on Instagram:").
  type Intro = { author: string; platform: string; rule: string } | null;
  let intro: Intro = null;
  let introNext: Intro = null;
  sentences.forEach((s, i) => {
    if (i > 0 && sentences[i - 1].paragraph !== s.paragraph) { from = s.start; intro = introNext; introNext = null; }
    if (sentences[i + 1]?.paragraph === s.paragraph || s.end - from > MAX_UNQUOTED) return;
    const last = scan.slice(s.start, s.end);
    if (from === s.start && /:\s*$/.test(last) && !last.includes('"') && /\b(?:wrote|posted|tweeted|shared)\b/.test(last)) {
      const platform = platformOf(last);
      const author = spansBetween(mentions, s.start, s.end).find((x) => !x.reference)?.actor;
      if (platform && author) introNext = { author, platform, rule: UNQUOTED_INTRODUCED_RULE.id };
    }
    // A paragraph with no quotation marks after such a line is the post it introduced (UNQUOTED_INTRODUCED_RULE).
    // (An embed's signature in it makes it the embed, read above.)
    const introduced = intro && !/"|\(@/.test(scan.slice(from, s.end)) && !/:\s*$/.test(last) ? intro : null;
    // The paragraph's last sentence: its attribution must name the platform, and the paragraph hold no quote.
    if (!introduced && !/\b(?:wrote|posted|tweeted)\b/.test(last)) return;
    const m = introduced ? null : UNQUOTED_ATTRIBUTION_DASH.exec(last) ?? UNQUOTED_ATTRIBUTION.exec(last);
    if (!introduced && (!m || scan.slice(from, s.end).includes('"'))) return;
    const at = m ? s.start + m.index : s.end;
    const platform = introduced ? introduced.platform : platformOf(m![0]);
    const author = introduced ? introduced.author : spansBetween(mentions, at, s.end).find((x) => !x.reference)?.actor;
    if (!platform || !author) return;
    const text = body.slice(from, at).replace(LINKS, '').replace(/\s*\n\s*/g, ' ').trim().replace(/\s*[-–—]$/, '');
    if (text.length < 8) return;
    out.push({
      author,
      text,
      platform,
      date: null,
      mentions: [...new Set(text.match(/@\w+/g) ?? [])],
      hashtags: [...new Set((text.match(/#\w+/g) ?? []).map((h) => h.slice(1)))],
      quoteSpans: [{ start: from, end: at }],
      evidence: [{ start: from, end: s.end, rule: introduced ? introduced.rule : UNQUOTED_POST_RULE.id, sentence: s.index }],
    });
  });
  return out;
}
