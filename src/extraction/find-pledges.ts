/**
 * Aid given, requests made and assets frozen, read from their clause (pledge-rules.ts): the giver
 * is the agent of the verb (clause-parties.ts), never the nearest country. Each reading claims its
 * words so that the generic rules of find-commitments do not read them again by proximity.
 * Linear: every look is a bounded window after the verb or a binary search among the parties.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { findHeldResponsible } from './find-held-responsible.js';
import { findSupportAssured, findSupportPledges } from './find-support-pledges.js';
import { findTrainingPledges } from './find-training-pledges.js';
import { lastStartingBy } from './span-index.js';
import { AID_BLOCKER, AID_CONTEXT, AID_KINDS, AID_RECEIVED, AID_VERB, ARMS_SALE, SENT_SIGNAL, ASSETS_FROZEN, ASSETS_OF, BARE_AID, DEMONYM_RECEIVER, LENT_QUANTITY, NOT_GIVEN, OTHER_RECEIVER, OWNER_ASSETS, RECEIVER_BEFORE, REQUEST, REQUEST_AFTER } from './pledge-rules.js';
import { matchesIn } from './matches-in.js';

interface Out { drafts: CommitmentDraft[]; claimed: Span[] }

/** Where the clause after `at` ends: a semicolon, colon, quote, dash, or a comma not inside a number. */
const CLAUSE_END = /[;:"]|,(?!\d)| - | — | – /;
const OBJECT_REACH = 140;

const quoteAt = (article: Article, at: number) => {
  const q = article.quotes[lastStartingBy(article.quotes, at)];
  return q && at < q.end ? q : undefined;
};

/** The kinds of what is given in `text` ("military and economic aid": both), else of bare aid or money read from the sentence. */
function kindsOf(text: string, sentence: string): string[] {
  if (NOT_GIVEN.test(text)) return [];
  const named = AID_KINDS.filter((k) => k.pattern.test(text)).map((k) => k.kind);
  if (named.length) return named;
  if (!BARE_AID.test(text)) return [];
  if (AID_CONTEXT.humanitarian.test(sentence)) return ['humanitarian_aid'];
  if (AID_CONTEXT.security.test(sentence)) return ['security_assistance'];
  return ['economic_aid'];
}

/** The receivers starting at `at`: a country, or a demonym before a people or force noun. */
function receiversAt(article: Article, parties: PartyIndex, at: number, to: number): Party[] {
  const list = parties.listAfter(at, to).filter((p) => !p.demonym || DEMONYM_RECEIVER.test(article.scan.slice(p.end, p.end + 20)));
  // A list closes with "and": "to Russia, Seoul said" is one receiver and a new clause.
  if (list.length > 1 && !/\b(?:and|as well as)\b/.test(article.scan.slice(list[list.length - 2].end, list[list.length - 1].start))) return list.slice(0, 1);
  return list;
}

function aid(article: Article, parties: PartyIndex, s: Sentence, out: Out, isClaimed: (at: number) => boolean): void {
  const { scan } = article;
  const sentence = scan.slice(s.start, s.end);
  for (const m of matchesIn(AID_VERB.pattern, sentence)) {
    const at = s.start + m.index;
    const verbEnd = at + m[0].length;
    if (isClaimed(at) || (/^sen[dt]/.test(m[0]) && SENT_SIGNAL.test(scan.slice(at + 4, at + 40)))) continue;
    const window = scan.slice(verbEnd, Math.min(s.end, verbEnd + OBJECT_REACH));
    const cut = CLAUSE_END.exec(window);
    const clause = cut ? window.slice(0, cut.index) : window;
    // Aid refused, halted or asked for: its words are claimed, so no other rule reads them as given.
    if (AID_BLOCKER.test(scan.slice(Math.max(s.start, at - 60), at))) { out.claimed.push({ start: at, end: verbEnd + clause.length }); continue; }
    const own = parties.agentBefore(s, at);
    const agent = own ?? participleAgent(article, parties, s, at, m[0]);
    if (!agent) continue;
    const ruleId = own ? AID_VERB.id : PARTICIPLE_AGENT.id;
    if (/\b(?:no|not|any)\b/.test(clause.slice(0, 20))) continue;
    let receivers: Party[] = [];
    let object = '';
    let prep = '';
    // "give Ukraine 5,000 missiles", "provide Ukraine with two Patriot systems".
    const direct = receiversAt(article, parties, verbEnd, verbEnd + clause.length).filter((p) => !p.demonym);
    if (direct.length && /^ (?:the )?$/.test(scan.slice(verbEnd, direct[0].start))) {
      receivers = direct;
      object = scan.slice(direct[direct.length - 1].end, verbEnd + clause.length);
    } else {
      for (const found of spansAfter(parties, verbEnd, verbEnd + clause.length)) {
        const lead = scan.slice(Math.max(verbEnd, found.start - 40), found.start);
        const before = RECEIVER_BEFORE.exec(lead);
        if (!before) continue;
        prep = before[0];
        object = scan.slice(verbEnd, found.start - lead.length + before.index);
        // Given to someone else first ("aid to the Contra rebels in Nicaragua"): that one receives it.
        // A list of receivers runs on past the clause's commas ("to Burkina Faso, Zimbabwe and Mali").
        if (!OTHER_RECEIVER.test(object)) receivers = receiversAt(article, parties, found.start, s.end);
        break;
      }
    }
    if (!receivers.length) continue;
    const named = kindsOf(object, sentence);
    // LENT_QUANTITY: a quantity lent ("lend Ostmark five million barrels of oil") is a loan, economic aid, whatever is lent.
    if (!named.length && LENT_QUANTITY.verb.test(m[0]) && LENT_QUANTITY.object.test(object)) named.push('economic_aid');
    const kinds = named.filter((k) => !ARMS_SALE.test(m[0]) || k === 'security_assistance');
    if (!kinds.length) continue;
    const last = receivers[receivers.length - 1];
    // Troops sent to a country's border, or into it, are a deployment against it, not help.
    if (kinds.includes('security_assistance') && /\b(?:troops|soldiers)\b/i.test(object) && (/\binto\b/.test(prep) || /^'s? (?:border|frontier)/.test(scan.slice(last.end, last.end + 12)))) continue;
    if (quoteAt(article, at) && !quoteAt(article, agent.start)) continue;
    // "Britain and France offered to send …": each party of a coordinated agent gives.
    for (const giver of parties.listEndingWith(agent, s.start)) for (const kind of kinds) for (const r of receivers) if (r.code !== giver.code) out.drafts.push(clauseDraft(article, s, at, last.end, ruleId, giver, kind, r, 'beneficiary'));
    out.claimed.push({ start: at, end: last.end });
  }
}

/** "Kenya received 1 million vaccine doses from Britain": aid given by the party after "from" to the agent. */
function received(article: Article, parties: PartyIndex, s: Sentence, out: Out): void {
  const { scan } = article;
  const sentence = scan.slice(s.start, s.end);
  for (const m of matchesIn(AID_RECEIVED.pattern, sentence)) {
    const at = s.start + m.index;
    const verbEnd = at + m[0].length;
    const window = scan.slice(verbEnd, Math.min(s.end, verbEnd + OBJECT_REACH));
    const cut = CLAUSE_END.exec(window);
    const clause = cut ? window.slice(0, cut.index) : window;
    const from = / from (?:the )?(?=[A-Z])/.exec(clause);
    const giver = from ? parties.listAfter(verbEnd + from.index + from[0].length, verbEnd + clause.length)[0] : undefined;
    const receiver = giver && parties.agentBefore(s, at);
    const kind = from ? kindsOf(clause.slice(0, from.index), sentence)[0] : undefined;
    // Nothing received ('received no aid from India') is no aid given.
    if (/^ (?:no|not|any|little)\b/.test(clause)) continue;
    if (!giver || giver.demonym || !receiver || !kind || receiver.code === giver.code || AID_BLOCKER.test(scan.slice(Math.max(s.start, at - 60), at))) continue;
    out.drafts.push(clauseDraft(article, s, at, giver.end, AID_RECEIVED.id, giver, kind, receiver, 'beneficiary'));
    out.claimed.push({ start: at, end: giver.end });
  }
}

/**
 * PARTICIPLE_AGENT: "Meloni visited Kyiv on Saturday, announcing reconstruction aid for Ukraine" — a verb in -ing
 * opening a clause after a comma (an adverb may stand between) has no agent of its own: its agent is the subject of
 * the clause it hangs on, the sentence's first party (a fronted phrase closed by a comma is no subject).
 */
export const PARTICIPLE_AGENT = {
  id: 'commitment.participle-agent',
  example: 'The Norlandic premier toured the flooded port, announcing relief supplies for Ostmark.',
  reason: 'A participle clause after the main clause shares its subject: whoever visited or met is who announces, pledges or sends what the participle says.',
  lead: /, (?:[a-z]+ly )?$/,
};

function participleAgent(article: Article, parties: PartyIndex, s: Sentence, at: number, verb: string): Party | undefined {
  if (!/ing$/.test(verb)) return undefined;
  const lead = PARTICIPLE_AGENT.lead.exec(article.scan.slice(Math.max(s.start, at - 16), at));
  if (!lead) return undefined;
  const subject = parties.subjectBefore(s, at - lead[0].length);
  // A fronted phrase ("In talks with Zelensky, Meloni …") names no subject: only a party opening the sentence is one.
  return subject && !subject.body && /^(?:[\p{Lu}][\p{L}.'’-]* ){0,4}$/u.test(article.scan.slice(s.start, subject.start)) ? subject : undefined;
}

/** The parties starting in [from, to), in order. */
function spansAfter(parties: PartyIndex, from: number, to: number): Party[] {
  const out: Party[] = [];
  for (let i = lastStartingBy(parties.all, from - 1) + 1; i < parties.all.length && parties.all[i].start < to; i++) out.push(parties.all[i]);
  return out;
}

/** "called on Germany to send …": a request to the party asked; what is asked for is claimed, so no commitment. */
function requests(article: Article, parties: PartyIndex, s: Sentence, out: Out): void {
  const { scan } = article;
  for (const m of matchesIn(REQUEST.pattern, scan.slice(s.start, s.end))) {
    const at = s.start + m.index;
    const asked = parties.listAfter(at + m[0].length, s.end).filter((p) => !p.demonym);
    const last = asked[asked.length - 1];
    if (!last || !/^ (?:the )?$/.test(scan.slice(at + m[0].length, asked[0].start)) || !REQUEST_AFTER.test(scan.slice(last.end, last.end + 6))) continue;
    const by = parties.agentBefore(s, at);
    if (by) for (const t of asked) if (t.code !== by.code) out.drafts.push(clauseDraft(article, s, at, last.end, REQUEST.id, by, 'request', t));
    const rest = scan.slice(last.end, s.end);
    const cut = /[;"]/.exec(rest);
    out.claimed.push({ start: at, end: cut ? last.end + cut.index : s.end });
  }
}

/** "froze the assets of three Russian oligarchs", "froze Venezuela's assets": sanctions against the owner's country. */
function frozen(article: Article, parties: PartyIndex, s: Sentence, out: Out): void {
  const { scan } = article;
  for (const m of matchesIn(ASSETS_FROZEN.pattern, scan.slice(s.start, s.end))) {
    const at = s.start + m.index;
    const from = at + m[0].length;
    const owners = spansAfter(parties, from, Math.min(s.end, from + 80));
    const owner = owners.find((p) => ASSETS_OF.test(scan.slice(from, p.start)))
      ?? owners.find((p) => /^ (?:the |all |some )?$/.test(scan.slice(from, p.start)) && OWNER_ASSETS.test(scan.slice(p.end, p.end + 40)));
    const by = owner && parties.agentBefore(s, at);
    if (!owner || !by || owner.code === by.code || AID_BLOCKER.test(scan.slice(Math.max(s.start, at - 60), at))) continue;
    out.drafts.push(clauseDraft(article, s, at, owner.end, ASSETS_FROZEN.id, by, 'sanctions', owner));
    out.claimed.push({ start: at, end: owner.end });
  }
}

/** Every reading of this file (and of help pledged, responsibility held) in one sentence, requests first so that what is asked for is not read as given. */
export function findPledges(article: Article, parties: PartyIndex, s: Sentence, out: Out): void {
  const before = out.claimed.length;
  requests(article, parties, s, out);
  const isClaimed = (at: number) => out.claimed.slice(before).some((c) => at >= c.start && at < c.end);
  findSupportPledges(article, parties, s, out);
  findSupportAssured(article, parties, s, out);
  findTrainingPledges(article, parties, s, out);
  findHeldResponsible(article, parties, s, out);
  aid(article, parties, s, out, isClaimed);
  received(article, parties, s, out);
  frozen(article, parties, s, out);
}
