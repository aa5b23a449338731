/**
 * "Xi held separate meetings with the presidents of Colombia and Chile. The Latin American leaders restated
 * their support for China's reunification": a plural subject that opens the sentence and names leaders
 * stands for the parties of the separate contacts told last before it, and each of them commits (one item each; the
 * party of the country the commitment is for makes none). Linear: the calls are read once per article.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party } from './clause-parties.js';
import { lastStartingBy } from './span-index.js';

export const GROUP_MAKERS = {
  id: 'commitment.group-makers',
  example: 'Xi Jinping held separate meetings with President Gustavo Petro of Colombia and President Gabriel Boric of Chile. The Latin American leaders reiterated their support for the one-China policy.',
  reason: 'A group subject ("the leaders", "the Latin American presidents") stands for the parties of the separate contacts just told; each commits (a joint contact of many makes a multilateral statement, optional in the gold).',
  /** The sentence up to the commitment: the group opens it, and the commitment follows in the same sentence. */
  lead: /^(?:[^,]{0,40},\s*)?(?:The|All|Both) (?:(?:[A-Z][\p{L}-]+|two|three|four|five|six|seven|eight|nine|ten|visiting|foreign|other) ){0,2}(?:leaders|presidents|heads of state|heads of government|prime ministers)\b[^;.]{0,120}$/u,
};

interface Told { start: number; end: number; sentence: number }
interface Calls { told: Told[]; bySentence: Map<number, string[]>; callsIn: Map<number, number>; countryOf: Map<string, string | null> }
const callIndex = new WeakMap<Article, Calls>();

/** Where each contact is told, sorted, and the participants told in each sentence: built once per article. */
function callsOf(article: Article): Calls {
  const known = callIndex.get(article);
  if (known) return known;
  const bySentence = new Map<number, string[]>();
  const callsIn = new Map<number, number>();
  const told: Told[] = [];
  for (const c of article.calls) for (const e of c.evidence) {
    callsIn.set(e.sentence, (callsIn.get(e.sentence) ?? 0) + 1);
    told.push({ start: e.start, end: e.start, sentence: e.sentence });
    const list = bySentence.get(e.sentence);
    if (list) list.push(...c.participants);
    else bySentence.set(e.sentence, [...c.participants]);
  }
  const calls = { told: told.sort((a, b) => a.start - b.start), bySentence, callsIn, countryOf: new Map(article.actors.map((a) => [a.id, a.country])) };
  callIndex.set(article, calls);
  return calls;
}

/** The parties (one per country) of the contact told last before `at`, when a group subject opens the sentence; else null. */
export function groupMakers(article: Article, s: Sentence, at: number): Party[] | null {
  // The lead reads at most a fronted phrase, the group and 120 characters: a longer one cannot match.
  if (at - s.start > 260 || !GROUP_MAKERS.lead.test(article.scan.slice(s.start, at))) return null;
  const { told, bySentence, callsIn, countryOf } = callsOf(article);
  const last = told[lastStartingBy(told, s.start - 1)];
  if (!last) return null;
  // Separate meetings told in one sentence ("held separate meetings with A, B and C") are the group, and so
  // are the two sides of one bilateral contact; one joint contact of more is a multilateral statement,
  // optional in the gold (GUIDE.md), and makes none.
  const participants = (bySentence.get(last.sentence) ?? []);
  const separate = (callsIn.get(last.sentence) ?? 0) > 1;
  const seen = new Set<string>();
  const makers: Party[] = [];
  for (const id of participants) {
    const code = countryOf.get(id);
    if (!code || seen.has(code)) continue;
    seen.add(code);
    makers.push({ start: at, end: at, code, actor: id, demonym: false });
  }
  return makers.length > 1 && (separate || makers.length === 2) ? makers : null;
}
