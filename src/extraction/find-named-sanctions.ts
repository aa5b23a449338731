/**
 * Sanctions named by the country they are on, as a noun before "sanctions" ("EU ministers agreed to
 * extend Russia sanctions", "Washington renewed its Iran sanctions"): the country named is the
 * target, the clause's subject the party that imposes them (never the country named, which a
 * proximity reading would take for the imposer).
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { MEASURE_BLOCKER } from './news-commitment-rules.js';

export const NAMED_SANCTIONS = {
  id: 'commitment.named-sanctions',
  example: 'EU foreign ministers agreed to extend Iran sanctions by six months.',
  reason: 'A country named as a noun before "sanctions" that another party extends, renews or imposes is the target of those sanctions.',
  pattern: /\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|impos(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|prolong(?:s|ed|ing)?|roll(?:s|ed|ing)? over|expand(?:s|ed|ing)?|new|fresh|additional|more) (?:(?:the|its|their|existing|economic) )*(?=\p{Lu})/gu,
};

export function findNamedSanctions(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  for (const { at, end } of sentenceMatches(scan, s, NAMED_SANCTIONS.pattern, { pattern: MEASURE_BLOCKER, lookback: 60 })) {
    const named = parties.listAfter(end, Math.min(s.end, end + 40))[0];
    if (!named || named.start !== end || named.demonym || named.actor || !/^ sanctions\b/.test(scan.slice(named.end, named.end + 10))) continue;
    const by = parties.subjectBefore(s, at);
    if (!by || by.code === named.code || by.start >= at) continue;
    out.drafts.push(clauseDraft(article, s, at, named.end + 10, NAMED_SANCTIONS.id, by, 'sanctions', named));
    out.claimed.push({ start: at, end: named.end + 10 });
  }
}
