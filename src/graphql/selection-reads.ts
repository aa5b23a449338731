/**
 * What a query's selection reads from the graph, worked out from a resolver's `info`:
 * - `selectedFields`: the fields selected below a field (through fragments), each with its selections;
 * - `propertiesRead`: which stored properties (docs/graph-model.md) a selection of a node type
 *   reads (read-model.ts), so a statement reads its nodes with only what the query selects
 *   (projectNode, relations.ts); a field the table does not know, or a type without a table,
 *   reads the whole map: that costs speed, never a wrong answer;
 * - `aheadPlan`: what a statement that reads a node (a page's item, a look-up's node, a relation's
 *   item) reads ahead of it: the relation fields selected below it, with their items' properties
 *   and, down to AHEAD_DEPTH levels, the relations selected below those (read-ahead.ts);
 * - `pageRequest`: what a page reads for the selection under its connection's `edges { node { … } }`
 *   (every alias of `edges` together), known when the connection is made, so `edges` and
 *   `pageInfo` load the same page whichever resolves first;
 * - `fieldReads`: what a field's resolver asks its keyed loader for: the properties its selection
 *   reads of a relation's nodes, as a statement reading it ahead works them out (so the resolver
 *   finds what was primed under the same key), the plan below its nodes, and of a look-up's node
 *   the first pages of the lists it owns (`pagesAhead`): so `leader { calls { edges { node {
 *   participants { country { name } } } } } }` is one statement, not one per level.
 *
 * @example
 *   selectedFields(info.fieldNodes.map((f) => f.selectionSet), info).get('edges'); // the selections of `edges`
 *   propertiesRead('Call', nodeSelections, info);  // ['date', 'id'] for `node { id date participants { name } }`
 *   propertiesRead('Actor', participantSelections, info); // ['kind', 'name'] (the key, id, is always read)
 *   pageRequest('Call', info); // { properties: ['id'], ahead: [{ relation: 'participantsOfCall', … }] } for `calls { edges { node { id participants { name } } } }`
 *   fieldReads(info, 'participantsOfCall'); // { properties: ['kind', 'name'], plan: [{ relation: 'countryOfActor', … }] } in Call.participants
 */
import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, Kind, type FieldNode, type GraphQLField, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { AheadPlan, AheadRead } from '../graph/readers/read-ahead.js';
import { relations, type Properties, type RelationName } from '../graph/readers/relations.js';
import type { PageAhead } from '../graph/readers/page-key.js';
import type { PageShapeName } from '../graph/readers/page-shapes.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageAhead } from './connection.js';
import { listOwners, ownedLists, propertiesOfFields, relationFields, type TypeReads } from './read-model.js';

/**
 * The fields selected in `sets` (through inline and named fragments), each with the selections
 * made of it: a field selected twice (under two aliases, say) has both.
 */
export function selectedFields(sets: ReadonlyArray<SelectionSetNode | undefined>, info: GraphQLResolveInfo): Map<string, SelectionSetNode[]> {
  const nodes = selectedFieldNodes(sets, info);
  return new Map([...nodes].map(([name, fields]) => [name, fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []))]));
}

/** The same, each field with its nodes (to read its arguments). */
function selectedFieldNodes(sets: ReadonlyArray<SelectionSetNode | undefined>, info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.set(selection.name.value, [...(fields.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  sets.forEach(visit);
  return fields;
}

/**
 * The properties the selections of a `label` node read, sorted; undefined (read every property)
 * when one of the selected fields is not in the table. Fragments count whatever their type
 * condition: reading a property too many costs little, one too few would be a wrong answer.
 */
export function propertiesRead(label: string, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): string[] | undefined {
  const reads: TypeReads | undefined = propertiesOfFields[label];
  if (!reads) return undefined;
  const properties = new Set(reads.always);
  for (const field of selectedFields(sets, info).keys()) {
    if (field === '__typename') continue;
    const read = Object.hasOwn(reads.fields, field) ? reads.fields[field] : undefined;
    if (!read) return undefined;
    for (const property of read) properties.add(property);
  }
  return [...properties].sort();
}

/** How many levels below a node a statement reads ahead: deeper selections start a statement of their own. */
export const AHEAD_DEPTH = 3;

/**
 * What to read ahead of a `type` node whose selections are `sets`: each relation field selected
 * (read-model.ts), with the properties of its items the selection reads and, down to `depth`
 * levels, what to read ahead of them. A field under @skip or @include counts as selected: reading
 * it costs a little, never a wrong answer.
 */
export function aheadPlan(type: string, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo, depth = AHEAD_DEPTH): AheadPlan {
  const fields = relationFields[type];
  if (!fields || depth < 1) return [];
  const plan: AheadRead[] = [];
  for (const [field, nodes] of selectedFieldNodes(sets, info)) {
    if (!Object.hasOwn(fields, field)) continue;
    const relation = fields[field];
    const { items, at, limited } = relations[relation];
    const take = limited ? takeOf(fieldOf(info, type, field), nodes, info) : undefined;
    if (take === null) continue;
    // The selections of the items' nodes, and their type: a counterpart's node is its `actor`.
    const fieldSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const nodeSets = at ? (selectedFields(fieldSets, info).get(at) ?? []) : fieldSets;
    const itemType = namedTypeOf(fieldOf(info, type, field));
    const nodeType = at && itemType ? namedTypeOf(fieldOf(info, itemType, at)) : itemType;
    const properties = items ? propertiesRead(items, nodeSets, info) : undefined;
    const below = nodeType ? aheadPlan(nodeType, nodeSets, info, depth - 1) : [];
    plan.push({ relation, ...(properties ? { properties } : {}), ...(take === undefined ? {} : { take }), ...(below.length ? { ahead: below } : {}) });
  }
  return plan.sort((a, b) => (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0));
}

function fieldOf(info: GraphQLResolveInfo, type: string, field: string): GraphQLField<unknown, unknown> | undefined {
  const composite = info.schema.getType(type);
  return isObjectType(composite) || isInterfaceType(composite) ? composite.getFields()[field] : undefined;
}

const namedTypeOf = (field: GraphQLField<unknown, unknown> | undefined) => (field ? getNamedType(field.type).name : undefined);

/**
 * The `first` a limited relation's field is asked with, the same in every selection of it; null
 * when the selections differ or the value is not a page size (the field's own resolver reads it,
 * and says what is wrong).
 */
function takeOf(field: GraphQLField<unknown, unknown> | undefined, nodes: readonly FieldNode[], info: GraphQLResolveInfo): number | null {
  if (!field) return null;
  try {
    const firsts = new Set(nodes.map((node) => (getArgumentValues(field, node, info.variableValues).first as number | null | undefined) ?? DEFAULT_PAGE_SIZE));
    const [first] = firsts;
    return firsts.size === 1 && Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE ? first : null;
  } catch {
    return null;
  }
}

/** What a page reads: what to read ahead of each node, and the nodes' properties the selection reads (absent: all). */
export interface PageRequest { ahead: AheadPlan; properties?: string[] }

/** What a page reads for the selection under its connection's `edges { node { … } }` (`sets`: the connection field's). */
export function pageRequest(type: string, info: GraphQLResolveInfo, sets?: ReadonlyArray<SelectionSetNode | undefined>): PageRequest {
  // The connection field's own selection: the same for every request of a compiled query with these variables.
  if (!sets) return sameSelection(info, `page\n${type}`, () => pageRequestOf(type, info, info.fieldNodes.map((field) => field.selectionSet)));
  return pageRequestOf(type, info, sets);
}

function pageRequestOf(type: string, info: GraphQLResolveInfo, sets: ReadonlyArray<SelectionSetNode | undefined>): PageRequest {
  const edges = selectedFields(sets, info).get('edges') ?? [];
  const nodes = selectedFields(edges, info).get('node') ?? [];
  const properties = propertiesRead(type, nodes, info);
  return { ahead: aheadPlan(type, nodes, info), ...(properties ? { properties } : {}) };
}

// What a field's selection reads is the same for every node of a list: graphql-js hands each the
// same fieldNodes array and variables, so it is worked out once per array and variables.
const readByField = new WeakMap<readonly FieldNode[], WeakMap<object, FieldReads>>();

/**
 * What a selection reads depends on its field nodes (their document's), the schema and the values
 * of the variables its arguments name, and nothing else; a compiled query (graphql-jit) hands the
 * same fieldNodes array to every request of the document, so what one request worked out serves
 * the next with equal variables (bench/results/q2-cpu-ab.md: Q3's look-up plan). Kept per array
 * (dropped with its document) by the variables' JSON, for at most SAME_SELECTION_VARIABLES
 * distinct values, and only for short variables.
 */
const acrossRequests = new WeakMap<readonly FieldNode[], { schema: object; byVariables: Map<string, unknown> }>();
const SAME_SELECTION_VARIABLES = 64;
const SHORT_VARIABLES = 1_000;

function sameSelection<T>(info: GraphQLResolveInfo, part: string, work: () => T): T {
  const variables = JSON.stringify(info.variableValues);
  if (variables.length > SHORT_VARIABLES) return work();
  let kept = acrossRequests.get(info.fieldNodes);
  if (!kept || kept.schema !== info.schema) acrossRequests.set(info.fieldNodes, (kept = { schema: info.schema, byVariables: new Map() }));
  const key = `${part}\n${variables}`;
  if (kept.byVariables.has(key)) return kept.byVariables.get(key) as T;
  const value = work();
  if (kept.byVariables.size >= SAME_SELECTION_VARIABLES) kept.byVariables.clear();
  kept.byVariables.set(key, value);
  return value;
}

interface FieldReads { properties: Properties; plan: AheadPlan; pages: PageAhead[] }

const responseKey = (node: FieldNode) => node.alias?.value ?? node.name.value;

/**
 * The pages of lists a `type` node owns (read-model.ts) that its selections open (`edges` or `pageInfo`;
 * `calls { totalCount }` reads no page), each as its connection will load it (connection.ts, pageAhead):
 * a field under two aliases is two connections.
 */
function pagesAhead(type: string, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): PageAhead[] {
  const owner = listOwners[type];
  const lists: Readonly<Record<string, PageShapeName>> = owner ? ownedLists[owner.label] : {};
  const pages = new Map<string, PageAhead>();
  for (const [field, nodes] of selectedFieldNodes(sets, info)) {
    const definition = Object.hasOwn(lists, field) ? fieldOf(info, type, field) : undefined;
    if (!definition) continue;
    const kind = namedTypeOf(definition)!.replace(/Connection$/, '');
    for (const alias of new Set(nodes.map(responseKey))) {
      const named = nodes.filter((node) => responseKey(node) === alias);
      const opened = selectedFields(named.map((node) => node.selectionSet), info);
      if (!opened.has('edges') && !opened.has('pageInfo')) continue;
      try {
        const args = getArgumentValues(definition, named[0], info.variableValues);
        const page = pageAhead(kind, lists[field], owner.key, args, pageRequest(kind, info, named.map((node) => node.selectionSet)));
        pages.set(JSON.stringify(page), page);
      } catch {
        // A bad argument reads nothing ahead: the field's own resolver says what is wrong.
      }
    }
  }
  return [...pages.values()];
}

const setsOf = (info: GraphQLResolveInfo) => info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));

/** What a field's resolver asks its keyed loader for (see above); its nodes' type is the schema's. */
export function fieldReads(info: GraphQLResolveInfo, relation?: RelationName): FieldReads {
  const byVariables = readByField.get(info.fieldNodes) ?? new WeakMap<object, FieldReads>();
  readByField.set(info.fieldNodes, byVariables);
  const known = byVariables.get(info.variableValues);
  if (known) return known;
  const reads = sameSelection(info, 'field', () => workFieldReads(info, relation));
  byVariables.set(info.variableValues, reads);
  return reads;
}

function workFieldReads(info: GraphQLResolveInfo, relation?: RelationName): FieldReads {
  const { items, at } = relation ? relations[relation] : { items: undefined, at: undefined };
  const type = getNamedType(info.returnType).name;
  const sets = at ? (selectedFields(setsOf(info), info).get(at) ?? []) : setsOf(info);
  const nodeType = at ? namedTypeOf(fieldOf(info, type, at)) : type;
  return {
    properties: items ? propertiesRead(items, sets, info) : undefined,
    plan: nodeType ? aheadPlan(nodeType, sets, info) : [],
    // Only a look-up (no relation) reads pages with its node.
    pages: nodeType && !relation ? pagesAhead(nodeType, sets, info) : [],
  };
}
