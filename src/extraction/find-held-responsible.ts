/**
 * "Iran holds the United States responsible for the attack", "Washington will hold Damascus
 * accountable", '"We will hold Russia responsible," Biden said': accountability by the verb's agent
 * (or the quote's speaker when "we" holds) against the party held. Rule as data: id, example,
 * reason. Linear: one regex pass per sentence, bounded windows and binary searches.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { lastStartingBy } from './span-index.js';

export const HELD_RESPONSIBLE = {
  id: 'commitment.held-responsible',
  example: 'Iran said it holds the United States responsible for the attack.',
  reason: 'A party that holds another responsible or accountable promises consequences (GUIDE.md: accountability); one who is held so (a passive) holds no one.',
  pattern: /(?<!\b(?:is|are|was|were|be|been|being) )\b(?:hold|holds|holding|held)(?= (?:the )?[A-Z])/g,
  /** After the party held: what it is held ("Russia's leadership fully responsible"). */
  after: /^(?:'s?)?(?: [\w-]+){0,2}? (?:fully |directly |solely |personally |entirely )?(?:responsible|accountable)\b/,
  /** Before the verb: denied or refused. */
  blocker: /\b(?:not|never|n't|no longer|refus\w*|declin\w*|den(?:y|ied|ies))\b[^,;]{0,40}$/i,
};

/** The party a quote's speaker stands for, when the holder is "we" inside the quote. */
function speakerParty(article: Article, at: number): Party | undefined {
  const q = article.quotes[lastStartingBy(article.quotes, at)];
  if (!q || at >= q.end || !q.speaker) return undefined;
  const code = article.actors.find((a) => a.id === q.speaker)?.country;
  return code ? { start: q.start, end: q.start, code, actor: q.speaker, demonym: false } : undefined;
}

export function findHeldResponsible(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  for (const { at, end } of sentenceMatches(scan, s, HELD_RESPONSIBLE.pattern, { pattern: HELD_RESPONSIBLE.blocker, lookback: 60 })) {
    const held = parties.listAfter(end, Math.min(s.end, end + 120)).filter((p) => !p.demonym);
    const last = held[held.length - 1];
    const tail = last && HELD_RESPONSIBLE.after.exec(scan.slice(last.end, last.end + 60));
    if (!tail) continue;
    const by = parties.agentBefore(s, at) ?? (/\bwe\b[^,;]{0,30}$/i.test(scan.slice(Math.max(s.start, at - 40), at)) ? speakerParty(article, at) : undefined);
    if (!by) continue;
    for (const p of held) if (p.code !== by.code) out.drafts.push(clauseDraft(article, s, at, last.end, HELD_RESPONSIBLE.id, by, 'accountability', p));
    out.claimed.push({ start: at, end: last.end + tail[0].length });
  }
}
