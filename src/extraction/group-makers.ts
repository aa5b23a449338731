/**
 * "Hu met the presidents of Senegal and Mozambique. The African leaders reiterated their support for
 * China's reunification": a plural subject that opens the sentence and names leaders or sides stands
 * for the parties of the contact (or the separate contacts) told last before it, and each of them commits (one item each; the
 * party of the country the commitment is for makes none). Linear: the calls are read once per article.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party } from './clause-parties.js';

export const GROUP_MAKERS = {
  id: 'commitment.group-makers',
  example: 'Hu Jintao met President Abdoulaye Wade of Senegal and President Armando Guebuza of Mozambique. The African leaders reiterated their support for the one-China policy.',
  reason: 'A group subject ("the leaders", "the African presidents") stands for the parties of the contact just told; each commits.',
  /** The sentence up to the commitment: the group opens it, and the commitment follows in the same sentence. */
  lead: /^(?:[^,]{0,40},\s*)?(?:The|All|Both) (?:(?:[A-Z][\p{L}-]+|two|three|four|five|six|seven|eight|nine|ten|visiting|foreign|other) ){0,2}(?:leaders|presidents|heads of state|heads of government|prime ministers)\b[^;.]{0,120}$/u,
};

interface Told { at: number; sentence: number; participants: string[] }
const callIndex = new WeakMap<Article, Told[]>();

/** The parties (one per country) of the contact told last before `at`, when a group subject opens the sentence; else null. */
export function groupMakers(article: Article, s: Sentence, at: number): Party[] | null {
  if (!GROUP_MAKERS.lead.test(article.scan.slice(s.start, at))) return null;
  let told = callIndex.get(article);
  if (!told) {
    told = article.calls.flatMap((c) => c.evidence.map((e) => ({ at: e.start, sentence: e.sentence, participants: c.participants }))).sort((a, b) => a.at - b.at);
    callIndex.set(article, told);
  }
  let last: Told | undefined;
  for (const c of told) if (c.at < s.start) last = c;
  if (!last) return null;
  // Separate meetings told in one sentence ("held separate meetings with A, B and C") are one group.
  const participants = told.filter((c) => c.sentence === last!.sentence).flatMap((c) => c.participants);
  const countryOf = new Map(article.actors.map((a) => [a.id, a.country]));
  const seen = new Set<string>();
  const makers: Party[] = [];
  for (const id of participants) {
    const code = countryOf.get(id);
    if (!code || seen.has(code)) continue;
    seen.add(code);
    makers.push({ start: at, end: at, code, actor: id, demonym: false });
  }
  return makers.length > 1 ? makers : null;
}
