/**
 * A person the gazetteer does not know and the text names without a title, in the subject place of
 * a contact ("Tony Blair has met Italian Prime Minister Silvio Berlusconi") or its object place
 * ("Kaunda met Julius Nyerere in Lusaka"): two to four capitalised words right before the verb
 * group, or right after the verb, that are not a country, a title, an institution, a medium
 * ("spoke to Fox News") or a word that never starts a name.
 */
import type { GazetteerView } from './gazetteer-view.js';
import { matchCountryAt } from './match-country-at.js';
import { NOT_NAME_WORDS, ORG_WORDS, TITLE_RULES } from './title-rules.js';

const NAME_BEFORE_VERB = /(?:^|[\s(“"])((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]*\p{L})(?:,? (?:has|have|had|also|then|later|today|yesterday|recently|again|on \p{Lu}[a-z]+day|last \p{Lu}[a-z]+day))*\s*$/u;
const NAME_AFTER_VERB = /^\s+(?:with\s+|to\s+)?((?:(?:\p{Lu}\.){1,3} |\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}'’-]| \p{Lu}|['’]s\b)/u;
const TITLE_WORDS = new Set(TITLE_RULES.flatMap((r) => r.words.split(' ')));
/** First words of place names: "Southern Rhodesia", "New Delhi", "St Petersburg". */
const PLACE_START = /^(?:Southern|Northern|Eastern|Western|North|South|East|West|Central|New|Upper|Lower|Greater|Saint|St\.?|San|Santa|Port|Fort|Mount|Lake|Cape) /;
/** Last words of media, places and bodies: "spoke to Fox News", "met Camp David negotiators". */
const NOT_PERSON_END = /^(?:News|Times|Post|Journal|Press|Radio|Television|TV|Channel|Agency|Network|Magazine|Herald|Tribune|Telegraph|Guardian|Street|Square|Avenue|Palace|Hall|Castle|Camp|David|City|Airport|Party|Group)$/;

export function untitledPersonBefore(scan: string, clauseStart: number, at: number, gazetteer: GazetteerView): { name: string; start: number; end: number } | null {
  const from = Math.max(clauseStart, at - 60);
  const m = NAME_BEFORE_VERB.exec(scan.slice(from, at));
  if (!m) return null;
  return untitledName(scan, m[1], from + m.index + m[0].indexOf(m[1]), gazetteer);
}

/** An untitled name right after a contact verb at `at` ("met Julius Nyerere"), or null. */
export function untitledPersonAfter(scan: string, at: number, clauseEnd: number, gazetteer: GazetteerView): { name: string; start: number; end: number } | null {
  const m = NAME_AFTER_VERB.exec(scan.slice(at, Math.min(clauseEnd, at + 70)));
  if (!m || NOT_PERSON_END.test(m[1].split(' ').pop()!) || PLACE_START.test(m[1])) return null;
  return untitledName(scan, m[1], at + m.index + m[0].indexOf(m[1]), gazetteer);
}

/** `name` at `start` if none of its words is a country, a title, an institution word or one that never starts a name. */
export function untitledName(scan: string, name: string, start: number, gazetteer: GazetteerView): { name: string; start: number; end: number } | null {
  const words = name.split(' ');
  for (let i = 0, pos = start; i < words.length; pos += words[i].length + 1, i++) {
    const w = words[i];
    if (NOT_NAME_WORDS.has(w) || ORG_WORDS.has(w) || TITLE_WORDS.has(w.toLowerCase()) || matchCountryAt(scan, pos, gazetteer, false)) return null;
  }
  if (gazetteer.institutions.some((i) => i.name === name || i.aliases.includes(name))) return null;
  return { name, start, end: start + name.length };
}
