/**
 * Commitment constructions of news prose, read from their clause (clause-parties.ts): who acts is
 * the clause's subject, an agent after "by", or the country qualifying the measure; who is acted
 * on or with is the party after "on"/"against"/"with"/"between". Each rule: id, example, reason.
 */
import type { Rule } from './extraction-types.js';

/** Sanctions, tariffs and other penalties on a party: kind sanctions, target after on/against. */
export const MEASURE_ON: Rule = {
  id: 'commitment.measures-on',
  example: 'Trump threatened to impose a 50% import tax on Brazilian goods from 1 August.',
  reason: 'A penalty imposed, extended or threatened on a country (its goods, its officials) is a sanctions commitment against it.',
  pattern: /\b(?:sanctions?|tariffs?|import (?:tax|taxes|duty|duties)|levies|duties|penalties|embargo(?:es)?|export controls|trade restrictions|visa bans?|travel bans?)\b(?: [^\s.;]+){0,3}?(?= (?:on|against)\b)/gi,
};
/** Words in the clause before a measure that say it is imposed, extended or threatened. */
export const MEASURE_CUE = /\b(?:impos\w*|slap\w*|lev(?:y|ied|ies|ying)|announc\w*|threat\w*|rais\w*|hik\w*|extend\w*|introduc\w*|expand\w*|reciprocal|retaliatory|match\w*|new|additional|higher|fresh|tougher|will|would|vow\w*|pledg\w*|promis\w*|decid\w*|approv\w*|order\w*|sign\w*|adopt\w*)\b/i;
/** Words before a measure that say it is lifted, eased, avoided, only discussed, or suffered. */
export const MEASURE_BLOCKER = /\b(?:lift\w*|eas(?:e|ed|es|ing)|remov\w*|suspend\w*|paus\w*|waiv\w*|exempt\w*|scrap\w*|lower\w*|cut|cuts|reduc\w*|drop\w*|avoid\w*|escap\w*|spar\w*|negotiat\w*|discuss\w*|talks|relief|under|despite|because|evad\w*|circumvent\w*|criticis\w*|condemn\w*|urg\w*|call\w* (?:for|on)|ask\w*|whether|if|impact|effect)\b/i;

/** Two parties who sign or reach an agreement: kind agreement, one item each way. */
export const SIGNED_PAIR: Rule = {
  id: 'commitment.signed-pair',
  example: 'On November 27, Turkey and Libya signed a maritime border agreement.',
  reason: 'An agreement signed or reached between two parties is a commitment of each to the other (GUIDE.md).',
  pattern: /\b(?:have |has |had )?(?:signed|concluded|struck|sealed|reached|inked|agreed on|agreed to|agreed) (?:a |an |the |on |to )?(?:[\w-]+ ){0,4}?(?:agreement|deal|accord|treaty|pact|memorand(?:um|a)|ceasefire|truce|contract|partnership)s?\b/gi,
};
/** "P signed a deal with Q": the other party after "with". */
export const SIGNED_WITH: Rule = {
  id: 'commitment.signed-with',
  example: 'Brazil signed a trade agreement with China on Tuesday.',
  reason: 'A party that signs an agreement with another commits to it, and the other to the first.',
  pattern: /\b(?:signed|concluded|struck|sealed|reached|inked) (?:a |an |the )?(?:[\w-]+ ){0,4}?(?:agreement|deal|accord|treaty|pact|memorand(?:um|a)|contract)s? with\b/gi,
};
/** "an agreement between P and Q" stated as existing. */
export const AGREEMENT_BETWEEN: Rule = {
  id: 'commitment.agreement-between',
  example: 'This meeting is part of a new political economy agreement between Brazil and China.',
  reason: 'An agreement said to exist between two parties binds each to the other.',
  pattern: /\b(?:agreement|deal|accord|treaty|pact|memorandum of understanding)s? (?:signed |reached |concluded )?between\b/gi,
};
/** Words before an agreement that make it only sought, proposed or broken. */
export const AGREEMENT_BLOCKER = /\b(?:talks? (?:on|about|over)|negotiat\w*|propos\w*|draft|would|could|may|might|hope\w*|plan\w*|seek\w*|sought|aim\w*|push\w* for|close to|near|failed|collaps\w*|scrap\w*|withdr\w*|violat\w*|not|no|never|without|whether|if|possible|potential|future)\b/i;
