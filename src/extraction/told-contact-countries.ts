/**
 * The countries of each contact the article tells, in text order: what "the two sides" or a pledge
 * with no party named stands for (commitment-clause-group.ts, commitment-support-counterpart.ts).
 * Built once per article.
 */
import type { Article, Sentence, Span } from './extraction-types.js';
import { lastStartingBy } from './span-index.js';

/** Where a contact is told (its evidence's start), its paragraph and its countries. */
interface Told extends Span { paragraph: number; codes: string[] }
const toldIndex = new WeakMap<Article, Told[]>();

function toldOf(article: Article): Told[] {
  const known = toldIndex.get(article);
  if (known) return known;
  const countryOf = new Map(article.actors.map((a) => [a.id, a.country]));
  const told: Told[] = [];
  for (const c of article.calls) {
    const codes = [...new Set(c.participants.map((p) => countryOf.get(p)).filter((x): x is string => !!x))];
    for (const e of c.evidence) told.push({ start: e.start, end: e.start, paragraph: article.sentences[e.sentence]?.paragraph ?? -1, codes });
  }
  told.sort((a, b) => a.start - b.start);
  toldIndex.set(article, told);
  return told;
}

/**
 * The country codes of the contact told last before `at`, when it is told in `s`'s paragraph or the
 * one before; undefined otherwise.
 */
export function lastToldCountries(article: Article, s: Sentence, at: number): string[] | undefined {
  const told = toldOf(article);
  // Offsets are integers: the last told at or before at - 1 is the last told before `at`.
  const last = told[lastStartingBy(told, at - 1)];
  return last && last.paragraph >= s.paragraph - 1 ? last.codes : undefined;
}
