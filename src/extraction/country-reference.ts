/**
 * A country a support phrase names without its name: a capital before "government" ("the Manila
 * government", capital-codes.ts) or a demonstrative noun ("respect for the sovereignty of this
 * country"), which points back to the country named last before it in its sentence or the one
 * before. Read by find-commitments.ts for the beneficiary inside a match. Linear: the two
 * sentences' country lists are sorted; the search stops at the first hit from the end.
 */
import type { CountryMention, Rule } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { capitalCodes, capitalIn } from './capital-codes.js';

export const DEMONSTRATIVE_COUNTRY: Rule = {
  id: 'country.demonstrative',
  example: 'The leaders discussed the situation in Syria, stressing respect for the sovereignty of this country.',
  reason: '"This country" or "that nation" points back to the country named last before it, in its sentence or the one before (not to the party speaking of it).',
  pattern: /\b(?:this|that) (?:country|nation|state|republic|kingdom)$/i,
};

/**
 * The country referred to inside `text` (the match, ending at `at + text.length`): a capital's
 * government, else the antecedent of a demonstrative at its end. `before` lists the country
 * mentions of the sentence and of the one before, sorted by start; `not` is the giver's country.
 */
export function countryReferredIn(text: string, at: number, gazetteer: GazetteerView | undefined, before: CountryMention[], not: string | null): string | undefined {
  const capital = capitalIn(text, capitalCodes(gazetteer));
  if (capital || !DEMONSTRATIVE_COUNTRY.pattern.test(text)) return capital;
  for (let i = before.length - 1; i >= 0; i--) if (before[i].start < at && before[i].code !== not) return before[i].code;
  return undefined;
}
