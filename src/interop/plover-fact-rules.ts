/**
 * PLOVER event types → facts. CONSULT → Call (medium from the mode), AID → Commitment (kind
 * from the context), SANCTION → Commitment, ASSAULT and FIGHT → Incident (kind from the mode).
 * Each rule names the CAMEO code the PLOVER combination corresponds to (PLOVER 0.5b1 gold
 * records and the CAMEO→PLOVER table), so imported facts carry both vocabularies. The most
 * specific key wins: `EVENT/mode`, then `EVENT/context`, then `EVENT`. The table itself is data:
 * data/plover-cameo.json, read by plover-cameo-table.ts.
 *
 * @example
 *   ploverRule({ event: 'CONSULT', mode: 'phone', context: 'diplomatic' })  // call, phone, CAMEO 041
 *   ploverRule({ event: 'FIGHT', mode: 'heavy-weapons', context: null })    // incident 'shelling', CAMEO 194
 *   ploverRule({ event: 'PROTEST', mode: null, context: null })             // null: not imported
 */
import type { FactRule } from './fact-rule.js';
import { cameoRule } from './cameo-fact-rules.js';
import { ploverCameoTable } from './plover-cameo-table.js';

export function ploverRule(plover: { event: string; mode: string | null; context: string | null }): FactRule | null {
  const table = ploverCameoTable();
  const event = plover.event.toUpperCase();
  // A context may list several ("military, legal"): the first decides.
  const context = plover.context?.split(',')[0]?.trim().toLowerCase() ?? null;
  const keys = [plover.mode && `${event}/${plover.mode.toLowerCase()}`, context && `${event}/${context}`, event];
  const row = keys.map((k) => (k ? table.get(k) : undefined)).find((r) => r !== undefined);
  if (!row) return null;
  const rule = cameoRule(row.cameo);
  return rule ? { ...rule, why: `${row.why} (CAMEO ${row.cameo}: ${rule.why})` } : null;
}
