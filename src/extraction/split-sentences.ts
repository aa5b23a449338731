/**
 * Stage 2 — sentences. Paragraphs are split on blank lines; inside a paragraph a sentence ends at
 * `.`, `!` or `?` (and any closing quote) followed by white space and a capital, a digit or an
 * opening quote — unless the period closes an abbreviation, an initial or a list number.
 *
 * @example
 *   splitSentences('President Joseph R. Biden, Jr. met Kuleba. He left.') // two sentences
 */
import type { Article, Sentence } from './extraction-types.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'gen', 'lt', 'col', 'sgt', 'gov', 'sen', 'rep', 'prof',
  'no', 'vs', 'etc', 'inc', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'capt', 'cmdr', 'adm', 'maj', 'hon', 'rev', 'approx',
]);

const END = /[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9@#])/g;

function endsWithAbbreviation(text: string): boolean {
  const word = /(\S+)$/.exec(text)?.[1] ?? '';
  const bare = word.replace(/^["'(\[]+/, '').replace(/\.+$/, '');
  if (/^[A-Z]$/.test(bare)) return true; // an initial: "Joseph R. Biden"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(bare)) return true; // "U.S", "U.K", "a.m"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Splits one paragraph [from, to) of `scan` into sentence spans. */
function splitParagraph(scan: string, from: number, to: number): Array<[number, number]> {
  const text = scan.slice(from, to);
  const spans: Array<[number, number]> = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const cut = m.index + m[0].length;
    const before = text.slice(start, m.index);
    if (m[0].startsWith('.') && (endsWithAbbreviation(before) || /^\s*\d{1,2}$/.test(before))) continue;
    spans.push([start, cut]);
    start = cut;
  }
  spans.push([start, text.length]);
  return spans
    .map(([s, e]) => {
      const lead = text.slice(s, e).length - text.slice(s, e).trimStart().length;
      const trail = text.slice(s, e).length - text.slice(s, e).trimEnd().length;
      return [from + s + lead, from + e - trail] as [number, number];
    })
    .filter(([s, e]) => e > s);
}

export function splitSentences(article: Article): Article {
  const { body, scan } = article;
  const sentences: Sentence[] = [];
  const breaks = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;
  let paraStart = 0;
  let paragraph = 0;
  const paragraphs: Array<[number, number]> = [];
  for (let m = breaks.exec(body); m; m = breaks.exec(body)) {
    paragraphs.push([paraStart, m.index]);
    paraStart = m.index + m[0].length;
  }
  paragraphs.push([paraStart, body.length]);
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
