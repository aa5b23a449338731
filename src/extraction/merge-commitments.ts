/**
 * One commitment stated several times is one item (GUIDE.md): same maker country, kind and other
 * party, and the same rule for a rule that makes an item of its own ("Thailand undertakes to …").
 */
import type { CommitmentDraft } from './extraction-types.js';
import { COMMITMENT_RULES } from './commitment-rules.js';

const OWN_ITEM = new Set(COMMITMENT_RULES.filter((r) => r.ownItem).map((r) => r.id));

/** One commitment stated several times is one item: same maker country, kind and other party (and rule, for an own item). */
export function mergeCommitments(items: CommitmentDraft[]): CommitmentDraft[] {
  const byKey = new Map<string, CommitmentDraft>();
  for (const c of items) {
    const own = OWN_ITEM.has(c.evidence[0].rule) ? c.evidence[0].rule : '';
    // A body commits for no country: its own id keeps the EU's and the UN's items apart.
    const key = [c.byCountry ?? c.by, c.kind, c.target, c.beneficiary, own].join('|');
    const seen = byKey.get(key);
    if (seen) seen.evidence.push(...c.evidence);
    else byKey.set(key, c);
  }
  return [...byKey.values()];
}
