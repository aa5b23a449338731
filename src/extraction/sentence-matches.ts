/**
 * A clause rule's matches in one sentence, placed in the article: `at` and `end` are offsets in
 * the article's scan text. A match that `blocker` names in the `lookback` characters before it
 * (within the sentence: "refused to", "denied") is left out. Linear: one pass of the pattern over
 * the sentence, one bounded look-behind per match.
 *
 * @example
 *   for (const { m, at, end } of sentenceMatches(article.scan, s, RULE.pattern, { pattern: BLOCKER, lookback: 60 })) …
 */
import type { Sentence } from './extraction-types.js';
import { matchesIn } from './matches-in.js';

export interface SentenceMatch {
  m: RegExpExecArray;
  at: number;
  end: number;
}

/**
 * The sentence's text, cut once for the rules that run on it one after another (the same string
 * each time, so mayMatch knows it by reference, not by comparing its characters).
 */
let lastScan: string | undefined;
let lastStart = -1;
let lastEnd = -1;
let lastText = '';
function sentenceText(scan: string, s: Sentence): string {
  if (scan !== lastScan || s.start !== lastStart || s.end !== lastEnd) {
    lastScan = scan;
    lastStart = s.start;
    lastEnd = s.end;
    lastText = scan.slice(s.start, s.end);
  }
  return lastText;
}

/** The answer when the rule does not match: one empty list for all (read only), not a new one per sentence. */
const NONE: readonly SentenceMatch[] = [];

export function sentenceMatches(scan: string, s: Sentence, pattern: RegExp, blocker?: { pattern: RegExp; lookback: number }): readonly SentenceMatch[] {
  const found = matchesIn(pattern, sentenceText(scan, s));
  if (found.length === 0) return NONE;
  const out: SentenceMatch[] = [];
  for (const m of found) {
    const at = s.start + m.index;
    if (blocker && blocker.pattern.test(scan.slice(Math.max(s.start, at - blocker.lookback), at))) continue;
    out.push({ m, at, end: at + m[0].length });
  }
  return out;
}
