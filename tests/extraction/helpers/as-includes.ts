/**
 * The oracle of the speed tests of required-literals.ts (sessions 16–21): what `mayMatch` must answer
 * is what `includes` answers — the text holds a literal of each of the pattern's required sets (in the
 * lower-cased text for the i flag) — and it must never say no where the expression matches.
 */
import { mayMatch, requiredLiterals } from '../../../src/extraction/required-literals.js';

/** Whether `text` holds a literal of each required set of `pattern`, by `includes`. */
export function holdsEach(pattern: RegExp, text: string): boolean {
  const req = requiredLiterals(pattern);
  if (!req) return true;
  const hay = req.lower ? text.toLowerCase() : text;
  return [req.literals, ...(req.also ?? [])].every((set) => set.some((l) => hay.includes(l)));
}

/**
 * Throws (naming the pattern and the text's start) unless `mayMatch(pattern, text)` answers as `includes` does and,
 * when it says no, the expression does not match. A throw, not `expect`: the loops that call it ask thousands of times.
 */
export function answersAsIncludes(pattern: RegExp, text: string): void {
  const may = mayMatch(pattern, text);
  const shown = JSON.stringify(text.slice(0, 80));
  if (may !== holdsEach(pattern, text)) throw new Error(`includes: ${pattern} on ${shown}`);
  if (!may && new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text)) throw new Error(`missed: ${pattern} on ${shown}`);
}
