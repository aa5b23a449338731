/**
 * Commitments of news prose read from their clause (news-commitment-rules.ts): penalties on a
 * country, and agreements signed between two parties. Returns the drafts and the spans they claim,
 * so that the generic rules of find-commitments do not read the same words again by proximity.
 */
import type { Article } from './extraction-types.js';
import type { NewsCommitments } from './commitment-draft.js';
import { agreements, purchases } from './commitment-agreements.js';
import { measures } from './commitment-measures.js';
import { penalties } from './commitment-penalties.js';
import { findPledges } from './find-pledges.js';
import { findPenaltiesFaced } from './find-penalties-faced.js';
import { findRetaliationWarned, findTradeRetaliation } from './find-trade-retaliation.js';
import { findCounterpartAgreements } from './find-counterpart-agreements.js';
import { findNamedSanctions } from './find-named-sanctions.js';
import { findSupportToCounterpart } from './commitment-support-counterpart.js';
import { partyIndex } from './clause-parties.js';
import { findBacking } from './commitment-backing.js';
import { byStart } from './span-index.js';

export type { NewsCommitments } from './commitment-draft.js';

/** Every clause rule after the pledges needs one of these words in its sentence: the others are skipped unread. */
const NEWS_COMMITMENT_HINT = /sanction|tariff|\btax|dut(?:y|ies)|lev(?:y|ies)|penalt|embargo|export control|restriction|\bban(?:s|ned)?\b|\bbar(?:s|red)\b|blacklist|agree|pledged|vowed|promised|commit|resolved|undertook|deal|accord|treaty|pact|memorand|\bmous?\b|understanding|ceasefire|truce|contract|partnership|protocol|documents|declaration|joint statement|\bbuy|purchas|import|\b(?:signs?|inks?|seals?)\b/i;

export function findNewsCommitments(article: Article): NewsCommitments {
  const late: NewsCommitments['drafts'] = [];
  const out: NewsCommitments = { drafts: [], claimed: [], late };
  const parties = partyIndex(article);
  const quotes = byStart(article.quotes);
  for (const s of article.sentences) {
    findPledges(article, parties, s, out);
    findTradeRetaliation(article, parties, s, out);
    findRetaliationWarned(article, parties, s, out);
    findSupportToCounterpart(article, parties, s, out);
    findBacking(article, parties, s, { drafts: late, claimed: out.claimed }, quotes);
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
