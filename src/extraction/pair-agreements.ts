/**
 * "A and B agreed on …": two named parties of different countries who agree commit to each other,
 * an agreement by A towards B's country and by B towards A's.
 */
import type { Article, CommitmentDraft } from './extraction-types.js';
import { dateForSentence } from './date-for-sentence.js';
import { byStart, spansBetween } from './span-index.js';
import { talksOnlyAfter } from './news-commitment-rules.js';
import { matchesIn } from './matches-in.js';

/** How far before "agreed" the two parties may stand. */
const REACH = 300;

export const PAIR_AGREEMENT = {
  id: 'commitment.agreement-pair',
  example: 'The President of Ukraine and the Prime Minister of Canada agreed on the need to make joint efforts.',
  reason: 'Two named parties of different countries who agree on something commit to each other.',
  pattern: /\bagreed (?:on|to|that)\b/g,
};

/** "A and B agreed on …": an agreement by A towards B's country, and by B towards A's. */
export function pairAgreements(article: Article, countryOf: (id: string) => string | null): CommitmentDraft[] {
  const { scan } = article;
  const mentions = byStart(article.mentions);
  const out: CommitmentDraft[] = [];
  for (const m of matchesIn(PAIR_AGREEMENT.pattern, scan)) {
    const before = spansBetween(mentions, m.index - REACH, m.index).filter((x) => x.end <= m.index && m.index - x.end < 120);
    const [a, b] = before.slice(-2);
    if (!a || !b || !/^ and (?:the )?$/.test(scan.slice(a.end, b.start)) || !/^\s*$/.test(scan.slice(b.end, m.index))) continue;
    // Agreeing only to talk again commits to nothing yet.
    if (talksOnlyAfter(scan, m.index, m[0])) continue;
    const ca = countryOf(a.actor);
    const cb = countryOf(b.actor);
    if (!ca || !cb || ca === cb) continue;
    const s = article.sentences[a.sentence];
    const evidence = [{ start: m.index, end: m.index + m[0].length, rule: PAIR_AGREEMENT.id, sentence: s.index }];
    const date = dateForSentence(article, s, m.index).date;
    out.push({ by: a.actor, byCountry: ca, kind: 'agreement', target: cb, beneficiary: null, date, evidence });
    out.push({ by: b.actor, byCountry: cb, kind: 'agreement', target: ca, beneficiary: null, date, evidence: [...evidence] });
  }
  return out;
}
