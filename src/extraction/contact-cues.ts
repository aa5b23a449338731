/**
 * Cue words find-contacts.ts reads around a trigger: plurals that make one contact per party, the
 * adverbials that may open a statement's clause, and a sentence that dates the contact just reported.
 */
import type { Rule } from './extraction-types.js';
export const PLURAL_CUE = /\b(?:conversations|calls|separately|separate|several|respectively|bilateral)\b/i;
/** …after the parties, "bilateral" qualifies a topic ("talks with A and B on bilateral relations"), not the meetings. */
const PLURAL_CUE_AFTER = /\b(?:conversations|calls|separately|separate|several|respectively)\b/i;
/** A plural cue before the parties' end (`objectsEnd`), or one that may follow them, within [from, to). */
export const pluralAround = (scan: string, from: number, objectsEnd: number, to: number): boolean =>
  PLURAL_CUE.test(scan.slice(from, Math.max(from, objectsEnd))) || PLURAL_CUE_AFTER.test(scan.slice(Math.max(from, objectsEnd), to));
/** …unless the sentence says the parties met together ("a trilateral meeting", "a joint meeting"). */
export const TOGETHER_CUE = /\b(?:trilateral|three-way|four-way|quadrilateral|joint (?:meeting|talks|summit))\b/i;
/**
 * A sentence that dates the contact just reported: "The meeting took place on Thursday", or one opening
 * with the day's possessive ("Friday's visit was part of a regional tour", `contact.day-possessive`).
 */
export const TOOK_PLACE = /^\s*(?:(?:The|Their|This|That) (?:[a-z-]+ ){0,2}(?:meeting|talks|call|conversation|summit|visit)s? (?:took place|was held|were held|happened|came)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)['’]s (?:[a-z-]+ ){0,2}(?:meeting|talks|call|conversation|summit|visit)s?\b)/;
/** A trigger in the plural ("held bilateral meetings with A, B and C"): one contact with each. */
export const PLURAL_TRIGGER = /\b(?:meetings|calls|conversations|bilaterals|bilateral)\b/i;
export const ONLY_ADVERBIALS = /^[\s,]*(?:(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Aa]lso|[Tt]hen|[Ll]ater|[Ee]arlier|[Aa]dditionally|[Ff]urther|[Nn]otably|[Tt]his (?:morning|afternoon|evening)|[Oo]n \w+|[Ii]n addition|[Aa]nd|[Tt]he same day)[\s,]*)*$/;
/** A spoken exchange with several people, its medium unnamed: one conversation with each. */
export const SPOKE_WITH_EACH: Rule = {
  id: 'contact.parties.spoke-with-each',
  example: 'On Tuesday the chancellor spoke with the Danish prime minister and the Dutch king.',
  reason: 'Speaking or talking with several people, where no call, video link or joint meeting is named, reports a conversation with each of them, not one between all of them.',
  pattern: /^(?:spoke|spoken|speaks|talked|chatted|discussed)\b(?!.*\b(?:by|via|over|on the)\b)/i,
};
/** A plural title heading the people met: "met Presidents A, B and C" — several leaders, one meeting each. */
export const PLURAL_TITLE_EACH: Rule = {
  id: 'contact.parties.plural-title-each',
  example: 'The chancellor met Presidents Gitanas Nauseda (Lithuania) and Alar Karis (Estonia) on Monday.',
  reason: 'A plural title before the people a leader met lists leaders of several countries, each met in turn, unless a joint or trilateral meeting is named.',
  pattern: /^(?:[Pp]residents|[Pp]rime [Mm]inisters|[Pp]remiers|[Kk]ings|[Cc]hancellors|[Cc]ounterparts)\b/,
};
/**
 * "Speaking after talks with Lind - the Danish minister - Holm said …": an apposition between dashes after the
 * fronted phrase's party closes the phrase as a comma would; the name right after the second dash is the main
 * clause's subject (a name inside the apposition is not).
 */
export const DASH_APPOSITION: Rule = {
  id: 'contact.parties.dash-apposition',
  example: 'Speaking after talks with Lars Lind - the Danish foreign minister - Holm said the quota would stay.',
  reason: 'A fronted contact phrase may end in a party and an apposition set off by dashes; the subject of the main clause follows the closing dash.',
  pattern: /^\s*[-–—]\s[^-–—.;]{1,100}?\s[-–—]\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/,
};

/**
 * "The banquet was hosted by the king, and the foreign minister said …": a finite passive ("was received by", "has
 * been hosted by") has its subject before it, in its own clause; when that subject names no party (a banquet, a
 * ceremony, the visit), the contact has none there, and a person named after a comma belongs to another clause
 * (a speaker is no guest). Only a participle ("Being received by X, Holm said") borrows the main clause's subject.
 */
export const FINITE_PASSIVE_SUBJECT = {
  id: 'contact.parties.finite-passive-subject',
  example: 'The banquet was hosted by King Lund, and Foreign Minister Berg said she welcomed the visit.',
  reason: 'A finite passive contact verb takes its party from its own subject; a person after the comma is another clause\'s subject, not a guest.',
  pattern: /^(?:was|were|has been|have been|had been)\b/i,
};
