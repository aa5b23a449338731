/**
 * Agreements signed with no other party named in their clause: "Fox signed several agreements" on a
 * visit, "memoranda on health were then exchanged". The other party is the
 * country visited in the same sentence ("In his state visit to Argentina, …"), else the other
 * country of the last two-party contact told before, in which the signer took part. One item each way
 * (GUIDE.md). Linear: calls are walked once per article, each sentence reads a bounded window.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { matchesIn } from './matches-in.js';

export const COUNTERPART_AGREEMENT = {
  id: 'commitment.counterpart-agreement',
  example: 'On his visit to Chile, Lula signed several agreements on trade and energy.',
  reason: 'Agreements a leader signs on a visit or at a meeting, with no other party named, are made with the country visited or met.',
  /** Active: the signer is the clause's subject; plural or counted agreements, no "with" after them. */
  active: /\b(?:signed|inked|concluded|exchanged) (?:(?:several|a number of|a series of|a raft of|a package of|some|a dozen|\d+|two|three|four|five|six|seven|eight|nine|ten|\w+ (?:new|bilateral)) )?(?:[\w-]+ ){0,3}?(?:agreements|deals|accords|pacts|memorand(?:a|ums)(?: of understanding)?|MoUs|MOUs|cooperation documents)\b(?! with\b)/gi,
  /** Passive: memoranda or agreements "were signed/exchanged", or the leaders "witnessed the signing of" them: the two parties are those of the contact. */
  passive: /\b(?:agreements|deals|accords|pacts|memorand(?:a|ums)(?: of understanding)?|MoUs?|MOUs?|documents)\b[^.;"]{0,120}? (?:were|have been|had been)(?: also| then| later| formally| officially)? (?:signed|exchanged|inked|concluded)\b(?! (?:by|between) )|\b(?:witness(?:ed|es)?|observed|saw|attended|oversaw|presided over|included|featured|(?:ended|concluded|closed) with|culminated in|followed by) the (?:signing|exchange) of (?:\w+ ){0,4}?(?:agreements|deals|accords|pacts|memorand(?:a|ums)(?: of understanding)?|MoUs|MOUs|documents)\b/gi,
  /** Agreements only planned, sought or refused. */
  blocker: /\b(?:will|would|could|may|might|plan\w*|expect\w*|hope\w*|due to|set to|to be|refus\w*|fail\w*|not|never|no)\b/i,
};

/** "on his (state|official) visit to Argentina", "during a trip to Chile": the country visited, group 1 ends before it. */
const VISIT_TO = /\b(?:visit|trip|tour|stay) (?:to|in) (?:the )?$/i;

interface Out { drafts: CommitmentDraft[]; claimed: Span[] }
interface CallAt { at: number; codes: string[]; actors: Map<string, string> }

function callsInOrder(article: Article): CallAt[] {
  const countryOf = new Map(article.actors.map((a) => [a.id, a.country]));
  const out: CallAt[] = [];
  for (const c of article.calls) {
    const actors = new Map<string, string>();
    for (const p of c.participants) { const code = countryOf.get(p); if (code && !actors.has(code)) actors.set(code, p); }
    for (const e of c.evidence) out.push({ at: e.start, codes: [...actors.keys()], actors });
  }
  return out.sort((a, b) => a.at - b.at);
}

export function findCounterpartAgreements(article: Article, parties: PartyIndex, out: Out): void {
  const { scan } = article;
  let calls: CallAt[] | null = null;
  const party = (code: string, actor: string | null, at: number): Party => ({ start: at, end: at, code, actor, demonym: false });
  const emit = (s: Sentence, at: number, end: number, a: Party, b: Party) => {
    if (a.code === b.code || a.body || b.body) return;
    out.drafts.push(clauseDraft(article, s, at, end, COUNTERPART_AGREEMENT.id, a, 'agreement', b), clauseDraft(article, s, at, end, COUNTERPART_AGREEMENT.id, b, 'agreement', a));
    out.claimed.push({ start: at, end });
  };
  // Sentences where another rule read an agreement: it named the parties.
  const read = new Set(out.drafts.filter((d) => d.kind === 'agreement').map((d) => d.evidence[0].sentence));
  let told = 0;
  for (const s of article.sentences) {
    const text = scan.slice(s.start, s.end);
    if (read.has(s.index) || !/agree|deal|accord|pact|memorand|mou|documents/i.test(text)) continue;
    for (const [rule, passive] of [[COUNTERPART_AGREEMENT.active, false], [COUNTERPART_AGREEMENT.passive, true]] as const) {
      for (const m of matchesIn(rule, text)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        if (COUNTERPART_AGREEMENT.blocker.test(scan.slice(Math.max(s.start, at - 30), passive ? end : at))) continue;
        const signer = passive ? undefined : parties.agentBefore(s, at) ?? parties.subjectBefore(s, at);
        if (!passive && (!signer || signer.demonym)) continue;
        const visited = parties.all.find((p) => p.start >= s.start && p.end <= at && !p.actor && VISIT_TO.test(scan.slice(Math.max(s.start, p.start - 30), p.start)));
        if (signer && visited) { emit(s, at, end, signer, visited); continue; }
        calls ??= callsInOrder(article);
        // Matches come in text order: the contacts told before them only grow.
        while (told < calls.length && calls[told].at < at) told++;
        const last = calls[told - 1];
        if (!last || last.codes.length !== 2) continue;
        if (signer && !last.codes.includes(signer.code)) continue;
        const [a, b] = signer ? [signer.code, last.codes.find((c) => c !== signer.code)!] : last.codes;
        emit(s, at, end, signer ?? party(a, last.actors.get(a) ?? null, at), party(b, last.actors.get(b) ?? null, at));
      }
    }
  }
}
