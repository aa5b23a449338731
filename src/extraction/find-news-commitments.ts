/**
 * Commitments of news prose read from their clause (news-commitment-rules.ts): penalties on a
 * country, and agreements signed between two parties. Returns the drafts and the spans they claim,
 * so that the generic rules of find-commitments do not read the same words again by proximity.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import { clauseDraft } from './commitment-draft.js';
import { findPledges } from './find-pledges.js';
import { GROUP_PAIR, groupPair } from './group-pair.js';
import { findPenaltiesFaced } from './find-penalties-faced.js';
import { findRetaliationWarned, findTradeRetaliation } from './find-trade-retaliation.js';
import { findCounterpartAgreements } from './find-counterpart-agreements.js';
import { findNamedSanctions } from './find-named-sanctions.js';
import { spansBetween } from './span-index.js';
import { partyIndex, type Party, type PartyIndex } from './clause-parties.js';
import { AGREED_PAIR, AGREEMENT_BETWEEN, FOR_HOLDERS, JOINT_PLEDGE, SANCTIONED_PEOPLE, TALKS_ONLY, AGREEMENT_BLOCKER, MEASURE_BLOCKER, MEASURE_CUE, MEASURE_ON, PENALTY_WITH, PURCHASE, SANCTIONED, SIGNED_PAIR, SIGNED_WITH, WITH_PENALTY } from './news-commitment-rules.js';

export interface NewsCommitments {
  drafts: CommitmentDraft[];
  claimed: Span[];
}

const draft = (article: Article, s: Sentence, at: number, end: number, rule: string, by: Party, kind: string, other: Party): CommitmentDraft =>
  clauseDraft(article, s, at, end, rule, by, kind, other);

/** Who imposes a measure: an agent after "by", the country qualifying it ("US tariffs"), or the clause's subject. */
function imposer(article: Article, parties: PartyIndex, s: Sentence, at: number, afterTargets: number): Party | undefined {
  const { scan } = article;
  const byAfter = /^ by (?:the )?/.exec(scan.slice(afterTargets, afterTargets + 8));
  if (byAfter) return parties.listAfter(afterTargets + byAfter[0].length, s.end)[0];
  const lead = scan.slice(Math.max(s.start, at - 60), at);
  const by = /\bby (?:his |her |its |their |the )?([^,;]*?)(?:,[^,;]*,)? to \w+ (?:\S+ ){0,4}$/.exec(lead);
  if (by) {
    const from = Math.max(s.start, at - 60) + by.index;
    const agent = spansBetween(parties.all, from, at).find((p) => p.end <= at);
    if (agent) return agent;
  }
  const qualifier = parties.endingBefore(at, s.start);
  if (qualifier && (qualifier.demonym || qualifier.body || /'s?\s*$/.test(scan.slice(qualifier.start, at)) || !qualifier.actor)) return qualifier;
  return parties.subjectBefore(s, at);
}

function measures(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  const { scan } = article;
  const text = scan.slice(s.start, s.end);
  for (const m of text.matchAll(MEASURE_ON.pattern)) {
    const at = s.start + m.index;
    const onTarget = /^ (?:on|against|over) (?:(?:up to |about |some |nearly )?[$\d][\d.,]* ?(?:mln |bln |million |billion |bn )?(?:dlrs |dollars )?(?:worth )?of )?(?:imports (?:from|of) |goods from |products from |exports (?:from|of) )?/.exec(scan.slice(at + m[0].length, at + m[0].length + 60));
    const on = onTarget ?? FOR_HOLDERS.exec(scan.slice(at + m[0].length, at + m[0].length + 60));
    if (!on) continue;
    const targetsAt = at + m[0].length + on[0].length;
    const targets = parties.listAfter(targetsAt, s.end);
    if (!targets.length) continue;
    const lead = scan.slice(Math.max(s.start, at - 80), at);
    if (MEASURE_BLOCKER.test(lead) || !MEASURE_CUE.test(lead + m[0])) continue;
    const last = targets[targets.length - 1];
    const tail = /^ (?:goods|products|imports|exports|officials|entities|companies|firms|steel|oil)\b/.exec(scan.slice(last.end, last.end + 12));
    const by = imposer(article, parties, s, at, last.end + (tail ? tail[0].length : 0));
    if (!by) continue;
    // "The European Union and Canada imposed …": each party of a coordinated subject imposes.
    const subjects = by.end <= at ? parties.listAfter(by.start, at).filter((p) => p.end <= at && !p.demonym) : [];
    const makers = subjects[0] === by ? subjects : [by];
    for (const maker of makers) for (const t of targets) if (t.code !== maker.code) out.drafts.push(draft(article, s, at, targetsAt, MEASURE_ON.id, maker, 'sanctions', t));
    out.claimed.push({ start: at, end: last.end });
  }
}

/** "The US sanctioned three Iranian officials", "Trump threatened Canada with tariffs": target the object, by the subject. */
function penalties(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  const { scan } = article;
  const text = scan.slice(s.start, s.end);
  const emit = (at: number, objectAt: number, until: number, rule: string) => {
    const targets = parties.listAfter(objectAt, s.end).filter((t) => t.end <= until);
    const by = parties.subjectBefore(s, at);
    if (!targets.length || !by || MEASURE_BLOCKER.test(scan.slice(Math.max(s.start, at - 80), at))) return;
    for (const t of targets) if (t.code !== by.code) out.drafts.push(draft(article, s, at, t.end, rule, by, 'sanctions', t));
    out.claimed.push({ start: at, end: targets[targets.length - 1].end });
  };
  for (const m of text.matchAll(SANCTIONED.pattern)) {
    const at = s.start + m.index;
    if (!/^ by\b/.test(scan.slice(at + m[0].length, at + m[0].length + 4))) emit(at, at + m[0].length, s.end, SANCTIONED.id);
  }
  for (const m of text.matchAll(SANCTIONED_PEOPLE.pattern)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    // The country they serve, in the relative clause after them: the first party of another country within reach.
    const by = parties.subjectBefore(s, at);
    const cut = /[;:"]| - | — /.exec(scan.slice(end, Math.min(s.end, end + 100)));
    const served = by && spansBetween(parties.all, end, end + (cut ? cut.index : Math.min(s.end - end, 100))).find((p) => p.code !== by.code && !p.body);
    if (by && served && !MEASURE_BLOCKER.test(scan.slice(Math.max(s.start, at - 80), at))) {
      out.drafts.push(draft(article, s, at, served.end, SANCTIONED_PEOPLE.id, by, 'sanctions', served));
      out.claimed.push({ start: at, end: served.end });
    }
  }
  for (const m of text.matchAll(PENALTY_WITH.pattern)) {
    const at = s.start + m.index;
    const objects = parties.listAfter(at + m[0].length, s.end);
    const last = objects[objects.length - 1];
    if (last && WITH_PENALTY.test(scan.slice(last.end, last.end + 60))) emit(at, at + m[0].length, last.end, PENALTY_WITH.id);
  }
}

/** PURCHASE: the subject undertakes to buy from the country named after the verb. */
function purchases(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  for (const m of article.scan.slice(s.start, s.end).matchAll(PURCHASE.pattern)) {
    const at = s.start + m.index;
    const from = parties.listAfter(at + m[0].length, s.end)[0];
    const by = parties.subjectBefore(s, at);
    if (!from || !by || from.code === by.code || AGREEMENT_BLOCKER.test(article.scan.slice(Math.max(s.start, at - 40), at))) continue;
    out.drafts.push(draft(article, s, at, from.end, PURCHASE.id, by, 'agreement', from));
    out.claimed.push({ start: at, end: from.end });
  }
}

/** "P and Q signed …", "P signed … with Q", "an agreement between P and Q": one item each way. */
function agreements(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  const { scan } = article;
  const text = scan.slice(s.start, s.end);
  const pair = (a: Party | undefined, b: Party | undefined, at: number, end: number, rule: string) => {
    if (!a || !b || a.code === b.code) return;
    if (AGREEMENT_BLOCKER.test(scan.slice(Math.max(s.start, at - 40), at))) return;
    out.drafts.push(draft(article, s, at, end, rule, a, 'agreement', b), draft(article, s, at, end, rule, b, 'agreement', a));
    out.claimed.push({ start: at, end });
  };
  for (const rule of [SIGNED_PAIR, AGREED_PAIR, JOINT_PLEDGE]) {
    for (const m of text.matchAll(rule.pattern)) {
      const at = s.start + m.index;
      // Agreeing only to talk again ("agreed to hold further talks") commits to nothing yet.
      if (TALKS_ONLY.test(scan.slice(at + m[0].length - 3, at + m[0].length + 60))) continue;
      const group = groupPair(article, parties, s, at);
      if (group) { pair(group[0], group[1], at, at + m[0].length, GROUP_PAIR.id); continue; }
      // "Pakistan and China on Wednesday signed …": a time or manner adverbial between subject and verb.
      const adverbial = ADVERBIAL_BEFORE.exec(scan.slice(Math.max(s.start, at - 50), at));
      const verbAt = at - (adverbial ? adverbial[0].length : 0);
      // "Russian and US officials agreed": the people who act for the two countries.
      const crew = ENVOYS_BEFORE.exec(scan.slice(Math.max(s.start, verbAt - 40), verbAt));
      const second = parties.endingBefore(verbAt - (crew ? crew[0].length : 0), s.start);
      if (!second) continue;
      const gap = scan.slice(Math.max(s.start, second.start - 60), second.start);
      const and = /(?:^|,?\s)and (?:the |his |her |their )?(?:[A-Z][\p{L}.'-]* |counterpart ){0,5}$/u.exec(gap);
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
  for (const m of text.matchAll(SIGNED_WITH.pattern)) {
    const at = s.start + m.index;
    const other = parties.listAfter(at + m[0].length, s.end);
    if (other.length === 1) pair(parties.subjectBefore(s, at), other[0], at, at + m[0].length, SIGNED_WITH.id);
  }
  for (const m of text.matchAll(AGREEMENT_BETWEEN.pattern)) {
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

/** Between a coordinated subject and its verb: "on Wednesday", "today", "formally", "last week". */
const ADVERBIAL_BEFORE = /(?:,? (?:on (?:\w+day|[A-Z][a-z]+ \d{1,2})|today|yesterday|tonight|(?:last|this) (?:week|month)|earlier|formally|officially|finally|jointly|also|here)){1,3},? $/;

/** Between a coordinated subject of countries and its verb: the people who act for them ("US and Chinese negotiators had "agreed"). */
const ENVOYS_BEFORE = / (?:officials|representatives|negotiators|delegations|delegates|diplomats|envoys|teams|governments|authorities)(?: (?:have|has|had|also))?\s*"?$/;

/** Before a country inside an agreement's "between": "the Government of the", "the Ministry of Energy of". */
const OFFICE_OF = /^ (?:the )?(?:[A-Z][\p{L}]+ ){1,4}(?:of [A-Z][\p{L}]+ (?:[A-Z][\p{L}]+ ){0,2})?of (?:the )?$/u;

/** Every rule above needs one of these words in its sentence: the others are skipped unread. */
const NEWS_COMMITMENT_HINT = /sanction|tariff|\btax|dut(?:y|ies)|lev(?:y|ies)|penalt|embargo|export control|restriction|\bbans?\b|blacklist|agree|pledged|vowed|promised|committed|resolved|undertook|deal|accord|treaty|pact|memorand|\bmous?\b|ceasefire|truce|contract|partnership|protocol|documents|declaration|joint statement|\bbuy|purchas|import/i;

export function findNewsCommitments(article: Article): NewsCommitments {
  const out: NewsCommitments = { drafts: [], claimed: [] };
  const parties = partyIndex(article);
  for (const s of article.sentences) {
    findPledges(article, parties, s, out);
    findTradeRetaliation(article, parties, s, out);
    findRetaliationWarned(article, parties, s, out);
    if (!NEWS_COMMITMENT_HINT.test(article.scan.slice(s.start, s.end))) continue;
    measures(article, parties, s, out);
    findNamedSanctions(article, parties, s, out);
    penalties(article, parties, s, out);
    purchases(article, parties, s, out);
    findPenaltiesFaced(article, parties, s, out);
    agreements(article, parties, s, out);
  }
  findCounterpartAgreements(article, parties, out);
  return out;
}
