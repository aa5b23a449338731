/**
 * Incident rules as data: a strike is a weapon or a force that hits, strikes or shells a place.
 * Casualty phrases give killed and injured counts.
 */
import type { Rule } from './extraction-types.js';

export const STRIKE: Rule = {
  id: 'incident.strike',
  example: "At least ten people were killed after a rocket hit Ukraine's second-biggest city Kharkiv on Tuesday.",
  reason: 'A weapon or armed force hitting a named place is a strike.',
  pattern: /\b(?:missiles?|rockets?|drones?|shells?|bombs?|artillery|air ?strikes?|airstrikes?|forces|troops|warplanes?|jets?)\b[^.;]{0,40}?\b(?:hit|struck|shelled|bombed|targeted|slammed into|destroyed|pounded)\b|\b(?:shelling|bombing|bombardment|air ?strikes?|missile strikes?|drone strikes?) (?:of|on)\b(?= [A-Z])|\b(?:hit|struck) by (?:a |an )?(?:\w+ )?(?:missile|rocket|drone|shell|bomb|strike)\b/gi,
};

/**
 * When the strike sentence names no attacker ("a rocket hit Kharkiv"), the attacker is the side
 * whose forces the same or the previous paragraph names as fighting in that country, or the
 * attacker of an earlier strike on that country in the article.
 */
export const PERPETRATOR_CONTEXT: Rule = {
  id: 'incident.perpetrator-context',
  example: 'The country has been witnessing a full-scale invasion of Russian forces since February 24. At least ten people were killed after a rocket hit Kharkiv.',
  reason: 'Reports of a strike lean on the surrounding account of who is attacking whom.',
  pattern: /^(?:'s)? (?:\w+ )?(?:forces|troops|military|army|invasion|aggression|shelling|missiles?|drones?|strikes?)\b/,
};

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };
export const NUMBER = `(\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join('|')})`;

export const KILLED = new RegExp(`\\b${NUMBER} (?:\\w+ ){0,2}?(?:were |was |have been |had been |are )?(?:killed|dead|died)\\b|\\bkill(?:ing|ed)? (?:of )?(?:at least )?${NUMBER} (?:people|civilians|persons|children|soldiers)\\b`, 'i');
export const INJURED = new RegExp(`\\b${NUMBER} (?:\\w+ ){0,2}?(?:were |was |have been |had been |are )?(?:injured|wounded|hurt)\\b|\\binjur(?:ing|ed) (?:at least )?${NUMBER}\\b`, 'i');

export function toNumber(word: string | undefined): number | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  const n = Number(lower.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}
