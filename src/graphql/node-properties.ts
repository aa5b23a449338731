/**
 * Which stored properties (docs/graph-model.md) a selection of a node type reads, so that a page
 * reads its nodes, and the nodes it reads ahead, with only what the query selects
 * (node-projection.ts). What each field reads is derived from the SDL (read-model.ts); a field
 * it does not know, or a type without a table, reads the whole map: that costs speed, never a
 * wrong answer.
 *
 * @example
 *   // edges { node { id date participants { name } } } of a CallConnection:
 *   propertiesRead('Call', nodeSelections, info); // ['date', 'id']
 *   propertiesRead('Actor', participantSelections, info); // ['kind', 'name'] (the key, id, is always read)
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { propertiesOfFields, type TypeReads } from './read-model.js';
import { selectedFields } from './selected-fields.js';

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
