/**
 * "The presidents of France and Germany met …", "the Indian and Pakistani leaders", "the foreign ministers of
 * Japan, India and Australia": office holders named only by their countries, one person per country. Each
 * country of the list is read as a role of that office in that country ("the president of France") and
 * resolved as any role is (resolve-role.ts), and kept only when the text names that holder elsewhere
 * (resolve-coreference.ts): a holder the gazetteer alone knows is no actor of the text, and a list with one
 * country whose holder the text does not name makes no one.
 * Linear: the article's country mentions are walked once, each chain read with bounded look-arounds.
 */
import type { CountryMention, RoleMention } from './extraction-types.js';

export const PLURAL_OFFICE = {
  id: 'coref.plural-office',
  example: 'Chancellor Hartmann met President Lacroix in Lille on Monday. On Tuesday the leaders of France and Germany toured the port.',
  reason: 'A plural office qualified by two or more coordinated countries names the holder of that office in each of them; the text (or the gazetteer on the day) says who holds it.',
  /**
   * The plural office before "of": "the (two) presidents of ", "the foreign ministers of (the) "; or, with no determiner, a
   * capitalised one (BARE_PLURAL_OFFICE: "Presidents of A and B held talks", a headline's or a sentence's opening).
   */
  before: /(?:\b[Tt]he (?:two |three |four |five )?((?:foreign |defen[cs]e |finance |trade |economy |interior )?(?:presidents|prime ministers|premiers|chancellors|leaders|heads of state|heads of government|ministers|foreign ministers))|(?:^|[^\p{L}\s]\s*|\s)((?:Foreign |Defen[cs]e )?(?:Presidents|Prime [Mm]inisters|Premiers|Chancellors|Leaders|Heads of [Ss]tate|Heads of [Gg]overnment|Foreign [Mm]inisters))) of (?:the )?$/u,
  /** The plural office after the countries' adjectives: "the Indian and Pakistani leaders", "his Indian and Brazilian counterparts". */
  after: /^ ((?:foreign |defen[cs]e |finance |trade |economy |interior )?(?:presidents|prime ministers|premiers|chancellors|leaders|heads of state|heads of government|foreign ministers|counterparts))\b/,
  /** A possessor's counterpart by its country: "her counterpart from Chile". */
  counterpartsFrom: /\b[Hh](?:is|er) (counterparts?) (?:from|of) (?:the )?$/,
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
    if (codes.size !== chain.length) continue;
    const first = chain[0];
    const last = chain[chain.length - 1];
    const demonyms = chain.every((c) => c.via === 'demonym');
    const from = chain.every((c) => c.via === 'name' || c.via === 'alias') ? PLURAL_OFFICE.counterpartsFrom.exec(scan.slice(Math.max(0, first.start - 40), first.start)) : null;
    // One country makes a role only after "his counterpart from"; a plural office needs two or more.
    if (chain.length < 2 && (!from || from[1] !== 'counterpart')) continue;
    // "his counterparts from India and Brazil" is left alone: read as persons it splits into a meeting with each
    // (a plural title), where "his Indian and Brazilian counterparts" reads as one meeting.
    if (chain.length > 1 && from) continue;
    const lead = from ?? (demonyms ? null : PLURAL_OFFICE.before.exec(scan.slice(Math.max(0, first.start - 48), first.start)));
    const trail = demonyms && /\b(?:[Tt]he|[Hh]is|[Hh]er) $/.test(scan.slice(Math.max(0, first.start - 4), first.start)) ? PLURAL_OFFICE.after.exec(scan.slice(last.end, last.end + 32)) : null;
    // BARE_PLURAL_OFFICE: a capitalised office with no determiner is read in lower case.
    const plural = (lead?.[1] ?? lead?.[2])?.toLowerCase() ?? trail?.[1];
    if (!plural || (trail?.[1] === 'counterparts') !== /^[Hh](?:is|er) $/.test(scan.slice(Math.max(0, first.start - 4), first.start))) continue;
    if (/^counterparts?$/.test(plural)) {
      // A counterpart's office is the possessor's (resolve-role.ts reads it): the role names only the country.
      const start = from ? first.start - from[0].length + from[0].search(/[Hh](?:is|er) /) + 4 : first.start;
      const to = trail ? last.end + trail[0].length : last.end;
      chain.forEach((c, k) => out.push({ start: k ? c.start : start, end: k === chain.length - 1 ? to : c.end, sentence: c.sentence, title: 'counterpart', titleClass: 'counterpart', kind: 'counterpart', country: c.code, orgBound: false, definite: true }));
      continue;
    }
    const portfolio = /^(?:foreign|defen[cs]e|finance|trade|economy|interior) /.exec(plural)?.[0] ?? '';
    const titleClass = SINGULAR[plural.slice(portfolio.length)] ?? plural.slice(portfolio.length);
    const title = portfolio + titleClass;
    const leader = /^(?:president|prime minister|chancellor|leader|head of state|head of government)$/.test(titleClass);
    // The phrase's words go to its first and last country, so that the list reads as persons coordinated: "[the
    // presidents of France] and [Germany] met", "[the Indian] and [Pakistani leaders] met".
    const begin = lead && !demonyms ? first.start - lead[0].length + lead[0].search(lead[1] ? /[Tt]he / : /\p{Lu}/u) : first.start - 4;
    const to = trail ? last.end + trail[0].length : last.end;
    chain.forEach((c, k) => out.push({ start: k ? c.start : begin, end: k === chain.length - 1 ? to : c.end, sentence: c.sentence, title, titleClass, kind: leader ? 'leader' : 'official', country: c.code, orgBound: false, definite: true }));
  }
  return out;
}
