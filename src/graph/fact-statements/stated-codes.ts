/** A fact's event codes: those it states itself (imported event data) win over those derived from its kind. */
import type { EventCodes } from '../event-codes.js';

export function statedCodes(
  derived: EventCodes,
  fact: { cameo?: string | null; ploverEvent?: string | null; ploverMode?: string | null },
): EventCodes {
  if (!fact.cameo && !fact.ploverEvent) return derived;
  return { cameo: fact.cameo ?? derived.cameo, ploverEvent: fact.ploverEvent ?? derived.ploverEvent, ploverMode: fact.ploverMode ?? null };
}
