/**
 * Reading the next levels ahead: a statement that reads nodes (a page's items, a look-up's node)
 * also reads the relations the query selects of them, and the relations of those relations'
 * items, down to the plan's depth, so a query nested three levels deep is one round trip, not
 * three. What to read is an `AheadPlan`, worked out from the query's selection
 * (src/graphql/selection-reads.ts); the API primes each value read ahead into the request's
 * keyed loader under the key its field will load it with (src/graphql/loaders/settle-ahead.ts).
 * A value read with levels below it comes as `{item, ahead}` (relations.ts, relationValue).
 *
 * @example
 *   const plan: AheadPlan = [{ relation: 'participantsOfCall', properties: ['name'], ahead: [{ relation: 'countryOfActor', properties: ['name'] }] }];
 *   mergePlans([plan, [{ relation: 'topicsOfCall' }]]); // participantsOfCall (with its countries) and topicsOfCall
 *   pageEnd(plan); // … CALL (value) { UNWIND value AS entry CALL (entry) { … participantsOfCall: COLLECT { … } … } }
 */
import { mergeProperties, type Properties } from './node-projection.js';
import { relations, relationValue, type RelationName } from './relations.js';

/** One relation to read ahead of a node: its items' properties (absent: all) and what to read ahead of them. */
export interface AheadRead {
  relation: RelationName;
  properties?: readonly string[];
  ahead?: AheadPlan;
}

/** The relations to read ahead of a node, sorted by name (part of the statement's text). */
export type AheadPlan = readonly AheadRead[];

/**
 * What a statement reads ahead when each of its keys asks for a plan: every relation some key
 * asks for, its items read with all that any key reads, and the levels below merged alike.
 */
export function mergePlans(plans: ReadonlyArray<AheadPlan | undefined>): AheadPlan {
  const names = [...new Set(plans.flatMap((plan) => (plan ?? []).map((read) => read.relation)))].sort();
  return names.map((relation) => {
    const asking = plans.flatMap((plan) => (plan ?? []).filter((read) => read.relation === relation));
    const properties: Properties = relations[relation].items ? mergeProperties(asking.map((read) => read.properties)) : undefined;
    const below = mergePlans(asking.map((read) => read.ahead));
    return { relation, ...(properties ? { properties } : {}), ...(below.length ? { ahead: below } : {}) };
  });
}

/**
 * The end of a page statement (page-statement.ts): returns each key's `items`, cut to its take,
 * with the relations of `plan` read for every item from its node (carried as `k` through the
 * page, dropped at the end), in a subquery that sees nothing else.
 */
export function pageEnd(plan: AheadPlan): string {
  if (plan.length === 0) return 'RETURN key.i AS key, items[..toInteger(key.take)] AS value';
  const values = plan.map((read) => `${read.relation}: ${relationValue(read.relation, read.properties, read.ahead).replace(/\n/g, '\n      ')}`).join(',\n      ');
  return `WITH key.i AS page, items[..toInteger(key.take)] AS value
CALL (value) {
  UNWIND value AS entry
  CALL (entry) {
    WITH entry.k AS k
    // k projected beside the map: a relation that aggregates needs it as a grouping key.
    WITH k, {
      ${values}
    } AS ahead
    RETURN ahead
  }
  RETURN collect(entry {.node, .sortDate, ahead: ahead}) AS withAhead
}
RETURN page AS key, withAhead AS value`;
}
