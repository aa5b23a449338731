/**
 * Stage 8 — commitments. First the constructions of news prose read from their clause
 * (find-news-commitments.ts); then, on the words they did not claim, each kind found in a clause
 * with a commitment cue and no blocker, with who commits (commitment-giver.ts: an explicit country
 * giver, the person thanked, a first-person speaker, the clause's subject, or the statement's author)
 * and against or for whom (commitment-other-party.ts). Linear in the text: look-ups go through
 * per-sentence indexes (commitment-index.ts) and a bounded window around each match, never over the
 * whole article.
 */
import type { Article, CommitmentDraft } from './extraction-types.js';
import { COMMITMENT_BLOCKER, COMMITMENT_CUE, COMMITMENT_RULES, SANCTIONS_NOT_GIVERS, SOUGHT, STRONG_CUE } from './commitment-rules.js';
import { countryOfActor, indexOf, REACH } from './commitment-index.js';
import { giver, THANKED } from './commitment-giver.js';
import { otherParty, TARGET_NOT_GIVER } from './commitment-other-party.js';
import { dateForSentence } from './date-for-sentence.js';
import type { GazetteerView } from './gazetteer-view.js';
import { findNewsCommitments } from './find-news-commitments.js';
import { AGREED_VIEW, TALKS_ONLY } from './news-commitment-rules.js';
import { matchesIn } from './matches-in.js';
import { mergeCommitments } from './merge-commitments.js';
import { pairAgreements } from './pair-agreements.js';
import { byStart, lastStartingBy, spansBetween } from './span-index.js';

export function findCommitments(article: Article, gazetteer?: GazetteerView): Article {
  const { scan, sentences } = article;
  const ix = indexOf(article);
  const news = findNewsCommitments(article);
  const claimed = byStart(news.claimed);
  const isClaimed = (at: number) => { const c = claimed[lastStartingBy(claimed, at)]; return !!c && at < c.end; };
  const out: CommitmentDraft[] = [...news.drafts];
  for (const s of sentences) {
    const text = scan.slice(s.start, s.end);
    // The strong cue and the party thanked are read only when a match needs them.
    let strong: boolean | undefined;
    const isStrong = () => (strong ??= STRONG_CUE.test(text));
    const cued = COMMITMENT_CUE.test(text) || isStrong();
    const inSentence = ix.countries.get(s.index) ?? [];
    const sentenceMentions = ix.mentions.get(s.index) ?? [];
    let thanked: RegExpExecArray | null | undefined;
    for (const rule of COMMITMENT_RULES) {
      // Without a cue only the rules whose words are a commitment in themselves can match.
      if (!(cued || rule.selfCued)) continue;
      for (const m of matchesIn(rule.pattern, text)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        // Words a clause rule has read ("The two sides agreed" whose verb the group-pair rule took) are not read again by proximity.
        if (isClaimed(at) || isClaimed(end - 1)) continue;
        const lead = scan.slice(Math.max(s.start, at - 90), at);
        if ((!rule.selfCued && !isStrong() && COMMITMENT_BLOCKER.test(lead)) || SOUGHT.test(lead)) continue;
        if (rule.id === 'commitment.sanctions' && !isStrong() && sanctionsOfOthers(scan, s.start, at, end)) continue;
        const countries = spansBetween(inSentence, at - REACH, end + REACH);
        const mentions = spansBetween(sentenceMentions, at - REACH, end + REACH);
        if (thanked === undefined) thanked = THANKED.exec(text);
        const [by, byCountry, subjects] = giver({ ix, s, countries, mentions, thanked, at, end });
        if (!byCountry) continue;
        if (rule.kind === 'agreement') {
          // "We agreed" in the quote of someone who is not an author of the statement: the parties are not known.
          const quoted = ix.quotes[lastStartingBy(ix.quotes, at)];
          // Agreeing only to talk ("agreed on the importance of a meeting") commits to nothing yet.
          if ((quoted && at < quoted.end && !(quoted.speaker && article.authors.includes(quoted.speaker))) || TALKS_ONLY.test(scan.slice(end, end + 80)) || AGREED_VIEW.pattern.test(scan.slice(end, end + 140))) continue;
          const parties = article.authors.map((id) => countryOfActor(ix, id)).filter((c): c is string => !!c);
          const own = rule.id.endsWith('undertaking') ? countries.find((c) => c.start === at)?.code ?? byCountry : null;
          const makers = own ? [own] : parties.length ? parties : [byCountry];
          for (const maker of makers) {
            const target = [...parties, ...countries.map((c) => c.code)].find((c) => c !== maker) ?? null;
            out.push({ by: article.authors.find((id) => countryOfActor(ix, id) === maker) ?? by, byCountry: maker, kind: rule.kind, target, beneficiary: null, date: dateForSentence(article, s, at).date, evidence: [{ start: at, end, rule: rule.id, sentence: s.index }] });
          }
          continue;
        }
        // TARGET_NOT_GIVER: the country a measure is "on", "against" or "to" is acted on, never its giver.
        if (rule.role === 'target' && countries.some((c) => c.start >= at && c.code === byCountry && TARGET_NOT_GIVER.pattern.test(scan.slice(c.start - 12, c.start)))) continue;
        const other = otherParty(ix, { rule, text: m[0], s, at, end, countries, inSentence, sentenceMentions }, byCountry, gazetteer);
        if (other === undefined) continue;
        for (const maker of subjects && subjects.length > 1 ? subjects : [{ actor: by, code: byCountry }]) {
          if (maker.code === other) continue;
          out.push({
            by: maker.actor, byCountry: maker.code, kind: rule.kind,
            target: rule.role === 'target' ? other : null,
            beneficiary: rule.role === 'beneficiary' ? other : null,
            date: dateForSentence(article, s, at).date,
            evidence: [{ start: at, end, rule: rule.id, sentence: s.index }],
          });
        }
      }
    }
  }
  out.push(...(news.late ?? []));
  out.push(...pairAgreements(article, (id) => countryOfActor(ix, id)));
  return { ...article, commitments: mergeCommitments(out.filter((c) => hasParties(c) && !toldAsHistory(article, c))) };
}

/**
 * A measure, aid or backing whose clause (the sentence up to a semicolon) dates it to a year two or more before
 * the article ("In 2007, Washington put sanctions on …", support voiced "in a speech made in 1941", "Moscow in
 * 2012 banned …") is history the article recalls, not a commitment it reports — as a strike dated to an earlier
 * year is (incident rules). Agreements stay: one signed years ago still binds ("Chile and Peru signed a
 * fisheries accord in 2012").
 */
export const TOLD_AS_HISTORY = {
  id: 'commitment.told-as-history',
  example: 'In 2009, Norway sent relief supplies to Haiti.',
  reason: 'A commitment dated to a year well before the article is background, not a commitment the article reports; agreements still in force are the exception.',
  pattern: /\b(?:[Ii]n|[Dd]uring|[Bb]ack in) (?:(?:early|mid|late) )?(?:[A-Z][a-z]+ (?:\d{1,2},? )?)?(1[6-9]\d\d|20\d\d)\b(?! (?:and|to|-|–) )/g,
};

function toldAsHistory(article: Article, c: CommitmentDraft): boolean {
  const year = Number(article.publishedOn?.slice(0, 4));
  const e = c.evidence[0];
  const s = e ? article.sentences[e.sentence] : undefined;
  if (c.kind === 'agreement' || !year || !s) return false;
  const lead = article.scan.slice(s.start, Math.max(s.start, e.start));
  const rest = article.scan.slice(Math.max(s.start, e.start), s.end);
  const clause = lead.slice(lead.lastIndexOf(';') + 1) + rest.split(';')[0];
  for (const m of matchesIn(TOLD_AS_HISTORY.pattern, clause)) if (Number(m[1]) <= year - 2) return true;
  return false;
}

/** SANCTIONS_NOT_GIVERS: the sanctions at `at` are told before, a body's, refused or joined, or the subject of a prediction (the clause: from the last comma, semicolon or "that" before them). */
function sanctionsOfOthers(scan: string, from: number, at: number, end: number): boolean {
  const lead = scan.slice(Math.max(from, at - 120), at);
  const clause = lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(', '), lead.lastIndexOf(' that ')) + 1);
  return SANCTIONS_NOT_GIVERS.toldBefore.test(lead) || SANCTIONS_NOT_GIVERS.bodyBefore.test(clause) || SANCTIONS_NOT_GIVERS.asSubject.test(scan.slice(end, end + 60));
}

/** A commitment whose other party is unclear is optional in the gold (GUIDE.md): left out, as is one to oneself. */
const hasParties = (c: CommitmentDraft) => (c.target ?? c.beneficiary) !== null && c.byCountry !== (c.target ?? c.beneficiary);
