/**
 * Training given to another country's people ("France will train 2,000 Ukrainian soldiers", "Japan
 * will train 500 Ghanaian civil servants"): training its forces is security assistance
 * (GUIDE.md), training its officials or professionals is capacity building, economic aid. The giver
 * is the verb's agent (clause-parties.ts), the receiver the country qualifying the people trained.
 */
import type { Article, CommitmentDraft, Sentence, Span } from './extraction-types.js';
import type { PartyIndex } from './clause-parties.js';
import { clauseDraft } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { AID_BLOCKER } from './pledge-rules.js';

export const TRAINING = {
  id: 'commitment.training',
  example: 'India agreed to train 1,200 Kenyan police officers over three years.',
  reason: "Training another country's forces is security assistance; training its officials or professionals is capacity building, economic aid.",
  pattern: /\b(?:train|trains|trained|training)(?= (?:up to |some |about |around |another |more than |over |nearly |at least )?(?:\d[\d,]*|hundreds of|thousands of|dozens of|more|further)? ?\p{Lu})/gu,
  forces: /^ (?:soldiers|troops|pilots|military personnel|servicemen|service members|officers|forces|army|armed forces|marines|sailors|cadets|special forces|police(?: officers)?|policemen|security forces|border guards|fighters|brigades|recruits)\b/,
  officials: /^ (?:civil servants|officials|public servants|administrators|diplomats|doctors|nurses|health workers|teachers|students|judges|engineers|farmers|scientists|personnel|staff|experts|professionals)\b/,
};

export function findTrainingPledges(article: Article, parties: PartyIndex, s: Sentence, out: { drafts: CommitmentDraft[]; claimed: Span[] }): void {
  const { scan } = article;
  if (!/\btrain/.test(scan.slice(s.start, s.end))) return;
  for (const { at, end } of sentenceMatches(scan, s, TRAINING.pattern, { pattern: AID_BLOCKER, lookback: 60 })) {
    const trained = parties.listAfter(end, s.end)[0];
    if (!trained || trained.start - end > 40) continue;
    const people = scan.slice(trained.end, trained.end + 40);
    const kind = TRAINING.forces.test(people) ? 'security_assistance' : TRAINING.officials.test(people) ? 'economic_aid' : null;
    const agent = kind ? parties.agentBefore(s, at) : undefined;
    if (!kind || !agent || agent.code === trained.code) continue;
    out.drafts.push(clauseDraft(article, s, at, trained.end, TRAINING.id, agent, kind, trained, 'beneficiary'));
    out.claimed.push({ start: at, end: trained.end });
  }
}
