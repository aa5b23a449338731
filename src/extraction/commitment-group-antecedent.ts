/**
 * A group subject of an agreement ("They signed …", "the two countries agreed …") that neither a
 * contact (group-pair.ts, commitment-article-pair.ts) nor its clause (commitment-clause-group.ts)
 * resolves: "they" or a group takes the coordinated subject of the sentence before ("Norland and
 * Ostmark discussed ports. They signed …"); a group that says there are two stands for the only two
 * countries named from the paragraph before up to it, which group-pair.ts reads in its own paragraph
 * alone, when no contact is told before it. Linear: each look-up is a binary search among the parties and a bounded window.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { GROUP_PAIR } from './group-pair.js';
import { lastStartingBy, spansBetween } from './span-index.js';
import { lastToldCountries } from './told-contact-countries.js';
import { toldPairBefore } from './commitment-article-pair.js';

export const GROUP_ANTECEDENT = {
  id: 'commitment.group-antecedent',
  example: 'Norland and Ostmark also discussed port projects. They signed a fisheries agreement.',
  reason: 'A group subject with no contact near stands for the two parties coordinated as the subject of the sentence before it (a pronoun takes the subject it follows), or, when it says there are two ("the two countries") and no contact is told before it, for the only two countries named from the paragraph before up to it.',
};

/** Before the first party of the sentence before: an opening phrase with no party and no verb of saying in it. */
const OPENING = /^(?:(?:According to|In|At|On|After|During|Following|Earlier|Later|Meanwhile|Separately|Also)\b[^"“;]{0,60}?\s|[^"“;,]{0,60},\s*|[^"“;,]{0,60}\b(?:said|says|reported|announced|added)(?: that)?\s)?(?:the\s+)?$/;
/** After the coordinated pair: adverbs or auxiliaries, then a verb of an event in the past ("discussed", "met"), not a state ("have close ties"), not "'s" or a third party. */
const THEN_VERB = /^(?: (?:also|have|has|had|then|later|jointly|together|on \w+day|\w+day|formally|officially))* (?:[a-z]{2,}ed|met|held|spoke|began|made|took|sought|saw|gave|set|won|went|sent|led|agreed|signed)\b/;

const FIRST_CONTACT = new WeakMap<Article, number>();

/** Where the article first tells a contact (Infinity when it tells none): read once per article, not per group. */
function firstContactAt(article: Article): number {
  let first = FIRST_CONTACT.get(article);
  if (first === undefined) {
    first = Infinity;
    for (const call of article.calls) for (const e of call.evidence) if (e.start < first) first = e.start;
    FIRST_CONTACT.set(article, first);
  }
  return first;
}

/** The two parties the group subject before `at` stands for, or undefined. */
export function groupAntecedent(article: Article, parties: PartyIndex, s: Sentence, at: number): [Party, Party] | undefined {
  const lead = article.scan.slice(Math.max(s.start, at - 80), at);
  const two = GROUP_PAIR.before.test(lead);
  if (!two && !GROUP_PAIR.weak.test(lead)) return undefined;
  const party = (code: string): Party => ({ start: at, end: at, code, actor: null, demonym: false });
  // The group opens its sentence: the subject of the sentence before, in the paragraph or the one before it.
  const prev = article.sentences[s.index - 1];
  const opensSentence = /^(?:[A-Z][^,;"“]{0,40},\s*)?(?:[Tt]hey|[Tt]he|[Bb]oth)\b/.test(article.scan.slice(s.start, Math.min(s.end, s.start + 60)));
  if (prev && !prev.isTitle && prev.paragraph >= s.paragraph - 1 && opensSentence) {
    const first = spansBetween(parties.all, prev.start, prev.end)[0];
    if (first && !first.body && !first.demonym && OPENING.test(article.scan.slice(prev.start, first.start))) {
      const list = parties.listAfter(first.start, prev.end);
      const [a, b] = list;
      if (list.length === 2 && a.code !== b.code && !b.body && !b.demonym && /^ and (?:the )?$/.test(article.scan.slice(a.end, b.start)) && THEN_VERB.test(article.scan.slice(b.end, b.end + 60))) return [party(a.code), party(b.code)];
    }
  }
  // A contact told before the group: its countries are the group's (group-pair.ts, commitment-article-pair.ts), read there or left.
  if (!two || firstContactAt(article) < at) return undefined;
  // "the two countries": the only two countries named from the paragraph before up to the group.
  let from = s;
  for (let k = s.index - 1; k >= 0 && article.sentences[k].paragraph >= s.paragraph - 1 && k > s.index - 8; k--) from = article.sentences[k];
  const codes = [...new Set(spansBetween(parties.all, from.start, at).slice(0, 40).filter((p) => !p.body).map((p) => p.code))];
  return codes.length === 2 ? [party(codes[0]), party(codes[1])] : undefined;
}

export const QUOTED_WE = {
  id: 'commitment.quoted-we',
  example: 'Minister Oduya met her Tarvian counterpart Lind in Vesta on Friday.\n\n"We have agreed to open two new border crossings," Oduya said.',
  reason: '"We agreed" in the quote of one party to a two-country contact told before it is the two of them agreeing: one item each way, as when the text says "the two ministers agreed".',
};

/** The two countries of the contact told before `at`: the last in the paragraph or the one before, else the pair every contact so far shares. */
export function contactPairAt(article: Article, s: Sentence, at: number): [string, string] | undefined {
  const near = lastToldCountries(article, s, at);
  if (near) return near.length === 2 ? [near[0], near[1]] : undefined;
  return toldPairBefore(article, at) ?? undefined;
}

/** "We agreed …" inside the quote of a party to the contact told before it: the contact's two countries. */
export function quotedWePair(article: Article, s: Sentence, at: number, end: number): [Party, Party] | undefined {
  if (!/(?:^|[\s"“])[Ww]e (?:both |also |all |jointly |now |today )*$/.test(article.scan.slice(Math.max(s.start, at - 30), at))) return undefined;
  // "We agreed that there is cause for optimism" is a view shared; "we agreed that we will …" an undertaking.
  if (/^\s?that\b/.test(article.scan.slice(end - 5, end)) && !/^[^.;"]{0,60}?\b(?:will|shall|would|must)\b/.test(article.scan.slice(end, end + 70))) return undefined;
  const q = article.quotes[lastStartingBy(article.quotes, at)];
  if (!q || at >= q.end || at < q.inner.start || !q.speaker) return undefined;
  const own = article.actors.find((a) => a.id === q.speaker)?.country;
  const pair = contactPairAt(article, s, at);
  if (!own || !pair || !pair.includes(own)) return undefined;
  const party = (code: string): Party => ({ start: at, end: at, code, actor: null, demonym: false });
  return [party(pair[0]), party(pair[1])];
}

/** "Four agreements were signed during the visit": the two countries of the contact told before, when the sentence names no other. */
export function passivePair(article: Article, parties: PartyIndex, s: Sentence, at: number): [Party, Party] | undefined {
  const pair = contactPairAt(article, s, at);
  if (!pair || spansBetween(parties.all, s.start, s.end).some((p) => !p.body && !pair.includes(p.code))) return undefined;
  const party = (code: string): Party => ({ start: at, end: at, code, actor: null, demonym: false });
  return [party(pair[0]), party(pair[1])];
}
