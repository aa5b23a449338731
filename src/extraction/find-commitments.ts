/**
 * Stage 8 — commitments. For each kind found in a clause with a commitment cue and no blocker,
 * reads who commits (an explicit country giver, the person thanked, a first-person speaker, the
 * clause's subject, or the statement's author) and against or for whom.
 */
import type { Article, CommitmentDraft, CountryMention, Sentence } from './extraction-types.js';
import { ADVERSARY_AFTER, COMMITMENT_BLOCKER, COMMITMENT_CUE, COMMITMENT_RULES, GROUP_SUBJECT, STRONG_CUE } from './commitment-rules.js';
import { dateForSentence } from './date-for-sentence.js';

interface Ctx { article: Article; s: Sentence; countries: CountryMention[]; at: number; end: number }

const countryOfActor = (a: Article, id: string | null) => (id ? a.actors.find((x) => x.id === id)?.country ?? null : null);

/** Who commits: [actor id or null, country]. */
function giver({ article, s, countries, at, end }: Ctx): [string | null, string | null] {
  const { scan, mentions, quotes } = article;
  const window = scan.slice(s.start, s.end);
  for (const c of countries) {
    const after = scan.slice(c.end, c.end + 40);
    if (/^(?:'s?)? (?:\w+ )?(?:provision|support|assistance|aid|decision|package|sanctions|commitment|response|will|would|has|have|is|are|and our)\b/.test(after) && c.start < end) {
      // "POTUS Biden said that the United States will …": the speaker who serves that country commits for it.
      const speaker = mentions.find((m) => m.sentence === s.index && m.end <= c.start && countryOfActor(article, m.actor) === c.code);
      return [speaker?.actor ?? article.authors.find((id) => countryOfActor(article, id) === c.code) ?? null, c.code];
    }
    if (scan.slice(c.start - 9, c.start).match(/\bfrom (?:the )?$/) && c.start > at) return [null, c.code];
  }
  const thanked = /\b(?:thank(?:ed|s|ing)?|gratitude to|grateful to)\s+(?:the )?/i.exec(window);
  if (thanked) {
    const from = s.start + thanked.index + thanked[0].length;
    const side = countries.find((c) => c.start === from);
    if (side) return [article.actors.find((a) => a.country === side.code && a.kind !== 'institution')?.id ?? null, side.code];
    const m = mentions.find((x) => x.start >= from - 4 && x.start <= from + 2);
    if (m) return [m.actor, countryOfActor(article, m.actor)];
  }
  const inQuote = quotes.find((q) => at >= q.start && at < q.end);
  const sm = mentions.filter((m) => m.sentence === s.index && m.start < at && (inQuote ? m.start >= inQuote.start : !quotes.some((q) => m.start >= q.start && m.start < q.end)));
  if (sm.length && !GROUP_SUBJECT.test(scan.slice(s.start, sm[0].start))) return [sm[0].actor, countryOfActor(article, sm[0].actor)];
  if (inQuote?.speaker) return [inQuote.speaker, countryOfActor(article, inQuote.speaker)];
  const author = article.authors[0] ?? article.mentions[0]?.actor ?? null;
  return [author, countryOfActor(article, author)];
}

export function findCommitments(article: Article): Article {
  const { scan, sentences } = article;
  const out: CommitmentDraft[] = [];
  for (const s of sentences) {
    const text = scan.slice(s.start, s.end);
    const countries = article.countries.filter((c) => c.sentence === s.index);
    for (const rule of COMMITMENT_RULES) {
      for (const m of text.matchAll(rule.pattern)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        const lead = scan.slice(Math.max(s.start, at - 90), at);
        if (!STRONG_CUE.test(text) && (COMMITMENT_BLOCKER.test(lead) || !COMMITMENT_CUE.test(text))) continue;
        const ctx = { article, s, countries, at, end };
        const [by, byCountry] = giver(ctx);
        if (!byCountry) continue;
        let other: string | null = null;
        if (rule.kind === 'agreement') {
          const parties = article.authors.map((id) => countryOfActor(article, id)).filter((c): c is string => !!c);
          const own = rule.id.endsWith('undertaking') ? countries.find((c) => c.start === at)?.code ?? byCountry : null;
          const makers = own ? [own] : parties.length ? parties : [byCountry];
          for (const maker of makers) {
            const target = [...parties, ...countries.map((c) => c.code)].find((c) => c !== maker) ?? null;
            out.push({ by: article.authors.find((id) => countryOfActor(article, id) === maker) ?? by, byCountry: maker, kind: rule.kind, target, beneficiary: null, date: dateForSentence(article, s, at).date, evidence: [{ start: at, end, rule: rule.id, sentence: s.index }] });
          }
          continue;
        }
        const after = countries.filter((c) => c.start >= end - 40 && c.code !== byCountry);
        if (rule.role === 'beneficiary') {
          const named = (rule.kind === 'diplomatic_support' ? countries.find((c) => c.start >= at && c.start < end) : undefined)
            ?? countries.filter((c) => c.code !== byCountry && /\b(?:to|for|with)(?: the)? $/.test(scan.slice(c.start - 9, c.start)))
              .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
          const subject = article.mentions.find((x) => x.sentence === s.index);
          const fallback = countryOfActor(article, subject?.actor ?? null);
          other = named?.code ?? (fallback !== byCountry ? fallback : null);
        } else {
          const held = /hold ([\s\S]*?) accountable/.exec(m[0]);
          other = (held ? countries.find((c) => c.start >= at && c.end <= end)?.code : undefined)
            ?? after.find((c) => /\b(?:on|against)(?: the)? $/.test(scan.slice(c.start - 12, c.start)))?.code
            ?? countries.find((c) => c.via === 'demonym' && /anti-$/.test(scan.slice(c.start - 5, c.start)))?.code
            ?? countries.find((c) => c.code !== byCountry && ADVERSARY_AFTER.test(scan.slice(c.end, c.end + 30)))?.code
            ?? countries.find((c) => c.code !== byCountry)?.code ?? null;
        }
        out.push({
          by, byCountry, kind: rule.kind,
          target: rule.role === 'target' ? other : null,
          beneficiary: rule.role === 'beneficiary' ? other : null,
          date: dateForSentence(article, s, at).date,
          evidence: [{ start: at, end, rule: rule.id, sentence: s.index }],
        });
      }
    }
  }
  out.push(...pairAgreements(article));
  return { ...article, commitments: mergeCommitments(out.filter((c) => c.byCountry !== c.beneficiary && c.byCountry !== c.target)) };
}

export const PAIR_AGREEMENT = {
  id: 'commitment.agreement-pair',
  example: 'The President of Ukraine and the Prime Minister of Canada agreed on the need to make joint efforts.',
  reason: 'Two named parties of different countries who agree on something commit to each other.',
  pattern: /\bagreed (?:on|to|that)\b/g,
};

/** "A and B agreed on …": an agreement by A towards B's country, and by B towards A's. */
function pairAgreements(article: Article): CommitmentDraft[] {
  const { scan, mentions } = article;
  const out: CommitmentDraft[] = [];
  for (const m of scan.matchAll(PAIR_AGREEMENT.pattern)) {
    const before = mentions.filter((x) => x.end <= m.index && m.index - x.end < 120);
    const [a, b] = before.slice(-2);
    if (!a || !b || !/^ and (?:the )?$/.test(scan.slice(a.end, b.start)) || !/^\s*$/.test(scan.slice(b.end, m.index))) continue;
    const ca = countryOfActor(article, a.actor);
    const cb = countryOfActor(article, b.actor);
    if (!ca || !cb || ca === cb) continue;
    const s = article.sentences[a.sentence];
    const evidence = [{ start: m.index, end: m.index + m[0].length, rule: PAIR_AGREEMENT.id, sentence: s.index }];
    const date = dateForSentence(article, s, m.index).date;
    out.push({ by: a.actor, byCountry: ca, kind: 'agreement', target: cb, beneficiary: null, date, evidence });
    out.push({ by: b.actor, byCountry: cb, kind: 'agreement', target: ca, beneficiary: null, date, evidence: [...evidence] });
  }
  return out;
}

/** One commitment stated several times is one item: same maker country, kind, other party and rule. */
function mergeCommitments(items: CommitmentDraft[]): CommitmentDraft[] {
  const byKey = new Map<string, CommitmentDraft>();
  for (const c of items) {
    const key = [c.byCountry, c.kind, c.target, c.beneficiary, c.evidence[0].rule].join('|');
    const seen = byKey.get(key);
    if (seen) seen.evidence.push(...c.evidence);
    else byKey.set(key, c);
  }
  return [...byKey.values()];
}
