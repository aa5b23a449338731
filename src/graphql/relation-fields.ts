/**
 * The resolvers of the fields that are one hop from their node (`@relation(reader:)` in the SDL,
 * read-model.ts): each is one load through the request's keyed loader, keyed by the node and by
 * the properties its selection reads. A page that read the relation ahead primed the loader under
 * that same key (connection.ts), so the load is answered without a statement; what a page read
 * narrowly never answers a selection that reads more, since that one's key differs.
 *
 * @example
 *   relationResolvers('Call').participants(call, {}, ctx, info);
 *   // ctx.loaders.relations.participantsOfCall.load(call.id, ['kind', 'name']) for `participants { name }`
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Properties } from '../graph/readers/node-projection.js';
import { relations, type RelationName } from '../graph/readers/relations.js';
import type { NodeRecord } from '../graph/readers/records.js';
import type { GraphqlContext } from './create-context.js';
import { propertiesRead } from './node-properties.js';
import { relationFields } from './read-model.js';

type Resolver = (n: NodeRecord, args: unknown, ctx: GraphqlContext, info: GraphQLResolveInfo) => unknown;

// The properties a field's selection reads are the same for every node of a list: graphql-js
// hands each the same fieldNodes array, so they are worked out once per array.
const readByField = new WeakMap<readonly FieldNode[], Properties>();

/** The properties of a relation's nodes that this field's selection reads (page-request.ts reads them alike). */
export function relationProperties(relation: RelationName, info: GraphQLResolveInfo): Properties {
  const items = relations[relation].items;
  if (!items) return undefined;
  if (!readByField.has(info.fieldNodes)) {
    const sets = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
    readByField.set(info.fieldNodes, propertiesRead(items, sets, info));
  }
  return readByField.get(info.fieldNodes);
}

/** One resolver per `@relation` field of `type`. */
export function relationResolvers(type: string): Record<string, Resolver> {
  const fields = relationFields[type] ?? {};
  return Object.fromEntries(
    Object.entries(fields).map(([field, relation]) => [
      field,
      (n: NodeRecord, _: unknown, ctx: GraphqlContext, info: GraphQLResolveInfo) =>
        ctx.loaders.relations[relation].load(n.id, relationProperties(relation, info)),
    ]),
  );
}
