/**
 * A person the gazetteer does not know and the text names without a title, in the subject place of
 * a contact ("Tony Blair has met Italian Prime Minister Silvio Berlusconi"): two to four capitalised
 * words right before the verb group that are not a country, a title, an institution or a word that
 * never starts a name.
 */
import type { GazetteerView } from './gazetteer-view.js';
import { matchCountryAt } from './match-country-at.js';
import { NOT_NAME_WORDS, ORG_WORDS, TITLE_RULES } from './title-rules.js';

const NAME_BEFORE_VERB = /(?:^|[\s(“"])((?:[A-Z][\p{L}'’-]+ ){1,3}[A-Z][\p{L}'’-]*\p{L})(?:,? (?:has|have|had|also|then|later|today|yesterday|recently|again|on [A-Z][a-z]+day|last [A-Z][a-z]+day))*\s*$/u;
const TITLE_WORDS = new Set(TITLE_RULES.flatMap((r) => r.words.split(' ')));

export function untitledPersonBefore(scan: string, clauseStart: number, at: number, gazetteer: GazetteerView): { name: string; start: number; end: number } | null {
  const from = Math.max(clauseStart, at - 60);
  const m = NAME_BEFORE_VERB.exec(scan.slice(from, at));
  if (!m) return null;
  const name = m[1];
  const start = from + m.index + m[0].indexOf(name);
  const words = name.split(' ');
  for (let i = 0, pos = start; i < words.length; pos += words[i].length + 1, i++) {
    const w = words[i];
    if (NOT_NAME_WORDS.has(w) || ORG_WORDS.has(w) || TITLE_WORDS.has(w.toLowerCase()) || matchCountryAt(scan, pos, gazetteer, false)) return null;
  }
  if (gazetteer.institutions.some((i) => i.name === name || i.aliases.includes(name))) return null;
  return { name, start, end: start + name.length };
}
