/**
 * Penalties a party faces ("Chile, Peru and Vietnam were among a dozen countries sent notices
 * warning of steeper levies", "Brazil faces a 50% tariff imposed by Washington"): sanctions
 * against each party of the clause's subject, by the agent after "by" or else the party that imposes
 * most of the story's penalties. Linear: one regex pass per sentence and binary searches among the parties.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { MEASURE_BLOCKER } from './news-commitment-rules.js';

export const PENALTY_FACED = {
  id: 'commitment.penalty-faced',
  example: 'Chile, Peru and Vietnam were among a dozen countries sent notices warning of steeper levies.',
  reason: 'A party that faces, is hit with or is warned of a penalty is its target; who imposes it is the agent after "by", or the party that imposes most of the penalties the story tells.',
  pattern: /\b(?:fac(?:e|es|ed|ing)|hit with|slapped with|threatened with|warning of|warned of|subject to)(?: [^\s.;:]+){0,4}? (?:tariffs?|levies|duties|sanctions|import tax(?:es)?)\b/g,
};

/** The party that imposes most of the story's penalties so far (the first of them on a tie). */
function storyImposer(drafts: CommitmentDraft[]): CommitmentDraft | undefined {
  const count = new Map<string, number>();
  let best: CommitmentDraft | undefined;
  for (const d of drafts) {
    if (d.kind !== 'sanctions' || !d.byCountry) continue;
    const n = (count.get(d.byCountry) ?? 0) + 1;
    count.set(d.byCountry, n);
    if (!best || n > count.get(best.byCountry!)!) best = d;
  }
  return best;
}

export function findPenaltiesFaced(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  for (const { m, at, end } of sentenceMatches(scan, s, PENALTY_FACED.pattern, { pattern: MEASURE_BLOCKER, lookback: 80 })) {
    const subject = parties.subjectBefore(s, at);
    if (!subject || subject.start - s.start > 40 || !/^(?:(?:The|the|[A-Z][a-z]+day,?) )?$/.test(scan.slice(s.start, subject.start))) continue;
    const targets = parties.listAfter(subject.start, at);
    const byAfter = /^ (?:imposed |announced |threatened )?by (?:the )?/.exec(scan.slice(end, end + 24));
    const agent = byAfter ? parties.listAfter(end + byAfter[0].length, s.end)[0] : undefined;
    const main = agent ? undefined : storyImposer(out.drafts);
    const by = agent ?? (main ? { start: at, end: at, code: main.byCountry!, actor: main.by, demonym: false } : undefined);
    if (!by) continue;
    for (const t of targets) if (t.code !== by.code) out.drafts.push(clauseDraft(article, s, at, end, PENALTY_FACED.id, by, 'sanctions', t));
    out.claimed.push({ start: at, end });
  }
}
