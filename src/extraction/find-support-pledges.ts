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
import { kindsNamed, MANNER_KINDS } from './commitment-support-counterpart.js';

export const SUPPORT_PLEDGE = {
  id: 'commitment.help-pledged',
  example: "President Yoon pledged to support Ukraine's reconstruction.",
  reason: 'A party that pledges, promises, agrees, commits or says it will support, help, assist or defend another ("committed to defending": the gerund after "committed to" as the infinitive) commits aid of the kind the help is for (reconstruction, debt, defence, relief), or political backing when no purpose is named.',
  pattern: /\b(?:(?:pledg|promis|vow|offer|agree|commit|decid)\w* to|will|would|shall) (?:(?:continue|further|fully|actively|always) (?:to )?)?(?:support(?:ing)?|help(?:ing)?|assist(?:ing)?|back(?:ing)?|aid(?:ing)?|stand (?:by|with|behind)|defend(?:ing)?|protect(?:ing)?|safeguard(?:ing)?|restructure|reschedule|write off|cancel|forgive) (?:the )?(?=[A-Z])/g,
};

/** "Modi assured Hasina of India's full support": support assured to the party assured, the kind from what it is for. */
export const SUPPORT_ASSURED = {
  id: 'commitment.support-assured',
  example: "Modi assured Hasina of India's full support in the fight against terrorism.",
  reason: 'Assuring a party of support, help or readiness to help is pledging it to that party, of the kind its purpose names, political backing when none.',
  pattern: /\b(?:assur|reassur)(?:ed|es|e|ing) (?:the )?(?=\p{Lu}|\p{Ll}+ (?:leader|president|prime minister|government)\b)/gu,
  /** After the party assured: of (the country's) support, backing, help or readiness to help. */
  of: /^ of (?:(?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?(?:['’]s?)? )?(?:(?:his|her|their|its|full|continued|unwavering|firm|strong|total|all|every|possible|further) )*(?:support|backing|solidarity|assistance|help|readiness to (?:help|support|assist|cooperate|work|cut|provide|offer))\b/u,
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
    // "support Moldova militarily, diplomatically and financially": the manner adverbs name the kinds, one item each.
    const manner = debt ? null : MANNER_KINDS.exec(rest);
    const kinds = manner ? kindsNamed(manner[1]) : [kind];
    for (const p of helped) for (const k of kinds) if (p.code !== agent.code) out.drafts.push(clauseDraft(article, s, at, last.end, SUPPORT_PLEDGE.id, agent, k, p, 'beneficiary'));
    out.claimed.push({ start: at, end: last.end + purpose.length });
  }
}

/** SUPPORT_ASSURED: the party right after "assured" receives what the giver, the verb's agent, assures it of. */
export function findSupportAssured(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  for (const { at, end } of sentenceMatches(scan, s, SUPPORT_ASSURED.pattern, { pattern: AID_BLOCKER, lookback: 60 })) {
    const assured = parties.all.find((p) => p.start >= end && p.start - end < 30 && /^(?:[a-z]+ )?$/.test(scan.slice(end, p.start)));
    const of = assured && SUPPORT_ASSURED.of.exec(scan.slice(assured.end, Math.min(s.end, assured.end + 80)).replace(/^ (?:leader|president|prime minister|government)\b/, ''));
    const agent = of ? parties.agentBefore(s, at) : undefined;
    if (!assured || !of || !agent || agent.code === assured.code) continue;
    const purpose = scan.slice(assured.end, Math.min(s.end, assured.end + 160)).split(/[;:"]/)[0];
    const kind = HELP_PURPOSE.slice(1).find((h) => h.pattern.test(purpose))?.kind ?? 'diplomatic_support';
    out.drafts.push(clauseDraft(article, s, at, assured.end, SUPPORT_ASSURED.id, agent, kind, assured, 'beneficiary'));
    out.claimed.push({ start: at, end: assured.end + purpose.length });
  }
}
