/**
 * What an imported event becomes in the graph. Rules are data (cameo-fact-rules.ts,
 * plover-fact-rules.ts): each names the fact, its medium or kind, the CAMEO code it stands for,
 * and why. Events outside the imported families (consult, aid, sanction, force) have no rule.
 *
 * @example
 *   ruleForEvent({ cameo: '041', plover: null, … })   // { fact: 'call', medium: 'phone', cameo: '041', … }
 *   ruleForEvent({ cameo: null, plover: { event: 'SANCTION', … }, … })  // { fact: 'commitment', kind: 'sanctions', … }
 */
import type { Medium } from '../facts/facts-document.js';
import type { SourceEvent } from './event-record.js';
import { cameoRule } from './cameo-fact-rules.js';
import { ploverRule } from './plover-fact-rules.js';

interface RuleBase {
  /** The CAMEO code the fact stands for (the row's own code for GDELT/ICEWS). */
  cameo: string;
  why: string;
}

export type FactRule =
  | (RuleBase & { fact: 'call'; medium: Medium })
  /** `toward`: whether the other side of the event is the commitment's beneficiary (aid) or target (sanctions). */
  | (RuleBase & { fact: 'commitment'; kind: string; toward: 'beneficiary' | 'target' })
  | (RuleBase & { fact: 'incident'; kind: string });

/** The rule for an event: by its PLOVER type when it has one, else by its CAMEO code; null when not imported. */
export function ruleForEvent(event: Pick<SourceEvent, 'cameo' | 'plover'>): FactRule | null {
  if (event.plover) return ploverRule(event.plover);
  return event.cameo ? cameoRule(event.cameo) : null;
}
