/**
 * The fields whose statements can read a large part of the graph (traversals and aggregations),
 * and the check whether an operation selects any of them. Only such operations pass through the
 * admission queue; `{ __typename }`, a leader's page of calls, /health never wait behind them.
 *
 * @example
 *   selectsHeavyField(schema, parse('{ contactNetwork(center: "joe-biden", depth: 3) { nodes { id } } }')); // true
 *   selectsHeavyField(schema, parse('{ leader(name: "Biden") { name } }')); // false
 */
import { isInterfaceType, isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

export interface HeavyField {
  /** An object type or an interface (then every type implementing it). */
  type: string;
  field: string;
  reason: string;
}

export const HEAVY_FIELDS: readonly HeavyField[] = [
  { type: 'Query', field: 'contactNetwork', reason: 'expands calls up to depth 3 from the centre: thousands of actors and edges' },
  { type: 'Query', field: 'contactPath', reason: 'a shortest-path search over every call relation, up to maxHops' },
  { type: 'Query', field: 'dyad', reason: 'reads and buckets every call the two actors shared' },
  { type: 'Query', field: 'timeline', reason: 'reads every fact of an actor or a country, to sort them by date' },
  { type: 'Query', field: 'countryContacts', reason: 'aggregates every call of the window by country pair' },
  { type: 'Query', field: 'mostActiveActors', reason: 'counts every call of the window by actor' },
];
// Not heavy: `Actor.counterparts`, which once counted every call of the actor by counterpart, reads
// one contact-aggregate edge per counterpart since issue 19 (CONTACTED, docs/graph-model.md) — a
// page of calls' cost, not a traversal; nested lists of it stay bounded by the cost limit.

function isHeavy(heavyFields: readonly HeavyField[], parent: GraphQLNamedType | null | undefined, field: string): boolean {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return false;
  const names = new Set([parent.name, ...parent.getInterfaces().map((i) => i.name)]);
  return heavyFields.some((h) => h.field === field && names.has(h.type));
}

const caches = new WeakMap<readonly HeavyField[], WeakMap<DocumentNode, boolean>>();

/** True when any operation or fragment of the (validated) document selects one of `heavyFields` (HEAVY_FIELDS by default). */
export function selectsHeavyField(schema: GraphQLSchema, document: DocumentNode, heavyFields: readonly HeavyField[] = HEAVY_FIELDS): boolean {
  let cache = caches.get(heavyFields);
  if (!cache) caches.set(heavyFields, (cache = new WeakMap()));
  const known = cache.get(document);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(schema);
  let heavy = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (isHeavy(heavyFields, typeInfo.getParentType(), node.name.value)) heavy = true;
      },
    }),
  );
  cache.set(document, heavy);
  return heavy;
}
