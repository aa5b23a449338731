/**
 * What a query selects below a field, read from the resolver's `info`: the resolvers that can
 * read ahead (a page's relations) or skip work (a network's contact dates) ask it.
 *
 * @example
 *   selectedFields(info.fieldNodes.map((f) => f.selectionSet), info).get('edges'); // the selections of `edges`
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

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
