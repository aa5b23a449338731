/**
 * A tweet mention ("@OlafScholz", "Scholz") → the id of the document's actor it names, or null.
 * Compared without '@'/'#', accents and case.
 */
import type { FactsDocument } from '../../facts/facts-document.js';

export function resolveMention(facts: FactsDocument, mention: string): string | null {
  const key = nameKey(mention);
  const actor = facts.actors.find((a) => [a.name, ...a.aliases, ...(a.handles ?? [])].some((n) => nameKey(n) === key));
  return actor?.id ?? null;
}

function nameKey(name: string): string {
  return name.replace(/^[@#]/, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
