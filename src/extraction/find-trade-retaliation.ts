/**
 * Trade retaliation threatened or vowed ("The United States threatened trade retaliation against
 * Japan", "Reagan said the U.S. would retaliate against Japan for breaking the semiconductor pact"):
 * in the wire's trade stories it is an economic penalty, so sanctions (GUIDE.md: penalties
 * threatened count), by the verb's agent against the party after against/on. Its words are
 * claimed, so the proximity rule of find-commitments does not read the same retaliation as
 * accountability. Linear: one regex pass per sentence and binary searches among the parties.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { MEASURE_BLOCKER } from './news-commitment-rules.js';

export const TRADE_RETALIATION = {
  id: 'commitment.trade-retaliation',
  example: 'The United States threatened trade retaliation against Japan.',
  reason: 'Retaliation threatened or vowed in a trade dispute is an economic penalty on the other party (sanctions), not only a promise to hold it to account.',
  pattern: /\b(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|warn(?:s|ed|ing)? of|promis(?:es|ed)|pledg(?:es|ed)|will|would|could|to)(?: (?:take|impose|swift|possible|strong|tough|trade|economic|commercial))*? (?:retaliat(?:e|ion|ory (?:measures|action|tariffs|duties))|reprisals?)(?= (?:against|on) )/g,
  /** "Korea warned Canada it might impose retaliatory duties": the party warned is the target. */
  warned: /\bwarn(?:s|ed|ing)? (?:the )?(?=\p{Lu})/gu,
  /** After the party warned: that the warner may, would or will retaliate. */
  warnedOf: /^,? (?:that )?(?:it|they|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) (?:may|might|would|will|could|was ready to|is ready to|stood ready to) (?:take |impose |adopt )?(?:[\w-]+ ){0,2}?(?:retaliat(?:e|ion|ory)|reprisals?|counter-?measures)\b/u,
  /** The sentence or the match speaks of trade. */
  trade: /\b(?:trade|tariffs?|imports?|exports?|dut(?:y|ies)|markets?|goods|semiconductors?|chips|steel|textiles|surplus|deficit|dumping)\b/i,
};

export function findTradeRetaliation(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  if (!TRADE_RETALIATION.trade.test(scan.slice(s.start, s.end))) return;
  for (const { at, end } of sentenceMatches(scan, s, TRADE_RETALIATION.pattern, { pattern: MEASURE_BLOCKER, lookback: 60 })) {
    const on = /^ (?:against|on) (?:the )?/.exec(scan.slice(end, end + 16));
    const targets = on ? parties.listAfter(end + on[0].length, s.end) : [];
    const by = targets.length ? parties.agentBefore(s, at) ?? parties.subjectBefore(s, at) : undefined;
    if (!by) continue;
    for (const t of targets) if (t.code !== by.code) out.drafts.push(clauseDraft(article, s, at, t.end, TRADE_RETALIATION.id, by, 'sanctions', t));
    out.claimed.push({ start: at, end: targets[targets.length - 1].end });
  }
}

/** TRADE_RETALIATION.warned: the warner threatens the party warned with retaliation. */
export function findRetaliationWarned(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  if (!/retaliat|reprisal|countermeasure|counter-measure/i.test(scan.slice(s.start, s.end)) || !TRADE_RETALIATION.trade.test(scan.slice(s.start, s.end))) return;
  for (const { at, end } of sentenceMatches(scan, s, TRADE_RETALIATION.warned, { pattern: MEASURE_BLOCKER, lookback: 60 })) {
    const warned = parties.listAfter(end, s.end)[0];
    const of = warned && warned.start === end ? TRADE_RETALIATION.warnedOf.exec(scan.slice(warned.end, Math.min(s.end, warned.end + 100))) : null;
    const by = of ? parties.agentBefore(s, at) ?? parties.subjectBefore(s, at) : undefined;
    if (!warned || !of || !by || by.code === warned.code) continue;
    out.drafts.push(clauseDraft(article, s, at, warned.end + of[0].length, TRADE_RETALIATION.id, by, 'sanctions', warned));
    out.claimed.push({ start: at, end: warned.end + of[0].length });
  }
}
