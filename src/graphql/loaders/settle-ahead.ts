/**
 * What a statement read ahead (src/graph/readers/read-ahead.ts), handed to the fields that will
 * ask for it: each relation value read ahead of a node is primed into the request's keyed loader
 * under the key its field's resolver loads it with (the node's key and the properties its
 * selection reads), and the levels below it likewise, so those resolvers send no statement. The
 * values handed on are plain: an item read with levels below it comes as `{item, ahead}` and is
 * settled to its `item`.
 *
 * @example
 *   primeAhead(page.ahead, plan, call, prime);  // primes participantsOfCall of the call, and countryOfActor of each participant
 *   settleItem({ item: country, ahead: { leadersOfCountry: [...] } }, plan, prime); // country, its leaders primed
 */
import { modelNodeKeys } from '../../graph/node-keys.js';
import type { Properties } from '../../graph/readers/node-projection.js';
import type { AheadPlan, AheadRead } from '../../graph/readers/read-ahead.js';
import { relations, type RelationName } from '../../graph/readers/relations.js';

/** Answers a later load of `relation` for the node with this key, these properties and this take. */
export type Prime = (relation: RelationName, key: string, properties: Properties, value: unknown, take?: number) => void;

interface Wrapped {
  item: Record<string, unknown>;
  ahead: Record<string, unknown>;
}

/** Primes each relation of `plan` read ahead of `node` (its values in `ahead`), and what was read below them. */
export function primeAhead(ahead: Record<string, unknown> | undefined, plan: AheadPlan, node: Record<string, unknown>, prime: Prime): void {
  for (const read of plan) {
    // A country is keyed by its code, every other node by its id (schema/constraints.cypher).
    const key = node[modelNodeKeys()[relations[read.relation].from]];
    prime(read.relation, String(key), read.properties, settleRelation(ahead?.[read.relation], read, prime), read.take);
  }
}

/** The plain value of a relation read with levels below it; those are primed. */
export function settleRelation(value: unknown, { relation, ahead: below }: AheadRead, prime: Prime): unknown {
  if (!below?.length) return value;
  const { many, at } = relations[relation] as { many: boolean; at?: string };
  if (many) return (value as Wrapped[]).map((wrapped) => settleItem(wrapped, below, prime, at));
  return value == null ? null : settleItem(value as Wrapped, below, prime, at);
}

/** The item of a value read with `plan` below it (its node at `at`, or itself); what was read below is primed. */
export function settleItem(wrapped: Wrapped, plan: AheadPlan, prime: Prime, at?: string): Record<string, unknown> {
  primeAhead(wrapped.ahead, plan, (at ? wrapped.item[at] : wrapped.item) as Record<string, unknown>, prime);
  return wrapped.item;
}
