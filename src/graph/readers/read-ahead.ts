/**
 * Reading the next levels ahead: a statement that reads nodes (a page's items, a look-up's node)
 * also reads the relations the query selects of them, and the relations of those relations'
 * items, down to the plan's depth, so a query nested three levels deep is one round trip, not
 * three. What to read is an `AheadPlan`, worked out from the query's selection
 * (src/graphql/selection-reads.ts). A value read with levels below it comes as `{item, ahead}` (relationValue), its levels below
 * read in a `CALL (anchorN) { … }` that imports only the item's node, under a name of its depth:
 * a COLLECT subquery sees every variable of the subqueries around it (a reader's `n` reused one
 * level down silently binds to the outer `n`), and Neo4j refuses `k` rebound inside nested
 * subqueries. A limited relation's `take` is a parameter named by its path (planParams).
 *
 * The values go back to the API plain (primeAhead, below): each relation value read ahead of a
 * node is handed to `prime` (the request's keyed loader) under the key its field's resolver loads
 * it with (the node's key, the properties its selection reads), the levels below it likewise; an
 * item read with levels below it is settled from `{item, ahead}` to its `item`.
 *
 * @example
 *   const plan: AheadPlan = [{ relation: 'participantsOfCall', properties: ['name'], ahead: [{ relation: 'countryOfActor', properties: ['name'] }] }];
 *   mergePlans([plan, [{ relation: 'topicsOfCall' }]]); // participantsOfCall (with its countries) and topicsOfCall
 *   pageEnd(plan); // … CALL (value) { UNWIND value AS entry CALL (entry) { … participantsOfCall: COLLECT { … } … } }
 *   primeAhead(item.ahead, plan, call, loaders.prime); // primes participantsOfCall of the call, and countryOfActor of each participant
 */
import type { Statement } from '../graph-store.js';
import { mergeProperties, nodeWithTextDates, projectNode, type Properties } from './relations.js';
import { keyProperty, relations, type ItemReturn, type Relation, type RelationName } from './relations.js';

/** One relation to read ahead of a node: its items' properties (absent: all) and what to read ahead of them. */
export interface AheadRead {
  relation: RelationName;
  properties?: readonly string[];
  /** For a limited relation (`counterparts(first:)`): how many items. */
  take?: number;
  ahead?: AheadPlan;
}

/** The relations to read ahead of a node, sorted by name (part of the statement's text). */
export type AheadPlan = readonly AheadRead[];

/**
 * What a statement reads ahead when each of its keys asks for a plan: every relation some key
 * asks for, its items read with all that any key reads, and the levels below merged alike. A
 * limited relation asked for with different takes is left out: its fields read it themselves.
 */
export function mergePlans(plans: ReadonlyArray<AheadPlan | undefined>): AheadPlan {
  const names = [...new Set(plans.flatMap((plan) => (plan ?? []).map((read) => read.relation)))].sort();
  return names.flatMap((relation) => {
    const asking = plans.flatMap((plan) => (plan ?? []).filter((read) => read.relation === relation));
    const take = asking[0].take;
    if (asking.some((read) => read.take !== take)) return [];
    const properties: Properties = relations[relation].items ? mergeProperties(asking.map((read) => read.properties)) : undefined;
    const below = mergePlans(asking.map((read) => read.ahead));
    return [{ relation, ...(properties ? { properties } : {}), ...(take === undefined ? {} : { take }), ...(below.length ? { ahead: below } : {}) }];
  });
}

/** The `take` parameters of a plan's limited relations, named by their path from the statement's node. */
export function planParams(plan: AheadPlan, path = ''): Record<string, number> {
  return Object.assign(
    {},
    ...plan.map((read) => ({
      ...(read.take === undefined ? {} : { [takeParam(`${path}_${read.relation}`)]: read.take }),
      ...planParams(read.ahead ?? [], `${path}_${read.relation}`),
    })),
  );
}

/**
 * The end of a page statement (page-statement.ts): returns each key's `items`, cut to its take,
 * with the relations of `plan` read for every item from its node (carried as `k` through the
 * page, dropped at the end), in a subquery that sees nothing else.
 */
export function pageEnd(plan: AheadPlan): string {
  if (plan.length === 0) return 'RETURN key.i AS key, items[..toInteger(key.take)] AS value';
  const value = (read: AheadRead) => relationValue(read.relation, read.properties, read.ahead, { depth: 1, k: 'k', path: `_${read.relation}` });
  const values = plan.map((read) => `${read.relation}: ${value(read).replace(/\n/g, '\n      ')}`).join(',\n      ');
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

/** Where a value is read: its depth below the statement's node, that node's variable, and the path of relations to it (naming its `take` parameter). */
export interface ValueAt {
  depth: number;
  k: string;
  path: string;
}

/** The parameter that holds the `take` of the relation read at `path` (read-ahead.ts, planParams). */
export const takeParam = (path: string) => `take${path}`;

/** The levels below the node bound as `k` that `plan` reads ahead: a map of each relation's value. */
export function aheadMap(plan: AheadPlan, { depth, k, path }: ValueAt): string {
  const values = plan.map((read) => {
    const value = relationValue(read.relation, read.properties, read.ahead, { depth, k, path: `${path}_${read.relation}` });
    return `${read.relation}: ${value.replace(/\n/g, '\n  ')}`;
  });
  return `{\n  ${values.join(',\n  ')}\n}`;
}

/**
 * `WITH <carry>item, anchor<depth>` and the subquery that reads `plan` ahead of node `v`, as
 * `ahead`; the caller returns `{item: item, ahead: ahead}`. The subquery imports only the anchor,
 * and the relations below start from it under its own name: Neo4j refuses a `k` rebound inside
 * nested subqueries, and a COLLECT subquery sees the variables of those around it.
 */
export function readAheadOf(v: string, item: string, plan: AheadPlan, { depth, path }: Omit<ValueAt, 'k'>, carry = ''): string {
  const anchor = `anchor${depth}`;
  // The anchor projected beside the map: a relation that aggregates needs it as a grouping key.
  return `WITH ${carry}${item} AS item, ${v} AS ${anchor}
CALL (${anchor}) {
  WITH ${anchor}, ${aheadMap(plan, { depth: depth + 1, k: anchor, path }).replace(/\n/g, '\n  ')} AS ahead
  RETURN ahead
}`;
}

/**
 * The expression of a relation's value for the node bound as `at.k`, `at.depth` levels below the
 * node the statement starts from: its list, or its first item. `properties` narrows the maps of
 * the items' nodes (a relation that yields nodes: `items`); absent, they are whole. `plan`: the
 * levels to read ahead of each item.
 */
export function relationValue(name: RelationName, properties?: Properties, plan?: AheadPlan, at: ValueAt = { depth: 1, k: 'k', path: '' }): string {
  const { many: isMany, body, items } = relations[name] as Relation;
  const item: ItemReturn = (v, shape = (node) => node) => {
    const own = shape(items ? projectNode(v, items, properties) : nodeWithTextDates(v));
    if (!plan?.length) return `RETURN ${own} AS item`;
    return `${readAheadOf(v, own, plan, at)}\nRETURN {item: item, ahead: ahead} AS item`;
  };
  const collected = `COLLECT {\n  ${body(item, at.k, `$${takeParam(at.path)}`)}\n}`;
  return isMany ? collected : `head(${collected})`;
}

/**
 * One row per key: the relation's value, with `plan` read ahead of each item; a limited
 * relation's items capped at `take` (every key of the statement alike).
 */
export function relationStatement(name: RelationName, keys: readonly string[], plan?: AheadPlan, take?: number): Statement {
  const { from } = relations[name];
  // A key with no node gets k = null, hence no neighbours. k stays in the projection beside the
  // value: a relation that aggregates needs it as a grouping key.
  const cypher = `UNWIND $keys AS key
OPTIONAL MATCH (k:${from} {${keyProperty(from)}: key})
WITH key, k, ${relationValue(name, undefined, plan)} AS value
RETURN key, value`;
  return { cypher, params: { keys: [...keys], ...(take === undefined ? {} : { [takeParam('')]: take }), ...planParams(plan ?? [], '') } };
}

/** Answers a later load of `relation` for the node with this key, these properties and this take. */
export type Prime = (relation: RelationName, key: string, properties: Properties, value: unknown, take?: number) => void;

interface Wrapped {
  item: Record<string, unknown>;
  ahead: Record<string, unknown>;
}

/** Primes each relation of `plan` read ahead of `node` (its values in `ahead`), and what was read below them. */
export function primeAhead(ahead: Record<string, unknown> | undefined, plan: AheadPlan, node: Record<string, unknown>, prime: Prime): void {
  for (const read of plan) {
    const key = node[keyProperty(relations[read.relation].from)];
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
