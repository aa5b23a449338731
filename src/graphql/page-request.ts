/**
 * What a page reads for the selection under its connection's `edges { node { … } }` (every alias
 * of `edges` together): the relations of the nodes to read one level ahead (page-ahead.ts), and
 * the properties of the nodes and of those relations' nodes (node-properties.ts). Known when the
 * connection is made, so `edges` and `pageInfo` load the same page whichever resolves first. A
 * relation field's resolver (build-schema.ts) works out what its selection reads alike
 * (`relationProperties`), so it finds what the page primed under the same key.
 *
 * @example
 *   pageRequest('Call', info); // for `calls { edges { node { id participants { name } topics } } }`:
 *   // { ahead: ['participantsOfCall', 'topicsOfCall'], properties: ['id'], aheadProperties: { participantsOfCall: ['kind', 'name'] } }
 *   relationProperties('participantsOfCall', info); // ['kind', 'name'] in Call.participants for `participants { name }`
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Properties } from '../graph/readers/node-projection.js';
import { relations, type RelationName } from '../graph/readers/relations.js';
import { propertiesRead } from './node-properties.js';
import { relationFields } from './read-model.js';
import { selectedFields } from './selected-fields.js';

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
