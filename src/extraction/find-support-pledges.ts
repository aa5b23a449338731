/**
 * Help pledged to a party by name ("Yoon pledged to support Ukraine's reconstruction", "China
 * pledged to help Sri Lanka restructure its debt", "India agreed to restructure Sri Lanka's debt"):
 * the kind comes from what the help is for, political backing when nothing is named. The giver is
 * the verb's agent (clause-parties.ts). Linear: one regex pass per sentence, bounded windows.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { AID_BLOCKER } from './pledge-rules.js';

export const SUPPORT_PLEDGE = {
  id: 'commitment.help-pledged',
  example: "President Yoon pledged to support Ukraine's reconstruction.",
  reason: 'A party that pledges, promises, agrees or says it will support, help or assist another commits aid of the kind the help is for (reconstruction, debt, defence, relief), or political backing when no purpose is named.',
  pattern: /\b(?:(?:pledg|promis|vow|offer|agree|commit|decid)\w* to|will|would|shall) (?:(?:continue|further|fully|actively|always) (?:to )?)?(?:support(?:ing)?|help(?:ing)?|assist(?:ing)?|back(?:ing)?|aid(?:ing)?|stand by|defend|protect|safeguard|restructure|reschedule|write off|cancel|forgive) (?:the )?(?=[A-Z])/g,
};

/** What the help is for, read after the party: the first that matches gives the kind. */
export const HELP_PURPOSE: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: 'diplomatic_support', pattern: /^(?:'s?)? (?:\w+ )?(?:sovereignty|territorial integrity|independence|membership|accession|bid|candidacy|position|stance)\b/i },
  { kind: 'economic_aid', pattern: /\b(?:reconstruction|rebuild\w*|build\w*|construct\w*|recovery|econom\w+|debts?|development|budget|infrastructure|financ\w+|reserves|balance of payments)\b/i },
  { kind: 'security_assistance', pattern: /\b(?:fight against|war against|security|defen[cs]e|military|armed forces|army|counter-?terror\w*|terroris\w+|insurgen\w+|militants?)\b/i },
  { kind: 'humanitarian_aid', pattern: /\b(?:victims|relief|refugees|displaced|earthquake|flood\w*|humanitarian|famine|drought|disaster)\b/i },
];

export function findSupportPledges(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  for (const { m, at, end } of sentenceMatches(scan, s, SUPPORT_PLEDGE.pattern, { pattern: AID_BLOCKER, lookback: 60 })) {
    const helped = parties.listAfter(end, s.end).filter((p) => !p.demonym);
    const agent = helped.length ? parties.agentBefore(s, at) : undefined;
    if (!agent) continue;
    const last = helped[helped.length - 1];
    const rest = scan.slice(last.end, Math.min(s.end, last.end + 80));
    const purpose = rest.split(/[;:"]|,(?!\d)/)[0];
    // Help promised only on a condition ("would support Ukraine if Russia attacked again") is not pledged.
    if (/\b(?:if|unless|should|in case)\b/.test(purpose)) continue;
    const debt = /restructure|reschedule|write off|cancel|forgive/.test(m[0]);
    // Defending or protecting a party with no purpose named is security assistance; helping it, backing.
    const kind = debt ? 'economic_aid' : HELP_PURPOSE.find((h) => h.pattern.test(purpose))?.kind ?? (/defend|protect|safeguard/.test(m[0]) ? 'security_assistance' : 'diplomatic_support');
    for (const p of helped) if (p.code !== agent.code) out.drafts.push(clauseDraft(article, s, at, last.end, SUPPORT_PLEDGE.id, agent, kind, p, 'beneficiary'));
    out.claimed.push({ start: at, end: last.end + purpose.length });
  }
}
