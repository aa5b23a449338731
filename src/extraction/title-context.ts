/**
 * What stands around a title of office: the qualifiers, countries and organisation words before it
 * ("former Soviet Foreign Minister", "European Commission President") and the "of (the) PLACE"
 * after it ("President of the Russian Federation"). Read by parse-titled-names.ts.
 */
import { matchCountryAt } from './match-country-at.js';
import type { GazetteerView } from './gazetteer-view.js';
import { leaderNameEnd } from './gazetteer-matchers.js';
import { readName, TITLE_STICKY } from './read-person-name.js';
import { HONORIFICS, NOT_NAME_WORDS, ORG_WORDS, TITLE_QUALIFIERS } from './title-rules.js';

const LETTER = /\p{L}/u;
/** A letter, apostrophe, dot or hyphen ending at `end` (exclusive), not before `from`: its length (2 for a letter outside the BMP), or 0. */
function wordCharBefore(scan: string, end: number, from: number): number {
  if (end <= from) return 0;
  const c = scan.charCodeAt(end - 1);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45) return 1;
  if (c < 128) return 0;
  if (c >= 0xdc00 && c <= 0xdfff) {
    const h = scan.charCodeAt(end - 2);
    return end - 2 >= from && h >= 0xd800 && h <= 0xdbff && LETTER.test(scan.slice(end - 2, end)) ? 2 : 0;
  }
  return c >= 0xd800 && c <= 0xdbff ? 0 : LETTER.test(scan[end - 1]) ? 1 : 0;
}

/**
 * The word right before the space that ends at `start` (letters, apostrophes, dots, hyphens), read
 * back over at most 40 characters: where it starts, or -1. A walk by char code, as the pattern
 * `([\p{L}'.-]+)( )$` on the 40 characters before `start` would read it.
 */
function wordStartBefore(scan: string, start: number): number {
  const from = Math.max(0, start - 40);
  if (start - 1 < from || scan.charCodeAt(start - 1) !== 32) return -1;
  let i = start - 1;
  for (let n = wordCharBefore(scan, i, from); n > 0 && i - n >= from; n = wordCharBefore(scan, i, from)) i -= n;
  return i < start - 1 ? i : -1;
}
const BODY_ADJECTIVES = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*)((?: (?!(?:and|or|the|of|with|to|by)\b)[a-z][a-z-]*){1,2}) $/u;
const ADJECTIVES_AFTER_POSSESSIVE = /['’]s((?: [a-z][a-z-]*){1,2}) $/;

export interface Prefix { start: number; country: string | null; org: boolean; words: string[] }

/**
 * OFFICE_WORDS: lower-case words that say which office a title belongs to, walked over like the
 * qualifiers so a country before them is the holder's: "the Ruritanian foreign ministry spokesman",
 * "a Freedonian peace envoy", "the office spokesman, NAME".
 */
const OFFICE_WORDS = new Set(['ministry', 'peace', 'military', 'top', 'senior', 'chief', 'special', 'government', 'security', 'nuclear', 'climate', 'war', 'army', 'intelligence', 'embassy', 'regional', 'provincial', 'state', 'national', 'office', 'cabinet', 'trade', 'economic', 'external', 'foreign', 'affairs']);

/** Whether a line break of `body` (a space in `scan`) stands in [from, to). */
function lineBreakIn(body: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) { const c = body.charCodeAt(i); if (c === 10 || c === 13) return true; }
  return false;
}

/**
 * Walks back from a title over qualifiers, countries and organisation words. PREFIX_IN_LINE: never
 * over a line break of `body` (the text before `scan` turned line breaks into spaces): a headline
 * or a caption ends there without a full stop, and its last words ("… sanctions on Ruritania") are
 * no part of the next line's title ("Freedonian President X meets …").
 */
export function readPrefix(scan: string, at: number, gazetteer: GazetteerView, bodyText: string = scan): Prefix {
  let start = at;
  let country: string | null = null;
  let org = false;
  const words: string[] = [];
  for (let guard = 0; guard < 8; guard++) {
    const wordStart = wordStartBefore(scan, start);
    if (wordStart < 0 || lineBreakIn(bodyText, start - 1, start)) break;
    const word = scan.slice(wordStart, start - 1);
    const bare = word.replace(/'s$/, '');
    const lower = bare.toLowerCase();
    if (TITLE_QUALIFIERS.has(lower) || (OFFICE_WORDS.has(bare) && words.length < 4)) { words.unshift(bare); start = wordStart; continue; }
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
    if (body && !/\bed\b|ed\b/.test(body[2]) && !lineBreakIn(bodyText, start - body[0].length, start) && gazetteer.institutions.some((i) => i.name === body[1] || i.aliases.includes(body[1]))) {
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
    if (adjectives && hit && !lineBreakIn(bodyText, start - back.length + hit.start, start)) {
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

/** After a country word: a society's, a firm's or a club's name that it opens ("Red Cross", "Bankers Association"). */
const BODY_NAME_AFTER = /^(?: \p{Lu}[\p{L}-]*){0,2} (?:Association|Society|Cross|Crescent|Chamber|League|Club|Institute|Airways|Airlines|Corporation|Company|Foundation|Trust|Alliance|Party|Movement|Forum|Confederation|Bankers|Manufacturers|Olympic|Football|Network|Academy|University|College|Church|Federation of|Union of)\b/u;

/** "of (the) PLACE": a country (with any institution words after it) or an institution; "for" a portfolio ("for Foreign Affairs"). */
export function readComplement(scan: string, at: number, gazetteer: GazetteerView): { end: number; country: string | null; org: boolean } | null {
  const of = /^ (?:of|for) (?:the )?/.exec(scan.slice(at, at + 12));
  if (!of) return null;
  let pos = at + of[0].length;
  // "Secretary for Foreign Affairs" names a portfolio; "thanked President X for Ukraine's help" no country.
  const hit = of[0].startsWith(' of') ? matchCountryAt(scan, pos, gazetteer, true) : null;
  let country: string | null = null;
  let org = false;
  // COUNTRY_IN_BODY_NAME: "president of the Kenya Red Cross", "of the Ruritania Bankers Association": a country word that opens
  // the name of a society, a firm or a club is no state served (the holder is no head of state).
  const bodyName = hit ? BODY_NAME_AFTER.exec(scan.slice(hit.end, hit.end + 60)) : null;
  if (bodyName) return { end: hit!.end + bodyName[0].length, country: null, org: true };
  if (hit) { country = hit.code; pos = hit.end; }
  // "head of the IAEA", "envoy of the African Union": a listed body.
  const body = hit ? 0 : institutionAt(scan, pos, gazetteer);
  if (body) { pos = body; org = true; }
  for (;;) {
    const m = /^\s?([A-Z][\p{L}-]*)/u.exec(scan.slice(pos, pos + 30));
    if (!m || !ORG_WORDS.has(m[1])) break;
    if (!country) org = true;
    pos += m[0].length;
  }
  // BODY_OF_MEMBERS: a body named after its members goes on past "of" ("the Organization of American States", "the League
  // of Arab States"): the demonym there is no state served.
  const members = org && !country ? BODY_OF_MEMBERS.exec(scan.slice(pos, pos + 60)) : null;
  if (members) pos += members[0].length;
  return pos > at + of[0].length ? { end: pos, country, org } : null;
}

/** BODY_OF_MEMBERS (see readComplement). */
const BODY_OF_MEMBERS = /^ of (?:the )?(?:\p{Lu}[\p{L}-]* ){0,3}(?:States|Nations|Countries|Cooperation)\b/u;

/** The end of a listed institution's name or alias written at `at` ("IAEA", "United Nations"), or 0. */
export function institutionAt(scan: string, at: number, gazetteer: GazetteerView): number {
  const c = scan.charCodeAt(at);
  if (!(c >= 65 && c <= 90)) return 0;
  let end = 0;
  for (const i of gazetteer.institutions) {
    for (const n of [i.name, ...i.aliases]) {
      if (n.length > end - at && scan.startsWith(n, at) && !LETTER.test(scan[at + n.length] ?? '')) end = at + n.length;
    }
  }
  return end;
}

/** Between the words of a portfolio: "Trade and Industry", "Culture, Youth and Sport", "State at the Federal Foreign Office". */
const PORTFOLIO_JOINT = /^(?: and | & |, | at the | of the | of | for )/;
const PORTFOLIO_WORD = /^\p{Lu}[\p{L}-]*/u;
/** A name of two words at least closing a portfolio: "…, Tarek Hassan, and", "…, Ana Ruiz said". */
const NAME_THEN_END = /^, ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)(?=[,.;:]| (?!and |or )[a-z])/u;
/** PORTFOLIO_NAME_AND_TITLE: a name of two words at least, then "and" and the next titled holder of a cabinet list: "…, Ana Ruiz and Minister of Trade …". */
const NAME_THEN_TITLE = /^, ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+) and (?=\p{Lu})/u;

/** Nouns that close a portfolio ("for Foreign Affairs", "of Trade and Industry"). */
const PORTFOLIO_NOUNS = new Set(['Affairs', 'Relations', 'Cooperation', 'Development', 'Trade', 'Industry', 'Commerce', 'Defence', 'Defense', 'Finance', 'Justice', 'Health', 'Education', 'Energy', 'Agriculture', 'Environment', 'Security', 'Planning', 'Economy', 'Culture', 'Tourism', 'Transport', 'Interior', 'Labour', 'Labor', 'Integration', 'Investment', 'Resources', 'Works', 'Communications', 'Information', 'Sport', 'Sports', 'Youth', 'Housing', 'Welfare', 'Fisheries', 'Forestry', 'Mines', 'Petroleum', 'Science', 'Technology', 'Innovation', 'Immigration', 'Migration', 'Infrastructure', 'Aviation', 'Diaspora', 'Heritage',
  // More closing nouns of cabinet portfolios ("Minister of Ports and Shipping", "of Communication and Multimedia").
  'Communication', 'Multimedia', 'Media', 'Digital', 'Telecommunications', 'Orientation', 'Minerals', 'Mining', 'Water', 'Sanitation', 'Lands', 'Land',
  'Shipping', 'Ports', 'Maritime', 'Highways', 'Roads', 'Railways', 'Transportation', 'Power', 'Gas', 'Climate', 'Employment', 'Enterprise',
  'Enterprises', 'Women', 'Children', 'Family', 'Gender', 'Equality', 'Reform', 'Reforms', 'Arts', 'Budget', 'Revenue', 'Veterans', 'Citizenship',
  'Endowments', 'Emergencies', 'Reconstruction', 'Livestock', 'Irrigation', 'Food', 'Solidarity', 'Textiles', 'Wildlife', 'Policy', 'Services', 'Business']);
/** Two to four capitalised words, then the end of the phrase: " Ana Ruiz.", " Ana Maria Ruiz said". */
const NAME_AHEAD = /^ ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)(?=[,.;:)]| (?!and |or |of |for |at )[a-z])/u;

/** Whether a personal name (no title, body or function word in it) follows `at` and ends its phrase. */
function nameThenEnd(scan: string, at: number, rest: string): boolean {
  const m = NAME_AHEAD.exec(rest);
  if (!m) return false;
  for (let i = 0, pos = at + 1, words = m[1].split(' '); i < words.length; pos += words[i].length + 1, i++) {
    TITLE_STICKY.lastIndex = pos;
    if (ORG_WORDS.has(words[i]) || NOT_NAME_WORDS.has(words[i]) || PORTFOLIO_NOUNS.has(words[i]) || TITLE_STICKY.test(scan)) return false;
  }
  return true;
}

/**
 * PORTFOLIO_NAME_AND_TITLE without a comma: a portfolio's closing noun, its holder and "and" the next
 * titled holder: "Minister for Fisheries and Forestry Ana Ruiz and Minister for Youth Tom Berg welcomed …".
 */
const NOUN_NAME_THEN_TITLE = /^ ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+) and (?=\p{Lu})/u;

/** Whether ", NAME and TITLE" (or, `bare`, " NAME and TITLE") follows `at`: the name (no title, body or portfolio word in it) closes the portfolio. */
function nameThenTitle(scan: string, at: number, rest: string, bare = false): boolean {
  const m = (bare ? NOUN_NAME_THEN_TITLE : NAME_THEN_TITLE).exec(rest);
  if (!m) return false;
  for (let i = 0, pos = at + (bare ? 1 : 2), words = m[1].split(' '); i < words.length; pos += words[i].length + 1, i++) {
    TITLE_STICKY.lastIndex = pos;
    if (ORG_WORDS.has(words[i]) || NOT_NAME_WORDS.has(words[i]) || PORTFOLIO_NOUNS.has(words[i]) || TITLE_STICKY.test(scan)) return false;
  }
  // The next list item opens with a title, perhaps after its qualifiers ("and Deputy Minister of …").
  let next = at + m[0].length;
  for (let w = /^([A-Z][a-z]+) /.exec(scan.slice(next, next + 20)), k = 0; w && k < 2 && TITLE_QUALIFIERS.has(w[1].toLowerCase()); k++, w = /^([A-Z][a-z]+) /.exec(scan.slice(next, next + 20))) next += w[0].length;
  TITLE_STICKY.lastIndex = next;
  return TITLE_STICKY.test(scan);
}

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
    if (nameMayFollow && nameThenTitle(scan, pos, rest)) return { end: pos, country: null };
    // "for Global Affairs Ana Ruiz.": a portfolio's closing noun, then a name that ends its phrase.
    // (After "NAME, " too: a name right after the noun, with no comma, is the holder's.)
    if (PORTFOLIO_NOUNS.has(word[0]) && (nameThenEnd(scan, pos, rest) || nameThenTitle(scan, pos, rest, true))) return { end: pos, country: null };
    if (rest[0] === ' ' && PORTFOLIO_WORD.test(rest.slice(1))) { pos += 1; continue; }
    const joint = PORTFOLIO_JOINT.exec(rest);
    if (!joint) return null;
    pos += joint[0].length;
    joints++;
  }
  return null;
}

/**
 * "to" or "for" what an adviser, envoy or spokesperson serves, right after the title: a place
 * ("Ambassador to Sri Lanka": the host, not the holder's country) or an office with its country
 * words and perhaps its holder ("Adviser to the President", "spokesperson for the Polish
 * president", "Special Adviser to President NAME": the served office's country is the holder's
 * too). `titleStart` is where the served office's title starts, when a holder is named after it.
 */
const SERVED = /^ (?:to|for) (?:the )?/;
const OWN_GOVERNMENT = /^(?: |['’]s (?:(?:foreign|interior|defen[cs]e|finance|trade|health) )?)(?:government|administration|presidency|cabinet|ministry|embassy)\b/;
export function readServed(scan: string, at: number, gazetteer: GazetteerView): { end: number; titleStart: number; country: string | null; innerName: boolean } | null {
  const of = SERVED.exec(scan.slice(at, at + 9));
  if (!of) return null;
  let pos = at + of[0].length;
  let country: string | null = null;
  for (let k = 0; k < 2; k++) {
    const hit = matchCountryAt(scan, pos, gazetteer, true);
    if (!hit || LETTER.test(scan[hit.end] ?? '')) break;
    TITLE_STICKY.lastIndex = hit.end + 1;
    // SERVED_OWN_GOVERNMENT: "spokesman for the Afghan government", "for Kenya's foreign ministry": the body served is that
    // country's, and so is the holder.
    const own = OWN_GOVERNMENT.exec(scan.slice(hit.end, hit.end + 32));
    if (own) return { end: hit.end + own[0].length, titleStart: hit.end + own[0].length, country: hit.code, innerName: false };
    if (scan[hit.end] !== ' ' || !TITLE_STICKY.test(scan)) {
      // A place served: the host country, which is not the holder's.
      let end = hit.end;
      for (let m = /^ ([A-Z][\p{L}-]*)/u.exec(scan.slice(end, end + 30)); m && ORG_WORDS.has(m[1]); m = /^ ([A-Z][\p{L}-]*)/u.exec(scan.slice(end, end + 30))) end += m[0].length;
      return k === 0 ? { end, titleStart: end, country: null, innerName: false } : null;
    }
    country ??= hit.code;
    pos = hit.end + 1;
  }
  // "envoy to the United Nations": a listed body served.
  const body = country ? 0 : institutionAt(scan, pos, gazetteer);
  if (body) return { end: body, titleStart: body, country: null, innerName: false };
  TITLE_STICKY.lastIndex = pos;
  const title = TITLE_STICKY.exec(scan);
  if (!title) return null;
  const titleEnd = pos + title[0].length;
  const name = scan[titleEnd] === ' ' && /\p{Lu}/u.test(scan[titleEnd + 1] ?? '') ? readName(scan, titleEnd + 1, gazetteer) : null;
  return { end: name ? name.end : titleEnd, titleStart: pos, country, innerName: !!name };
}
