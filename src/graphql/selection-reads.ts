/**
 * What a query's selection reads from the graph, worked out from a resolver's `info`:
 * - `selectedFields`: the fields selected below a field (through fragments), each with its
 *   selections; the resolvers that can read ahead or skip work ask it;
 * - `propertiesRead`: which stored properties (docs/graph-model.md) a selection of a node type
 *   reads, from the SDL-derived tables of read-model.ts, so a page reads its nodes, and the nodes
 *   it reads ahead, with only what the query selects (node-projection.ts); a field the table does
 *   not know, or a type without a table, reads the whole map: that costs speed, never a wrong answer;
 * - `pageRequest`: what a page reads for the selection under its connection's
 *   `edges { node { … } }` (every alias of `edges` together): the relations of the nodes to read
 *   one level ahead (relations.ts, pageEnd) and the properties of the nodes and of those relations' nodes.
 *   Known when the connection is made, so `edges` and `pageInfo` load the same page whichever
 *   resolves first;
 * - `relationProperties`: what a relation field's selection reads of the relation's nodes, worked
 *   out as a page reading it ahead works it out, so the field's resolver (build-schema.ts) finds
 *   what the page primed under the same key.
 *
 * @example
 *   selectedFields(info.fieldNodes.map((f) => f.selectionSet), info).get('edges'); // the selections of `edges`
 *   propertiesRead('Call', nodeSelections, info);  // ['date', 'id'] for `node { id date participants { name } }`
 *   propertiesRead('Actor', participantSelections, info); // ['kind', 'name'] (the key, id, is always read)
 *   pageRequest('Call', info); // for `calls { edges { node { id participants { name } topics } } }`:
 *   // { ahead: ['participantsOfCall', 'topicsOfCall'], properties: ['id'], aheadProperties: { participantsOfCall: ['kind', 'name'] } }
 *   relationProperties('participantsOfCall', info); // ['kind', 'name'] in Call.participants for `participants { name }`
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Properties } from '../graph/readers/node-projection.js';
import { relations, type RelationName } from '../graph/readers/relations.js';
import { propertiesOfFields, relationFields, type TypeReads } from './read-model.js';

/**
 * The fields selected in `sets` (through inline and named fragments), each with the selections
 * made of it: a field selected twice (under two aliases, say) has both.
 */
export function selectedFields(sets: ReadonlyArray<SelectionSetNode | undefined>, info: GraphQLResolveInfo): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const own = fields.get(selection.name.value) ?? [];
        if (selection.selectionSet) own.push(selection.selectionSet);
        fields.set(selection.name.value, own);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
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

export interface PageRequest {
  /** Relations of the nodes to read with the page, sorted. */
  ahead: RelationName[];
  /** The nodes' properties the selection reads; absent: all of them. */
  properties?: string[];
  /** For each relation read ahead that yields nodes, their properties the selection reads (absent: all). */
  aheadProperties?: Partial<Record<RelationName, string[]>>;
}

/** A field under @skip or @include counts as selected: reading it costs a little, never a wrong answer. */
export function pageRequest(type: string, info: GraphQLResolveInfo): PageRequest {
  const fields = relationFields[type] ?? {};
  const edges = selectedFields(info.fieldNodes.map((field) => field.selectionSet), info).get('edges') ?? [];
  const nodes = selectedFields(edges, info).get('node') ?? [];
  const ahead: RelationName[] = [];
  const aheadProperties: Partial<Record<RelationName, string[]>> = {};
  for (const [field, sets] of selectedFields(nodes, info)) {
    if (!Object.hasOwn(fields, field)) continue;
    const relation = fields[field];
    ahead.push(relation);
    const items = relations[relation].items;
    const read = items ? propertiesRead(items, sets, info) : undefined;
    if (read) aheadProperties[relation] = read;
  }
  ahead.sort();
  const properties = propertiesRead(type, nodes, info);
  return {
    ahead,
    ...(properties ? { properties } : {}),
    ...(Object.keys(aheadProperties).length ? { aheadProperties } : {}),
  };
}

// The properties a field's selection reads are the same for every node of a list: graphql-js
// hands each the same fieldNodes array, so they are worked out once per array.
const readByField = new WeakMap<readonly FieldNode[], Properties>();

/** The properties of a relation's nodes that this field's selection reads, as a page reading it ahead works them out. */
export function relationProperties(relation: RelationName, info: GraphQLResolveInfo): Properties {
  const items = relations[relation].items;
  if (!items) return undefined;
  if (!readByField.has(info.fieldNodes)) {
    const sets = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
    readByField.set(info.fieldNodes, propertiesRead(items, sets, info));
  }
  return readByField.get(info.fieldNodes);
}
