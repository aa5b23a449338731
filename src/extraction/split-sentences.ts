/**
 * Stage 2 — sentences. Paragraphs come from split-paragraphs.ts (blank lines, indented wire
 * paragraphs, one paragraph per line); inside a paragraph a sentence ends at
 * `.`, `!` or `?` (and any closing quote) followed by white space and a capital, a digit or an
 * opening quote — unless the period closes an abbreviation, an initial or a list number.
 *
 * @example
 *   splitSentences('President Joseph R. Biden, Jr. met Kuleba. He left.') // two sentences
 */
import type { Article, Sentence } from './extraction-types.js';
import { splitParagraphs } from './split-paragraphs.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'gen', 'lt', 'col', 'sgt', 'gov', 'sen', 'rep', 'prof',
  'no', 'vs', 'etc', 'inc', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'capt', 'cmdr', 'adm', 'maj', 'hon', 'rev', 'approx',
]);

/** The one-letter platform is no initial; without this rule the sentence runs on into the next. */
export const PLATFORM_X = {
  id: 'sentence.platform-x',
  example: 'The minister wrote on X. He met Blinken on Monday.',
  reason: 'After "on" or "via", a lone "X" names the platform (formerly Twitter), so its period can end the sentence.',
  pattern: /\b(?:on|via)\s+X\.*$/,
};

/** A run of sentence-final marks, then any closing quotes or brackets (one pass, never backtracks). */
const END_MARKS = /[.!?]+["')\]]*/g;
/** What must follow an end: white space, then a capital, a digit or an opening quote. */
const NEXT_STARTS = /\s+["'(\[]?[A-Z0-9@#]/y;
const SPACE = /\s/;

/** The last white-space-free word of text[from, to), found by walking back from `to`. */
function lastWord(text: string, from: number, to: number): string {
  let i = to;
  while (i > from && !SPACE.test(text[i - 1])) i--;
  return text.slice(i, to);
}

function endsWithAbbreviation(text: string, from: number, to: number): boolean {
  let bare = lastWord(text, from, to).replace(/^["'(\[]+/, '');
  let cut = bare.length;
  while (cut > 0 && bare[cut - 1] === '.') cut--;
  bare = bare.slice(0, cut);
  if (/^[A-Z]$/.test(bare)) return !PLATFORM_X.pattern.test(text.slice(Math.max(from, to - 12), to)); // an initial: "Joseph R. Biden"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(bare)) return true; // "U.S", "U.K", "a.m"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** True when text[from, to) is only white space and a one- or two-digit list number ("1."). */
function isListNumber(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && SPACE.test(text[i])) i++;
  const digits = to - i;
  return (digits === 1 || digits === 2) && /^\d+$/.test(text.slice(i, to));
}

/**
 * Splits one paragraph [from, to) of `scan` into sentence spans. Linear in the paragraph: each
 * end mark is looked at once, and the abbreviation check reads only the word before it (a
 * sentence that never ends, "Mr. Mr. Mr. …", used to re-read its whole growing prefix).
 */
function splitParagraph(scan: string, from: number, to: number): Array<[number, number]> {
  const text = scan.slice(from, to);
  const spans: Array<[number, number]> = [];
  let start = 0;
  END_MARKS.lastIndex = 0;
  for (let m = END_MARKS.exec(text); m; m = END_MARKS.exec(text)) {
    const cut = m.index + m[0].length;
    NEXT_STARTS.lastIndex = cut;
    if (!NEXT_STARTS.test(text)) continue;
    if (m[0].startsWith('.') && (endsWithAbbreviation(text, start, m.index) || isListNumber(text, start, m.index))) continue;
    spans.push([start, cut]);
    start = cut;
  }
  spans.push([start, text.length]);
  const out: Array<[number, number]> = [];
  for (let [s, e] of spans) {
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) out.push([from + s, from + e]);
  }
  return out;
}

export function splitSentences(article: Article): Article {
  const { body, scan } = article;
  const sentences: Sentence[] = [];
  const paragraphs = splitParagraphs(body);
  let paragraph = 0;
  for (const [from, to] of paragraphs) {
    const spans = splitParagraph(scan, from, to);
    if (spans.length === 0) continue;
    for (const [start, end] of spans) {
      sentences.push({ index: sentences.length, start, end, paragraph, isTitle: false });
    }
    paragraph++;
  }
  if (article.title && sentences[0] && paragraphs.length > 1) {
    const first = sentences[0];
    if (body.slice(first.start, first.end).trim() === article.title) first.isTitle = true;
  }
  return { ...article, sentences };
}

/** The sentence that contains an offset (binary search over ordered spans). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
