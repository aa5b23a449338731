/**
 * The countries of each contact the article tells, in text order: what "the two sides" or a pledge
 * with no party named stands for (commitment-clause-group.ts, commitment-support-counterpart.ts).
 * Built once per article.
 */
import type { Article, Sentence } from './extraction-types.js';

interface Told { at: number[]; paragraph: number[]; codes: string[][] }
const toldIndex = new WeakMap<Article, Told>();

function toldOf(article: Article): Told {
  const known = toldIndex.get(article);
  if (known) return known;
  const countryOf = new Map(article.actors.map((a) => [a.id, a.country]));
  const points: Array<{ at: number; paragraph: number; codes: string[] }> = [];
  for (const c of article.calls) {
    const codes = [...new Set(c.participants.map((p) => countryOf.get(p)).filter((x): x is string => !!x))];
    for (const e of c.evidence) points.push({ at: e.start, paragraph: article.sentences[e.sentence]?.paragraph ?? -1, codes });
  }
  points.sort((a, b) => a.at - b.at);
  const told: Told = { at: points.map((p) => p.at), paragraph: points.map((p) => p.paragraph), codes: points.map((p) => p.codes) };
  toldIndex.set(article, told);
  return told;
}

/**
 * The country codes of the contact told last before `at`, when it is told in `s`'s paragraph or the
 * one before; undefined otherwise.
 */
export function lastToldCountries(article: Article, s: Sentence, at: number): string[] | undefined {
  const told = toldOf(article);
  let lo = 0;
  let hi = told.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (told.at[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && told.paragraph[lo - 1] >= s.paragraph - 1 ? told.codes[lo - 1] : undefined;
}
