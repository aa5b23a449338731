/**
 * Persons the article itself calls private citizens (GUIDE.md, Actors: "Not actors: journalists,
 * analysts, victims, hostages, private citizens, companies"): a name after a private calling
 * ("billionaire Bernard Arnault", "tech entrepreneur Karl Tanner") or before an appositive that
 * gives one ("Karl Tanner, a tech entrepreneur,"); not a former calling ("a former journalist"). Such a person met by a
 * leader is no party to a diplomatic contact and no actor.
 *
 * One pass of each pattern over the article (linear); the result is a set of full names.
 */
import type { Rule } from './extraction-types.js';

/** Callings that no office holder is introduced by (untitled-author.ts reads them too). */
export const CALLING_WORDS = ['billionaire', 'billionaires', 'businessman', 'businesswoman', 'magnate', 'tycoon', 'mogul', 'investor', 'entrepreneur', 'industrialist', 'financier', 'banker', 'philanthropist', 'CEO', 'co-founder', 'founder', 'owner', 'actor', 'actress', 'singer', 'rapper', 'musician', 'footballer', 'golfer', 'athlete', 'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'commentator', 'blogger', 'influencer', 'analyst', 'economist', 'scholar', 'professor', 'academic', 'researcher', 'activist', 'dissident', 'campaigner', 'lawyer', 'attorney', 'hostage', 'detainee', 'prisoner', 'novelist', 'writer', 'filmmaker',
  // ACADEMIC_HEAD: the head of a university holds no public office ('Rector Karl Tanner'); not "Dean", also a given name.
  'rector'];
/** Each calling in lower case or capitalised ("Billionaire Bernard Arnault" opening a sentence). */
const CALLINGS = CALLING_WORDS.map((w) => (/^[a-z]/.test(w) ? `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}` : w)).join('|');
/** A personal name: two to four capitalised words (initials and particles allowed). */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?: (?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.|bin|al|de|van|von|da)){1,3})`;

export const PRIVATE_PERSON_RULES: Rule[] = [
  {
    id: 'private.calling-before',
    example: 'Macron had lunch with billionaire Bernard Arnault.',
    reason: 'A private calling before a name introduces a private citizen, who is no party to a diplomatic contact.',
    pattern: new RegExp(String.raw`(?<![\p{L}-])(?:${CALLINGS})(?: and (?:${CALLINGS}))? (?:(?:\p{Lu}[\p{L}&-]*|tech|media|oil|mining|steel|property|fashion|luxury|software|private) ){0,2}${NAME}`, 'gu'),
  },
  {
    id: 'private.calling-after',
    example: 'Karl Tanner, a tech entrepreneur, met Modi.',
    reason: 'An appositive giving a private calling makes the name before it a private citizen.',
    pattern: new RegExp(String.raw`${NAME},? (?:a|an|the|who is (?:a|an|the)) (?:(?!former |ex-)[\p{L}-]+ ){0,3}?(?:${CALLINGS})\b`, 'gu'),
  },
];

/** The full names the article introduces as private citizens. */
export function privatePersons(scan: string): Set<string> {
  const out = new Set<string>();
  for (const rule of PRIVATE_PERSON_RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of scan.matchAll(rule.pattern)) out.add(m[1]);
  }
  return out;
}
