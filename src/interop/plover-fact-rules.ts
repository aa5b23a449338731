/**
 * PLOVER event types → facts. CONSULT → Call (medium from the mode), AID → Commitment (kind
 * from the context), SANCTION → Commitment, ASSAULT and FIGHT → Incident (kind from the mode).
 * Each rule names the CAMEO code the PLOVER combination corresponds to (PLOVER 0.5b1 gold
 * records and the CAMEO→PLOVER table), so imported facts carry both vocabularies. The most
 * specific key wins: `EVENT/mode`, then `EVENT/context`, then `EVENT`.
 *
 * @example
 *   ploverRule({ event: 'CONSULT', mode: 'phone', context: 'diplomatic' })  // call, phone, CAMEO 041
 *   ploverRule({ event: 'FIGHT', mode: 'heavy-weapons', context: null })    // incident 'shelling', CAMEO 194
 *   ploverRule({ event: 'PROTEST', mode: null, context: null })             // null: not imported
 */
import type { FactRule } from './fact-rule.js';
import { cameoRule } from './cameo-fact-rules.js';

/** PLOVER key → the CAMEO code whose rule it takes, and why. */
const PLOVER_RULES: Record<string, { cameo: string; why: string }> = {
  CONSULT: { cameo: '040', why: 'CONSULT without a mode: consult, not specified' },
  'CONSULT/phone': { cameo: '041', why: 'CONSULT by phone' },
  'CONSULT/visit': { cameo: '042', why: 'CONSULT, a visit' },
  'CONSULT/host': { cameo: '043', why: 'CONSULT, hosting a visit' },
  'CONSULT/third-party': { cameo: '044', why: 'CONSULT at a third location' },
  'CONSULT/mediate': { cameo: '045', why: 'CONSULT, mediation' },
  AID: { cameo: '070', why: 'AID without a context: aid, not specified' },
  'AID/economic': { cameo: '071', why: 'AID in an economic context' },
  'AID/military': { cameo: '072', why: 'AID in a military context' },
  'AID/humanitarian': { cameo: '073', why: 'AID in a humanitarian context' },
  'AID/refugee': { cameo: '075', why: 'AID to refugees: asylum' },
  // PLOVER 0.5b1 records give SANCTION no mode; the family's central case is the sanction proper.
  SANCTION: { cameo: '163', why: 'SANCTION: impose embargo, boycott or sanctions' },
  ASSAULT: { cameo: '180', why: 'ASSAULT without a mode: unconventional violence' },
  'ASSAULT/beat': { cameo: '182', why: 'ASSAULT by beating' },
  'ASSAULT/torture': { cameo: '182', why: 'ASSAULT by torture' },
  'ASSAULT/sexual': { cameo: '182', why: 'sexual ASSAULT' },
  'ASSAULT/explosives': { cameo: '183', why: 'ASSAULT with explosives' },
  'ASSAULT/suicide-attack': { cameo: '183', why: 'suicide ASSAULT' },
  'ASSAULT/assassinate': { cameo: '186', why: 'ASSAULT: assassination' },
  FIGHT: { cameo: '190', why: 'FIGHT without a mode: conventional military force' },
  'FIGHT/firearms': { cameo: '193', why: 'FIGHT with small arms' },
  // PLOVER's heavy-weapons covers artillery (194) and aircraft (195); the text does not say which.
  'FIGHT/heavy-weapons': { cameo: '194', why: 'FIGHT with heavy weapons' },
  'FIGHT/explosives': { cameo: '183', why: 'FIGHT with explosives' },
  'FIGHT/assassinate': { cameo: '186', why: 'FIGHT: targeted killing' },
};

export function ploverRule(plover: { event: string; mode: string | null; context: string | null }): FactRule | null {
  const event = plover.event.toUpperCase();
  // A context may list several ("military, legal"): the first decides.
  const context = plover.context?.split(',')[0]?.trim().toLowerCase() ?? null;
  const keys = [plover.mode && `${event}/${plover.mode.toLowerCase()}`, context && `${event}/${context}`, event];
  const key = keys.find((k): k is string => !!k && Object.hasOwn(PLOVER_RULES, k));
  if (!key) return null;
  const { cameo, why } = PLOVER_RULES[key];
  const rule = cameoRule(cameo);
  return rule ? { ...rule, why: `${why} (CAMEO ${cameo}: ${rule.why})` } : null;
}

export const ploverRuleTable = PLOVER_RULES;
