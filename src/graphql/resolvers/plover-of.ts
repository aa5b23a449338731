/**
 * A fact's PLOVER code as one object, or null when the fact has none.
 *
 * @example
 *   ploverOf({ ploverEvent: 'CONSULT', ploverMode: 'phone' }); // { event: 'CONSULT', mode: 'phone' }
 */
export function ploverOf(fact: { ploverEvent?: unknown; ploverMode?: unknown }): { event: unknown; mode: unknown } | null {
  return fact.ploverEvent ? { event: fact.ploverEvent, mode: fact.ploverMode ?? null } : null;
}
