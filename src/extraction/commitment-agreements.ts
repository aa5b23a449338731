/**
 * Agreements of news prose between two parties: "P and Q signed …", "P signed … with Q", "an
 * agreement between P and Q", and purchases ("P agreed to buy … from Q"). One item each way.
 * Read by find-news-commitments.ts.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { clauseDraft, type NewsCommitments } from './commitment-draft.js';
import { GROUP_PAIR, groupPair } from './group-pair.js';
import { spansBetween } from './span-index.js';
import { AGREED_PAIR, AGREED_WITH, AGREED_WITH_AFTER, AGREEMENT_BETWEEN, AGREEMENT_BLOCKER, HEADLINE_AFTER, HEADLINE_GAP, HEADLINE_PAIR, HYPHEN_PAIR, JOINT_PLEDGE, PURCHASE, RENEWED_COMMITMENT, SIGNED_BY_PAIR, SIGNED_PAIR, SIGNED_PASSIVE, SIGNED_TITLED, SIGNED_WITH, TALKS_ONLY, talksOnlyAfter } from './news-commitment-rules.js';
import { ARTICLE_PAIR, articlePair } from './commitment-article-pair.js';
import { CLAUSE_GROUP, clauseGroupPair } from './commitment-clause-group.js';
import { GROUP_ANTECEDENT, groupAntecedent, passivePair, QUOTED_WE, quotedWePair } from './commitment-group-antecedent.js';
import { matchesIn } from './matches-in.js';

/** PURCHASE: the subject undertakes to buy from the country named after the verb. */
export function purchases(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  for (const m of matchesIn(PURCHASE.pattern, article.scan.slice(s.start, s.end))) {
    const at = s.start + m.index;
    const from = parties.listAfter(at + m[0].length, s.end)[0];
    const by = parties.subjectBefore(s, at);
    if (!from || !by || from.code === by.code || AGREEMENT_BLOCKER.test(article.scan.slice(Math.max(s.start, at - 40), at))) continue;
    out.drafts.push(clauseDraft(article, s, at, from.end, PURCHASE.id, by, 'agreement', from));
    out.claimed.push({ start: at, end: from.end });
  }
}

/** "P and Q signed …", "P signed … with Q", "an agreement between P and Q": one item each way. */
export function agreements(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  const { scan } = article;
  const text = scan.slice(s.start, s.end);
  const pair = (a: Party | undefined, b: Party | undefined, at: number, end: number, rule: string, lead = scan.slice(Math.max(s.start, at - 40), at)) => {
    if (!a || !b || a.code === b.code) return;
    if (AGREEMENT_BLOCKER.test(lead)) return;
    out.drafts.push(clauseDraft(article, s, at, end, rule, a, 'agreement', b), clauseDraft(article, s, at, end, rule, b, 'agreement', a));
    out.claimed.push({ start: at, end });
  };
  if (s.isTitle) headlinePair(article, parties, s, pair);
  for (const rule of [SIGNED_PAIR, SIGNED_TITLED, AGREED_PAIR, JOINT_PLEDGE, RENEWED_COMMITMENT]) {
    for (const m of matchesIn(rule.pattern, text)) {
      const at = s.start + m.index;
      // Agreeing only to talk again ("agreed to hold further talks") commits to nothing yet.
      if (talksOnlyAfter(scan, at, m[0])) continue;
      // A group that "witnessed the signing" is read with its contact by find-counterpart-agreements.ts.
      const witnessed = / the signing /.test(m[0]);
      const group = witnessed ? undefined : groupPair(article, parties, s, at);
      if (group) { pair(group[0], group[1], at, at + m[0].length, GROUP_PAIR.id); continue; }
      const told = witnessed ? undefined : articlePair(article, parties, s, at);
      if (told) { pair(told[0], told[1], at, at + m[0].length, ARTICLE_PAIR.id); continue; }
      // "… and they toured the port and agreed …", "In the talks both the sides agreed …": the group opening the clause.
      const shared = witnessed ? undefined : clauseGroupPair(article, parties, s, at);
      if (shared) { pair(shared.pair[0], shared.pair[1], at, at + m[0].length, CLAUSE_GROUP.id, shared.lead); continue; }
      // "Norland and Ostmark discussed ports. They signed …", "the two countries agreed" with no contact near.
      const antecedent = witnessed ? undefined : groupAntecedent(article, parties, s, at);
      if (antecedent) { pair(antecedent[0], antecedent[1], at, at + m[0].length, GROUP_ANTECEDENT.id); continue; }
      // '"We have agreed to …," said Kerry' after Kerry's talks with Lavrov.
      const we = witnessed ? undefined : quotedWePair(article, s, at, at + m[0].length);
      if (we) { pair(we[0], we[1], at, at + m[0].length, QUOTED_WE.id); continue; }
      // "Pakistan and China on Wednesday signed …": a time or manner adverbial between subject and verb.
      const adverbial = ADVERBIAL_BEFORE.exec(scan.slice(Math.max(s.start, at - 50), at));
      const verbAt = at - (adverbial ? adverbial[0].length : 0);
      // "Russian and US officials agreed": the people who act for the two countries.
      const crew = ENVOYS_BEFORE.exec(scan.slice(Math.max(s.start, verbAt - 40), verbAt));
      const second = parties.endingBefore(verbAt - (crew ? crew[0].length : 0), s.start);
      if (!second) continue;
      const gap = scan.slice(Math.max(s.start, second.start - 60), second.start);
      // "Presidents Gabriel Boric of Chile and Javier Milei of Argentina signed": a name before "of" its country.
      const and = /(?:^|,?\s)and (?:the |his |her |their )?(?:host |visiting )?(?:[A-Z][\p{L}.'-]* |counterpart ){0,5}(?:of (?:the )?)?$/u.exec(gap);
      if (!and) continue;
      const first = parties.endingBefore(second.start - and[0].length, s.start);
      // Three or more parties make a multilateral deal: optional in the gold, left out.
      if (!first) continue;
      // A third party of another country before them; a place of one of the two ("at the Royal Palace, Phnom Penh, Cambodia and Thailand signed") is none.
      const comma = /,\s*$/.exec(scan.slice(Math.max(s.start, first.start - 3), first.start));
      const third = comma ? parties.endingBefore(first.start - comma[0].length, s.start) : undefined;
      if (third && third.code !== first.code && third.code !== second.code) continue;
      pair(first, second, at, at + m[0].length, rule.id);
    }
  }
  for (const m of matchesIn(SIGNED_PASSIVE.pattern, text)) {
    const at = s.start + m.index;
    const both = passivePair(article, parties, s, at);
    // "No agreement was signed": the subject itself may negate it.
    if (both) pair(both[0], both[1], at, at + m[0].length, SIGNED_PASSIVE.id, scan.slice(Math.max(s.start, at - 40), at + m[0].length));
  }
  for (const m of matchesIn(HYPHEN_PAIR.pattern, text)) {
    const at = s.start + m.index;
    const dash = m[0].indexOf('-');
    const [a, b] = spansBetween(parties.all, at, at + m[0].indexOf(' ')).filter((p) => !p.body);
    // The two halves of the compound are the two parties, the first ending at the hyphen.
    if (a && b && a.start === at && a.end === at + dash && b.start === at + dash + 1) pair(a, b, at, at + m[0].length, HYPHEN_PAIR.id);
  }
  for (const m of matchesIn(SIGNED_WITH.pattern, text)) {
    const at = s.start + m.index;
    const other = parties.listAfter(at + m[0].length, s.end);
    if (other.length === 1) pair(parties.subjectBefore(s, at), other[0], at, at + m[0].length, SIGNED_WITH.id);
  }
  for (const m of matchesIn(AGREED_WITH.pattern, text)) {
    const at = s.start + m.index;
    const other = parties.listAfter(at + m[0].length, s.end);
    if (other.length === 1 && !other[0].demonym && AGREED_WITH_AFTER.test(scan.slice(other[0].end, other[0].end + 40))) pair(parties.subjectBefore(s, at), other[0], at, other[0].end, AGREED_WITH.id);
  }
  for (const m of matchesIn(SIGNED_BY_PAIR.pattern, text)) {
    const at = s.start + m.index;
    const both = parties.listAfter(at + m[0].length, s.end).filter((p) => !p.demonym);
    if (both.length === 2) pair(both[0], both[1], at, both[1].end, SIGNED_BY_PAIR.id);
  }
  for (const m of matchesIn(AGREEMENT_BETWEEN.pattern, text)) {
    const at = s.start + m.index;
    const both = parties.listAfter(at + m[0].length, s.end);
    if (both.length === 2) pair(both[0], both[1], at, both[1].end, AGREEMENT_BETWEEN.id);
    else {
      // "between the Government of the Russian Federation and the Government of …": the offices' countries.
      const [a, b] = spansBetween(parties.all, at + m[0].length, Math.min(s.end, at + m[0].length + 200)).filter((p) => !p.demonym);
      if (a && b && OFFICE_OF.test(scan.slice(at + m[0].length, a.start)) && OFFICE_OF.test(scan.slice(a.end, b.start).replace(/^ and/, ''))) pair(a, b, at, b.end, AGREEMENT_BETWEEN.id);
    }
  }
}

type Pair = (a: Party | undefined, b: Party | undefined, at: number, end: number, rule: string) => void;

/** HEADLINE_PAIR: "Norland, Ostmark sign …": the headline opens with two parties of two countries (title words before, role words after) and the present-tense verb. */
function headlinePair(article: Article, parties: PartyIndex, s: Sentence, pair: Pair): void {
  const { scan } = article;
  for (const m of matchesIn(HEADLINE_PAIR.pattern, scan.slice(s.start, s.end))) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    // A headline's capitals ("Agree On A Summit") are read as the body's words.
    if (TALKS_ONLY.test(scan.slice(end, end + 60).toLowerCase())) continue;
    const lead = spansBetween(parties.all, s.start, at).filter((p) => p.end <= at);
    const codes = [...new Set(lead.map((p) => p.code))];
    if (codes.length !== 2 || lead.some((p) => p.body)) continue;
    const first = lead.filter((p) => p.code === codes[0]);
    const second = lead.filter((p) => p.code === codes[1]);
    const a = first[first.length - 1];
    const b = second[second.length - 1];
    // Nothing but title words before the first; the two joined by a comma or "and"; only role words after the second.
    if (!/^(?:\p{Lu}[\p{L}.]* ){0,2}$/u.test(scan.slice(s.start, first[0].start)) || second[0].start < a.end) continue;
    if (!HEADLINE_GAP.test(scan.slice(a.end, second[0].start)) || !HEADLINE_AFTER.test(scan.slice(b.end, at))) continue;
    // A demonym stands for its country only before the people who act for it ("Russian, Kazakh presidents").
    if ((a.demonym || b.demonym) && /^ (?:both )?$/.test(scan.slice(b.end, at))) continue;
    pair(a, b, at, end, HEADLINE_PAIR.id);
  }
}

/** A time or manner adverb between a subject and its verb: "on Wednesday", "today", "formally", "also", "reportedly". */
const ADVERB = String.raw`(?:on (?:\w+day|[A-Z][a-z]+ \d{1,2})|today|yesterday|tonight|(?:last|this) (?:week|month)|earlier|formally|officially|finally|jointly|also|here|reportedly|now|already|subsequently|later|then|successfully|mutually)`;
/** Between a coordinated subject and its verb: up to three adverbs, or an auxiliary before them ("have also agreed", "had earlier signed"). */
const ADVERBIAL_BEFORE = new RegExp(String.raw`(?:,? (?:have|has|had))?(?:,? ${ADVERB}){1,3},? $`);

/** Between a coordinated subject of countries and its verb: the people who act for them ("US and Chinese negotiators had "agreed"). */
const ENVOYS_BEFORE = / (?:officials|representatives|negotiators|delegations|delegates|diplomats|envoys|teams|governments|authorities|counterparts?)(?: (?:have|has|had|also))?\s*"?$/;

/** Before a country inside an agreement's "between": "the Government of the", "the Ministry of Energy of". */
const OFFICE_OF = /^ (?:the )?(?:[A-Z][\p{L}]+ ){1,4}(?:of [A-Z][\p{L}]+ (?:[A-Z][\p{L}]+ ){0,2})?of (?:the )?$/u;
