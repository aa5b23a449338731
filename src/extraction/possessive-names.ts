/**
 * A person named after a country's possessive with no title, as wire copy names heads of
 * government: "met Britain's Margaret Thatcher", "Tanzania's Julius K. Nyerere conferred with …".
 * The same form names firms, fleets and places ("Russia's Black Sea Fleet", "Japan's Toyota
 * Motor"), so the name is taken only where it stands as a party of a contact: right after a contact
 * verb or "with"/"and" in a sentence that reports one, or right before a contact verb. Country:
 * the possessor. Kind: leader — the country standing for the office is how news names its head.
 *
 * Linear: one pass over "'s " and bounded windows around each.
 */
import type { GazetteerView } from './gazetteer-view.js';
import type { TitledName } from './parse-titled-names.js';
import { NAME_WORD } from './read-person-name.js';
import { matchCountryAtEnd } from './title-context.js';
import { HONORIFICS } from './title-rules.js';
import { untitledName } from './untitled-person.js';

/** Two to four name words after "'s", not followed by another capitalised word. */
const POSSESSIVE_NAME = new RegExp(`['’]s (${NAME_WORD}(?: ${NAME_WORD}){1,3})(?![\\p{L}'’-]| \\p{Lu})`, 'gu');
/** A contact verb (or a coordination inside a contact's party) right before the possessor. */
const PARTY_BEFORE = /\b(?:met|meets|meeting|hosted|hosts|received|receives|welcomed|greeted|phoned|telephoned|called|visited|with|and|to)\s+(?:the\s+)?$/;
/** A contact verb right after the name (adverbials between allowed). */
const PARTY_AFTER = /^,?\s+(?:(?:has|had|also|then|later|on \w+day|yesterday|today),?\s+)*(?:met|meets|held talks|hosted|received|welcomed|spoke|talked|conferred|phoned|telephoned|called|visited|discussed|and\s)/;
/** A contact in the sentence around a name that follows "with", "and" or "to". */
const CONTACT_NEAR = /\b(?:met|meets|meeting|talks|spoke|speak|talked|conferred|phoned|telephoned|called|summit|hosted|received|visited|conversation)\b/;
/** Last words of firms, places, forces and programmes, never of a person. */
const NOT_PERSON_END = /(?:Fleet|Sea|River|Plant|Station|Region|Province|Oblast|Islands?|Strait|Gulf|Bay|Peninsula|Valley|Airport|Port|Pipeline|Stream|Dome|Guards?|Group|Motors?|Corp|Corporation|Company|Airlines?|Airways|Bank|Fund|News|Times|Post|Journal|Press|Radio|Television|TV|Agency|Network|Party|Front|Movement|Council|Initiative|Programme|Program|Project|Prize|Cup|League|Games|Cartel|Cartels|Gang|Militia|Brigades?|Clan|Syndicate)$/;

export function parsePossessiveNames(scan: string, gazetteer: GazetteerView): TitledName[] {
  const out: TitledName[] = [];
  for (const m of scan.matchAll(POSSESSIVE_NAME)) {
    const name = m[1];
    const nameStart = m.index + m[0].length - name.length;
    const possessor = [...matchCountryAtEnd(scan.slice(Math.max(0, m.index - 40), m.index), gazetteer)][0];
    if (!possessor) continue;
    const start = m.index - Math.min(40, m.index) + possessor.start;
    if (!isPersonName(scan, name, nameStart, gazetteer)) continue;
    const end = nameStart + name.length;
    const before = scan.slice(Math.max(0, start - 30), start);
    const after = scan.slice(end, end + 60);
    const sentence = scan.slice(Math.max(0, start - 200), Math.min(scan.length, end + 200));
    const party = PARTY_AFTER.test(after) || (PARTY_BEFORE.test(before) && CONTACT_NEAR.test(sentence));
    if (!party) continue;
    out.push({ start, end, title: '', titleClass: 'leader', kind: 'leader', country: possessor.code, orgBound: false, name, nameStart, definite: false, rule: 'name.country-possessive' });
  }
  return out;
}

function isPersonName(scan: string, name: string, at: number, gazetteer: GazetteerView): boolean {
  const words = name.split(' ');
  return !NOT_PERSON_END.test(words[words.length - 1]) && !words.some((w) => HONORIFICS.has(w)) && untitledName(scan, name, at, gazetteer) !== null;
}
