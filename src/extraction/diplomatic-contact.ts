/**
 * Whether a contact's parties make it a diplomatic contact the graph records (GUIDE.md, Calls):
 * at least two parties, a leader, a minister or an institution among them, and either two
 * countries, an international body, or a party whose country is unknown or only guessed.
 */
import type { ActorRecord } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';

/**
 * A secretary who heads a department of government is a minister (GUIDE.md: a call is required when a
 * leader or a minister takes part): "Secretary of State", "Foreign Secretary", "Secretary of Defense",
 * "Treasury Secretary", Kenya's "Cabinet Secretary" ("CS"), and the bare "Secretary" the title reader
 * keeps of "Secretary of Defence, NAME". Not a secretary below the head ("Under Secretary", "Assistant
 * Secretary of State", "Permanent Secretary"), nor a body's "Secretary-General", a party's "General
 * Secretary" or a "Press Secretary".
 */
const CABINET_SECRETARY = /^(?!.*\b(?:under|assistant|deputy|permanent|principal|private|press|parliamentary|joint|additional|general|executive|chief)\b)(?:.*\bsecretary of state\b|.*\b(?:foreign|defen[cs]e|treasury|home|commerce|energy|health|interior|homeland security|cabinet|trade|finance)\s+secretary\b|.*\bsecretary\s+(?:of|for)\s+(?:the\s+)?(?:defen[cs]e|treasury|commerce|energy|health|interior|homeland security|trade|finance|foreign affairs)\b|cs$|secretary$)/i;

/** A party that makes a contact reportable: a leader, a minister, or an institution. */
export const isPrincipal = (a: ActorRecord) => a.kind === 'leader' || a.kind === 'institution' || /minister/i.test(a.title ?? '') || CABINET_SECRETARY.test(a.title ?? '');

const SUBNATIONAL = /\b(?:governor(?![- ]general)|mayor|chief minister|first minister|chief executive)\b/i;
/**
 * A member or presiding officer of a legislature ("Senate President", "Speaker", "senator"): with no country
 * of their own in the text, they serve the parliament of the country the story is about, and a leader
 * meeting their own parliament is no call (GUIDE.md, Calls).
 */
const LEGISLATOR = /\b(?:senate president|president of the senate|speaker|senator|lawmaker|legislator|parliamentarian|member of parliament|congress(?:man|woman))\b/i;

/**
 * A spokesperson ("State Department spokesman", "the Kremlin's press secretary") reports the contacts of the
 * office they speak for: in "the ministry's spokeswoman Lena Dahl said Holm had called Lind", Dahl is no party, so a
 * spokesperson counts for no side of a contact.
 */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press secretary)\b/i;

export function isDiplomatic(participants: string[], byId: Map<string, ActorRecord>, gazetteer: GazetteerView): boolean {
  const parties = participants.map((p) => byId.get(p)).filter((a): a is ActorRecord => !!a && !SPOKESPERSON.test(a.title ?? ''));
  const international = (a: ActorRecord) => a.kind === 'institution' && a.country === null && gazetteer.institutions.some((i) => i.id === a.id);
  const countries = new Set(parties.filter((a) => !a.countryGuessed).map((a) => a.country).filter(Boolean));
  // A party whose country is unknown or only guessed from the countries around it (an untitled
  // person, the titled head of a body: "IMF Managing Director Michel Camdessus") may be foreign.
  // Not a state's office holder whose title is a province's or a city's ("New York Governor Kathy
  // Hochul", "Hong Kong Chief Executive John Lee"): that one serves inside a country; nor a legislator.
  const foreignUnknown = parties.some((a) => a.kind !== 'institution' && (!a.country || a.countryGuessed) && !SUBNATIONAL.test(a.title ?? '') && !LEGISLATOR.test(a.title ?? ''));
  return parties.length >= 2 && parties.some(isPrincipal)
    && (countries.size >= 2 || parties.some(international) || (countries.size === 1 && foreignUnknown));
}
