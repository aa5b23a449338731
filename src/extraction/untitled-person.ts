/**
 * A person the gazetteer does not know and the text names without a title, in the subject place of
 * a contact ("Gordon Brown has met Spanish Prime Minister Jose Luis Rodriguez Zapatero") or its
 * object place ("Kaunda met Julius Nyerere in Lusaka"): two to four capitalised words right before the verb
 * group, or right after the verb, that are not a country, a title, an institution, a medium
 * ("spoke to Fox News") or a word that never starts a name.
 */
import type { GazetteerView } from './gazetteer-view.js';
import { matchCountryAt } from './match-country-at.js';
import { GLUED } from './read-person-name.js';
import { CALLING_WORDS } from './private-persons.js';
import { HONORIFICS, NOT_NAME_WORDS, ORG_WORDS, TITLE_RULES } from './title-rules.js';

const CALLING_SET = new Set(CALLING_WORDS.map((w) => w.toLowerCase()));

/** A name: a capitalised word or initials, up to two more words (initials, particles: "Amani K. Tembo", "Salim bin Rashid"), a capitalised last word. */
const NAME = `(?:(?:\\p{Lu}\\.){1,3}|\\p{Lu}[\\p{L}'’-]+)(?: (?:(?:\\p{Lu}\\.){1,3}|\\p{Lu}[\\p{L}'’-]+|al|bin|ibn|da|de|dos|van|von|der|del|la)){0,2} \\p{Lu}[\\p{L}'’-]*\\p{L}`;
const NAME_BEFORE_VERB = new RegExp(`(?:^|[\\s(“"])(${NAME})(?:,? (?:has|have|had|also|then|later|today|yesterday|recently|again|on \\p{Lu}[a-z]+day|last \\p{Lu}[a-z]+day))*\\s*$`, 'u');
/** A noun after the capitalised words makes them its modifier: "met Hong Kong leaders". */
const GROUP_NOUN = ' (?:officials|leaders|ministers|delegates|delegation|executives|representatives|officers|authorities|lawmakers|legislators|students|business|businessmen|government|negotiators|envoys|diplomats|counterparts|troops|residents|activists|families|members|workers|chiefs|commanders|staff)\\b';
const NAME_AFTER_VERB = new RegExp(`^\\s+(?:with\\s+|to\\s+)?(${NAME})(?![\\p{L}'’-]| \\p{Lu}|['’]s\\b|${GROUP_NOUN})`, 'u');
const TITLE_WORDS = new Set(TITLE_RULES.flatMap((r) => r.words.split(' ')));
/** First words of place names: "Southern Rhodesia", "New Delhi", "St Petersburg". */
const PLACE_START = /^(?:Southern|Northern|Eastern|Western|North|South|East|West|Central|New|Upper|Lower|Greater|Saint|St\.?|San|Santa|Port|Fort|Mount|Lake|Cape) /;
/** Last words of media, places and bodies: "spoke to Fox News", "met Camp David negotiators". */
const NOT_PERSON_END = /^(?:News|Times|Post|Journal|Press|Radio|Television|TV|Channel|Agency|Network|Magazine|Herald|Tribune|Telegraph|Guardian|Street|Square|Avenue|Palace|Hall|Castle|Camp|David|City|Airport|Party|Group|Holdings|Inc|Ltd|Corp|Corporation|Company|Industries|Motors|Airlines|Airways|Bank|Foundation|Institute|University|Capital|Partners|Energy|Technologies|Systems|Club|Team|Brothers|Association|Union|Forces|Army|Navy|Police|Leaders|Ministers|Officials|Counterparts|Partners|Allies|Heads|Members|Delegates|Delegation|Nations|States|Countries)$/;

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
export function untitledName(scan: string, written: string, start: number, gazetteer: GazetteerView): { name: string; start: number; end: number } | null {
  const words = written.split(' ');
  // A last word glued to the next sentence's first by a lost space ("Castro" + "He") ends inside it.
  const glued = GLUED.exec(words[words.length - 1]);
  if (glued && NOT_NAME_WORDS.has(glued[2])) words[words.length - 1] = glued[1];
  const name = words.join(' ');
  // CALLING_AS_TITLE: a private calling written before the name as a title ("a meeting with Rector Karl Tanner") is no office.
  if (NOT_PERSON_END.test(words[words.length - 1]) || HONORIFICS.has(words[0]) || CALLING_SET.has(words[0].toLowerCase())) return null;
  for (let i = 0, pos = start; i < words.length; pos += words[i].length + 1, i++) {
    const w = words[i];
    if (NOT_NAME_WORDS.has(w) || ORG_WORDS.has(w) || TITLE_WORDS.has(w.toLowerCase()) || matchCountryAt(scan, pos, gazetteer, false)) return null;
  }
  if (gazetteer.institutions.some((i) => i.name === name || i.aliases.includes(name))) return null;
  return { name, start, end: start + name.length };
}
