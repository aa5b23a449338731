/**
 * "The presidents of France and Germany met …", "the Indian and Pakistani leaders", "the foreign ministers of
 * Japan, India and Australia": office holders named only by their countries, one person per country. Each
 * country of the list is read as a role of that office in that country ("the president of France") and
 * resolved as any role is (resolve-role.ts): the nearest holder the text names, else the gazetteer's on the
 * day. A country whose holder is not known makes no one: no office holder is invented for a plural.
 * Linear: the article's country mentions are walked once, each chain read with bounded look-arounds.
 */
import type { CountryMention, RoleMention } from './extraction-types.js';

export const PLURAL_OFFICE = {
  id: 'coref.plural-office',
  example: 'Chancellor Hartmann met President Lacroix in Lille on Monday. On Tuesday the leaders of France and Germany toured the port.',
  reason: 'A plural office qualified by two or more coordinated countries names the holder of that office in each of them; the text (or the gazetteer on the day) says who holds it.',
  /** The plural office before "of": "the (two) presidents of ", "the foreign ministers of (the) ". */
  before: /\b[Tt]he (?:two |three |four |five )?((?:foreign |defen[cs]e |finance |trade |economy |interior )?(?:presidents|prime ministers|premiers|chancellors|leaders|heads of state|heads of government|ministers|foreign ministers)) of (?:the )?$/,
  /** The plural office after the countries' adjectives: "the Indian and Pakistani leaders". */
  after: /^ ((?:foreign |defen[cs]e |finance |trade |economy |interior )?(?:presidents|prime ministers|premiers|chancellors|leaders|heads of state|heads of government|foreign ministers))\b/,
  /** Between two countries of a chain. */
  joint: /^(?:,\s*|,?\s+and\s+)$/,
};

const SINGULAR: Record<string, string> = { presidents: 'president', 'prime ministers': 'prime minister', premiers: 'prime minister', chancellors: 'chancellor', leaders: 'leader', 'heads of state': 'head of state', 'heads of government': 'head of government', ministers: 'minister' };

/** A role for each country of each chain a plural office qualifies. */
export function pluralOfficeRoles(scan: string, countries: CountryMention[]): RoleMention[] {
  const sorted = [...countries].sort((a, b) => a.start - b.start);
  const out: RoleMention[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].start > sorted[j].end && sorted[j + 1].start - sorted[j].end <= 7 && PLURAL_OFFICE.joint.test(scan.slice(sorted[j].end, sorted[j + 1].start))) j++;
    const chain = sorted.slice(i, j + 1);
    i = j + 1;
    const codes = new Set(chain.map((c) => c.code));
    if (chain.length < 2 || codes.size !== chain.length) continue;
    const first = chain[0];
    const last = chain[chain.length - 1];
    const demonyms = chain.every((c) => c.via === 'demonym');
    const lead = PLURAL_OFFICE.before.exec(scan.slice(Math.max(0, first.start - 48), first.start));
    const trail = demonyms && /\b[Tt]he $/.test(scan.slice(Math.max(0, first.start - 4), first.start)) ? PLURAL_OFFICE.after.exec(scan.slice(last.end, last.end + 32)) : null;
    const plural = lead && !demonyms ? lead[1] : trail?.[1];
    if (!plural) continue;
    const portfolio = /^(?:foreign|defen[cs]e|finance|trade|economy|interior) /.exec(plural)?.[0] ?? '';
    const titleClass = SINGULAR[plural.slice(portfolio.length)] ?? plural.slice(portfolio.length);
    const title = portfolio + titleClass;
    const leader = /^(?:president|prime minister|chancellor|leader|head of state|head of government)$/.test(titleClass);
    // The phrase's words go to its first and last country, so that the list reads as persons coordinated: "[the
    // presidents of France] and [Germany] met", "[the Indian] and [Pakistani leaders] met".
    const from = lead && !demonyms ? first.start - lead[0].length + lead[0].search(/[Tt]he /) : first.start - 4;
    const to = trail ? last.end + trail[0].length : last.end;
    chain.forEach((c, k) => out.push({ start: k ? c.start : from, end: k === chain.length - 1 ? to : c.end, sentence: c.sentence, title, titleClass, kind: leader ? 'leader' : 'official', country: c.code, orgBound: false, definite: true }));
  }
  return out;
}
