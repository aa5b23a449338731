/**
 * "The two leaders signed …", "Both sides agreed to …": the two parties of an agreement named as a
 * group are the two countries of the contact the paragraph reports, or else the only two countries
 * the paragraph has named so far. Linear: calls are indexed by paragraph once per article.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { spansBetween } from './span-index.js';

export const GROUP_PAIR = {
  id: 'commitment.group-pair',
  example: 'Putin met Vietnamese President To Lam in Hanoi. The two leaders signed a strategic partnership agreement.',
  reason: 'A group subject that says there are two ("the two leaders", "both sides") stands for the two parties of the contact or the paragraph; "they" or "the leaders" only for those of a contact told before it in the paragraph or the one before.',
  before: /\b(?:the two|both) (?:countries|nations|sides|leaders|governments|presidents|heads of state|prime ministers|foreign ministers|ministers|neighbou?rs|states)(?: (?:have|has|had|also|then|later|formally|officially|reportedly|jointly|now|already|further|subsequently|on \w+day))* $/i,
  /** A group that does not say there are two ("They agreed", "The leaders signed"): only the parties of a contact told before it in the paragraph. */
  weak: /(?:^|[;,] |\band )(?:[Tt]hey|[Tt]he (?:leaders|sides|two men|two|[Pp]residents|[Pp]rime [Mm]inisters|[Hh]eads of [Ss]tate|[Ff]oreign [Mm]inisters|delegations|negotiators)|[Bb]oth(?: men)?)(?: (?:have|has|had|also|then|later|formally|officially|reportedly|jointly|now|already|further|subsequently|on \w+day))* $/,
};

interface CallAt { at: number; codes: string[] }
const callIndex = new WeakMap<Article, Map<number, CallAt[]>>();

/** The countries of each paragraph's calls, with where each is told. */
function callsByParagraph(article: Article): Map<number, CallAt[]> {
  const known = callIndex.get(article);
  if (known) return known;
  const countryOf = new Map(article.actors.map((a) => [a.id, a.country]));
  const out = new Map<number, CallAt[]>();
  for (const c of article.calls) {
    const codes = [...new Set(c.participants.map((p) => countryOf.get(p)).filter((x): x is string => !!x))];
    for (const e of c.evidence) {
      const p = article.sentences[e.sentence]?.paragraph ?? -1;
      out.set(p, [...(out.get(p) ?? []), { at: e.start, codes }]);
    }
  }
  callIndex.set(article, out);
  return out;
}

/** The two parties a group subject before `at` stands for, or undefined when the text does not say which two. */
export function groupPair(article: Article, parties: PartyIndex, s: Sentence, at: number): [Party, Party] | undefined {
  const lead = article.scan.slice(Math.max(s.start, at - 80), at);
  const weak = !GROUP_PAIR.before.test(lead);
  if (weak && !GROUP_PAIR.weak.test(lead)) return undefined;
  const party = (code: string): Party => ({ start: at, end: at, code, actor: null, demonym: false });
  // The contact told last before the group subject, in its paragraph or else the one before (web copy puts a sentence or two in a paragraph).
  const told = (p: number) => (callsByParagraph(article).get(p) ?? []).filter((c) => c.at < at).sort((a, b) => a.at - b.at).pop();
  const last = told(s.paragraph) ?? told(s.paragraph - 1);
  if (last) return last.codes.length === 2 ? [party(last.codes[0]), party(last.codes[1])] : undefined;
  if (weak) return undefined;
  let first = s;
  for (let k = s.index - 1; k >= 0 && article.sentences[k].paragraph === s.paragraph && k > s.index - 8; k--) first = article.sentences[k];
  const codes = [...new Set(spansBetween(parties.all, first.start, at).slice(0, 60).filter((p) => !p.body).map((p) => p.code))];
  return codes.length === 2 ? [party(codes[0]), party(codes[1])] : undefined;
}
