/**
 * What stands around a title of office: the qualifiers, countries and organisation words before it
 * ("former Soviet Foreign Minister", "European Commission President") and the "of (the) PLACE"
 * after it ("President of the Russian Federation"). Read by parse-titled-names.ts.
 */
import { matchCountryAt } from './match-country-at.js';
import type { GazetteerView } from './gazetteer-view.js';
import { leaderNameEnd } from './gazetteer-matchers.js';
import { HONORIFICS, NOT_NAME_WORDS, ORG_WORDS, TITLE_QUALIFIERS } from './title-rules.js';

const WORD_BEFORE = /([\p{L}'.-]+)( )$/u;
const BODY_ADJECTIVES = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*)((?: (?!(?:and|or|the|of|with|to|by)\b)[a-z][a-z-]*){1,2}) $/u;
const ADJECTIVES_AFTER_POSSESSIVE = /['’]s((?: [a-z][a-z-]*){1,2}) $/;

export interface Prefix { start: number; country: string | null; org: boolean; words: string[] }

/** Walks back from a title over qualifiers, countries and organisation words. */
export function readPrefix(scan: string, at: number, gazetteer: GazetteerView): Prefix {
  let start = at;
  let country: string | null = null;
  let org = false;
  const words: string[] = [];
  for (let guard = 0; guard < 8; guard++) {
    const m = WORD_BEFORE.exec(scan.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const word = m[1];
    const wordStart = start - m[0].length;
    const bare = word.replace(/'s$/, '');
    const lower = bare.toLowerCase();
    if (TITLE_QUALIFIERS.has(lower)) { words.unshift(bare); start = wordStart; continue; }
    if (!/^[A-Z]/.test(bare) || NOT_NAME_WORDS.has(bare)) break;
    // A country spelled with several words ("United States", "New Zealand") is matched whole.
    const back = scan.slice(Math.max(0, start - 40), start);
    const hit = [...matchCountryAtEnd(back, gazetteer)][0];
    if (hit) {
      country ??= hit.code;
      start = start - back.length + hit.start;
      continue;
    }
    // A capitalised word of an organisation's name ("European Commission President"); not a
    // capitalised verb form opening the sentence ("Welcoming Kenyan President …").
    if ((/^[A-Z][\p{L}-]*$/u.test(bare) && !/\p{Ll}(?:ing|ed)$/u.test(bare)) || /^[A-Z]{2,}$/.test(bare)) { org = true; words.unshift(bare); start = wordStart; continue; }
    break;
  }
  // "Hamas political chief", "IAEA nuclear chief": a listed body's name before one or two plain adjectives (not a verb: "Abdullah II received Secretary Blinken").
  if (!country && !words.length && /[a-z] $/.test(scan.slice(start - 2, start))) {
    const body = BODY_ADJECTIVES.exec(scan.slice(Math.max(0, start - 50), start));
    if (body && !/\bed\b|ed\b/.test(body[2]) && gazetteer.institutions.some((i) => i.name === body[1] || i.aliases.includes(body[1]))) {
      words.push(body[1], ...body[2].trim().split(' '));
      org = true;
      start -= body[0].length - 1;
    }
  }
  // "Iran's top war spokesman": a country's possessive before one or two plain adjectives.
  if (!country && !words.length) {
    const back = scan.slice(Math.max(0, start - 50), start);
    const adjectives = ADJECTIVES_AFTER_POSSESSIVE.exec(back);
    const hit = adjectives ? [...matchCountryAtEnd(back.slice(0, adjectives.index), gazetteer)][0] : undefined;
    if (adjectives && hit) {
      country = hit.code;
      words.push(...adjectives[1].trim().split(' '));
      start = start - back.length + hit.start;
    }
  }
  return { start, country, org, words };
}

export function* matchCountryAtEnd(text: string, gazetteer: GazetteerView): Generator<{ start: number; code: string }> {
  const trimmed = text.replace(/\s+$/, '');
  for (let i = Math.max(0, trimmed.length - 36); i < trimmed.length; i++) {
    if (i > 0 && /[\p{L}]/u.test(trimmed[i - 1])) continue;
    const hit = matchCountryAt(trimmed, i, gazetteer, true);
    if (hit && (hit.end === trimmed.length || trimmed.slice(hit.end) === "'s")) {
      yield { start: i, code: hit.code };
      return;
    }
  }
}

/** "of (the) PLACE": a country (with any institution words after it) or an institution; "for" a portfolio ("for Foreign Affairs"). */
export function readComplement(scan: string, at: number, gazetteer: GazetteerView): { end: number; country: string | null; org: boolean } | null {
  const of = /^ (?:of|for) (?:the )?/.exec(scan.slice(at, at + 12));
  if (!of) return null;
  let pos = at + of[0].length;
  // "Secretary for Foreign Affairs" names a portfolio; "thanked President X for Ukraine's help" no country.
  const hit = of[0].startsWith(' of') ? matchCountryAt(scan, pos, gazetteer, true) : null;
  let country: string | null = null;
  let org = false;
  if (hit) { country = hit.code; pos = hit.end; }
  for (;;) {
    const m = /^\s?([A-Z][\p{L}-]*)/u.exec(scan.slice(pos, pos + 30));
    if (!m || !ORG_WORDS.has(m[1])) break;
    if (!country) org = true;
    pos += m[0].length;
  }
  return pos > at + of[0].length ? { end: pos, country, org } : null;
}

/** Between the words of a portfolio: "Trade and Industry", "Culture, Youth and Sport", "State at the Federal Foreign Office". */
const PORTFOLIO_JOINT = /^(?: and | & |, | at the | of the | of | for )/;
const PORTFOLIO_WORD = /^\p{Lu}[\p{L}-]*/u;
/** A name of two words at least closing a portfolio: "…, Tarek Hassan, and", "…, Ana Ruiz said". */
const NAME_THEN_END = /^, ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)(?=[,.;:]| (?!and |or )[a-z])/u;

/**
 * "of PORTFOLIO" after a minister's or secretary's title, ended by "of COUNTRY" or by a comma and
 * the holder's name: "Minister of Trade and Industry, X," and "Minister of Culture, Youth and Sport
 * of Andorra X". A portfolio with no such end is left unread (its last word could start the name).
 * After "NAME, " the title is NAME's and the comma closes it ("A, Minister of Health, B, Minister
 * of Trade"): `nameMayFollow` is false.
 */
export function readPortfolio(scan: string, at: number, gazetteer: GazetteerView, nameMayFollow: boolean): { end: number; country: string | null } | null {
  const of = /^ (of|for) (?:the )?/.exec(scan.slice(at, at + 9));
  if (!of) return null;
  let pos = at + of[0].length;
  // A portfolio of one part before "of COUNTRY" ("of Tourism of Egypt") is left to readComplement.
  let joints = 0;
  for (let words = 0; words < 12; words++) {
    const word = PORTFOLIO_WORD.exec(scan.slice(pos, pos + 30));
    // "of Norway" is the country (readComplement); "for the EU" may be a portfolio.
    if (!word || NOT_NAME_WORDS.has(word[0]) || (words === 0 && of[1] === 'of' && matchCountryAt(scan, pos, gazetteer, true))) return null;
    // A listed person's name or an honorific ends the title: "Minister of Defence Sheikh X of Qatar".
    if (words > 0 && (HONORIFICS.has(word[0]) || leaderNameEnd(gazetteer, scan, pos) > 0)) return null;
    pos += word[0].length;
    const rest = scan.slice(pos, pos + 80);
    const of2 = /^ of (?:the )?/.exec(rest);
    const hit = of2 ? matchCountryAt(scan, pos + of2[0].length, gazetteer, true) : null;
    if (hit && joints > 0) return { end: hit.end, country: hit.code };
    if (nameMayFollow && NAME_THEN_END.test(rest)) return { end: pos, country: null };
    if (rest[0] === ' ' && PORTFOLIO_WORD.test(rest.slice(1))) { pos += 1; continue; }
    const joint = PORTFOLIO_JOINT.exec(rest);
    if (!joint) return null;
    pos += joint[0].length;
    joints++;
  }
  return null;
}
