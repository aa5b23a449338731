/**
 * "The two countries signed …" told paragraphs after the contact it follows from (web copy puts a
 * quote or a statement between them), so that group-pair.ts finds no contact in the paragraph or the
 * one before: the group stands for the two countries of the article's contacts when every contact
 * told before it is between the same two countries, and the paragraph so far names no third one.
 * Linear: the contacts are indexed once per article, each look-up is a binary search.
 */
import type { Article, Sentence, Span } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { GROUP_PAIR } from './group-pair.js';
import { lastStartingBy, spansBetween } from './span-index.js';

export const ARTICLE_PAIR = {
  id: 'commitment.article-pair',
  example: 'President Amara received Premier Lind of Norland in Vesta on Monday.\n\nThe visit, she said, "opens a new chapter."\n\nThe two countries signed four agreements on fisheries and ports.',
  reason: 'A group subject ("the two countries", "they") after every contact of the article so far was between the same two countries stands for those two, however many paragraphs lie between.',
};

/** Where a contact is told, and the pair every contact up to it shares (null once two pairs differ). */
interface Told extends Span { pair: [string, string] | null }
const toldIndex = new WeakMap<Article, Told[]>();

function toldOf(article: Article): Told[] {
  const known = toldIndex.get(article);
  if (known) return known;
  const countryOf = new Map(article.actors.map((a) => [a.id, a.country]));
  const points: Array<{ at: number; codes: string[] }> = [];
  for (const c of article.calls) {
    const codes = [...new Set(c.participants.map((p) => countryOf.get(p)).filter((x): x is string => !!x))].sort();
    for (const e of c.evidence) points.push({ at: e.start, codes });
  }
  points.sort((a, b) => a.at - b.at);
  const told: Told[] = [];
  let shared: [string, string] | null | undefined;
  for (const p of points) {
    const pair = p.codes.length === 2 ? (p.codes as [string, string]) : null;
    shared = shared === undefined ? pair : shared && pair && shared[0] === pair[0] && shared[1] === pair[1] ? shared : null;
    told.push({ start: p.at, end: p.at, pair: shared });
  }
  toldIndex.set(article, told);
  return told;
}

/** The two parties a group subject before `at` stands for by the article's contacts, or undefined. */
export function articlePair(article: Article, parties: PartyIndex, s: Sentence, at: number): [Party, Party] | undefined {
  const lead = article.scan.slice(Math.max(s.start, at - 80), at);
  if (!GROUP_PAIR.before.test(lead) && !GROUP_PAIR.weak.test(lead)) return undefined;
  const told = toldOf(article);
  // Offsets are integers: the last told at or before at - 1 is the last told before `at`.
  const pair = told[lastStartingBy(told, at - 1)]?.pair ?? null;
  if (!pair) return undefined;
  // A third country named in the paragraph before the group: the group may stand for another two.
  let first = s;
  for (let k = s.index - 1; k >= 0 && article.sentences[k].paragraph === s.paragraph && k > s.index - 8; k--) first = article.sentences[k];
  if (spansBetween(parties.all, first.start, at).slice(0, 60).some((p) => !p.body && !pair.includes(p.code))) return undefined;
  const party = (code: string): Party => ({ start: at, end: at, code, actor: null, demonym: false });
  return [party(pair[0]), party(pair[1])];
}

/** The pair every contact told before `at` shares, or null (none told, or two pairs differ). */
export function toldPairBefore(article: Article, at: number): [string, string] | null {
  const told = toldOf(article);
  return told[lastStartingBy(told, at - 1)]?.pair ?? null;
}
