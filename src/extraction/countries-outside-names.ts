/**
 * A country's name inside a person's name names no country: "Luís Montenegro" is Portugal's prime
 * minister, "Israel Katz" a minister (of Israel, which the article will name in its own right).
 * The names are the gazetteer's (several words) and those read after titles. "King Hussein of
 * Jordan" keeps Jordan: a country after "of" is the office's, not a word of the name.
 *
 * Linear: both lists are sorted by start and walked once together.
 */
import type { CountryMention, Span } from './extraction-types.js';

export function countriesOutsideNames(scan: string, countries: CountryMention[], names: Span[]): CountryMention[] {
  if (!names.length) return countries;
  const spans = [...names].sort((a, b) => a.start - b.start);
  const out: CountryMention[] = [];
  let i = 0;
  let reach = -1;
  for (const c of [...countries].sort((a, b) => a.start - b.start)) {
    while (i < spans.length && spans[i].start <= c.start) reach = Math.max(reach, spans[i++].end);
    const inside = c.end <= reach && (c.via === 'name' || c.via === 'alias') && !/\bof (?:the )?$/.test(scan.slice(Math.max(0, c.start - 7), c.start));
    if (!inside) out.push(c);
  }
  return out;
}
