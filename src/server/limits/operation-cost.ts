/**
 * The cost of a GraphQL operation, counting list sizes: a field costs 1 plus its children's cost,
 * and a list or connection field multiplies its children's cost by the number of items it may
 * return — its `first`/`last` argument (literal or variable), else the argument's default in the
 * schema, else LIST_ESTIMATE. So `calls(first: 100) { edges { node { participants { name } } } }`
 * costs 1 + 100 × (1 + 1 + (1 + 10 × 1)) and a deep nest of large pages is refused up front.
 *
 * @example
 *   operationCost(schema, parse('{ calls(first: 5) { edges { node { id } } } }'), {}) // → 1 + 5 × 3 = 16
 */
import {
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  valueFromAST,
  typeFromAST,
  isInputType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  isObjectType,
  isInterfaceType,
  type GraphQLNamedType,
} from 'graphql';

/** Items assumed for a list field that has no `first`/`last`/`limit` to say how many. */
export const LIST_ESTIMATE = 10;
/** Items a connection returns when neither `first` nor `last` is given (the API's default page). */
export const DEFAULT_PAGE = 20;
const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function pageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  for (const name of SIZE_ARGUMENTS) {
    if (typeof args[name] === 'number') return args[name] as number;
  }
  for (const name of SIZE_ARGUMENTS) {
    const def = field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof def === 'number') return def;
  }
  return getNamedType(field.type).name.endsWith('Connection') ? DEFAULT_PAGE : null;
  // A list field without a size argument falls back to the enclosing hint or LIST_ESTIMATE.
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // A variable the request leaves out takes its default from the operation (`$n: Int = 10`).
  const values: Record<string, unknown> = { ...variables };
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type);
    if (values[name] === undefined && def.defaultValue && type && isInputType(type)) values[name] = valueFromAST(def.defaultValue, type, {});
  }

  // `hint`: the size argument of an enclosing object field (contactNetwork(limit: 50) { nodes … }),
  // which bounds the lists directly inside it.
  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType, seen: Set<string>, hint?: number): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue; // cycles are refused by validation anyway
        const on = schema.getType(frag.typeCondition.name.value) ?? parent;
        total += costOf(frag.selectionSet, on, new Set([...seen, frag.name.value]), hint);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) ?? parent : parent;
        total += costOf(sel.selectionSet, on, seen, hint);
      } else {
        if (!(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[sel.name.value];
        if (!field) continue; // unknown fields are refused by validation
        const args: Record<string, unknown> = {};
        for (const arg of sel.arguments ?? []) {
          const def = field.args.find((a) => a.name === arg.name.value);
          if (def) args[arg.name.value] = valueFromAST(arg.value, def.type, values);
        }
        const named = getNamedType(field.type);
        const inConnection = parent.name.endsWith('Connection') && (sel.name.value === 'edges' || sel.name.value === 'nodes');
        const size = pageSize(field, args);
        const many = isList(field.type) || named.name.endsWith('Connection');
        const multiplier = inConnection ? 1 : many ? size ?? hint ?? LIST_ESTIMATE : 1;
        const childHint = !many && size !== null ? size : undefined;
        const children = sel.selectionSet ? costOf(sel.selectionSet, named, seen, childHint) : 0;
        total += 1 + Math.max(0, multiplier) * children;
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}
