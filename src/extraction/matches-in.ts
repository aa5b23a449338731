/**
 * The matches of a global regular expression in a text, as `text.matchAll(pattern)` gives them,
 * collected with `exec` on the expression itself: matchAll copies the expression on every call,
 * which cost more than the search when every rule runs on every sentence. The search always starts
 * at the beginning of the text (matchAll starts where the expression's lastIndex was left) and
 * leaves lastIndex at 0. A text that holds none of the literals the pattern cannot match without
 * (required-literals.ts) is not searched at all.
 *
 * @example
 *   for (const m of matchesIn(rule.pattern, sentence)) use(m.index, m[0]);
 */
import { mayMatch } from './required-literals.js';

/**
 * What a text that cannot match gets: one empty list for all (read only), not a new one per call —
 * most rules find nothing in most sentences, and a rule table asks about every sentence.
 */
const NONE: readonly RegExpExecArray[] = [];

export function matchesIn(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesIn: the pattern must have the g flag, like matchAll; got ${pattern}`);
  pattern.lastIndex = 0;
  if (!mayMatch(pattern, text)) return NONE;
  const out: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole code point with the u or v flag), as matchAll does.
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
