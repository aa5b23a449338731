/**
 * The executable schema: the SDL in `schema/*.graphql` (one file per domain, parsed once by
 * src/graph/annotated-sdl.ts), its scalars, and the resolvers in `resolvers/`. Schema-first: the
 * SDL is the contract, read from disk so it stays the one source. What the SDL already says is
 * not written again by hand:
 * - the schema served leaves out the read-model directives (`@relation`, `@stored`,
 *   schema/read-model.graphql): they describe storage, not the API, so introspection and the
 *   printed schema do not show them;
 * - every `@relation` field gets its resolver from the declaration (relationFieldResolvers below),
 *   so a relation field is one line of SDL and its reader's Cypher, no resolver by hand;
 * - every list a node owns (`Leader.calls` …) is one line of `ownedLists`: the list shape it pages
 *   through from the node's key (connection.ts);
 * - every Relay connection type (by convention, an object type named `…Connection`) resolves alike;
 * - an interface's node is of the type implementing it that its `kind` names (`leader`: Leader);
 *   `@stored(as: ["kind"])` on the interface has every statement read it.
 *
 * @example
 *   const yoga = createYoga({ schema: buildSchema(), context: () => createContext({ store }) });
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { getNamedType, GraphQLError, GraphQLScalarType, Kind, print, visit, type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema, type ValueNode } from 'graphql';
import { annotatedSdl } from '../graph/annotated-sdl.js';
import { modelNodeKeys } from '../graph/node-keys.js';
import type { NodeRecord } from '../graph/readers/records.js';
import { relations } from '../graph/readers/relations.js';
import { connection, DEFAULT_PAGE_SIZE, isCalendarDate, pageSize, type Connection, type PageArgs } from './connection.js';
import type { GraphqlContext } from './create-context.js';
import { fieldReads } from './selection-reads.js';
import { ownedLists, relationFields } from './read-model.js';
import { actorResolvers } from './resolvers/actor-resolvers.js';
import { countryResolvers } from './resolvers/country-resolvers.js';
import { factResolvers } from './resolvers/fact-resolvers.js';
import { mutationResolvers } from './resolvers/mutation-resolvers.js';
import { overviewResolvers } from './resolvers/overview-resolvers.js';
import { queryResolvers } from './resolvers/query-resolvers.js';
import { questionResolvers } from './resolvers/question-resolvers.js';
import { searchResolvers } from './resolvers/search-resolvers.js';
import { subscriptionResolvers } from './resolvers/subscription-resolvers.js';

/** The directives that describe storage (schema/read-model.graphql). */
const READ_MODEL_DIRECTIVES: ReadonlySet<string> = new Set(['relation', 'stored']);

/** The SDL as the API serves it: the read-model directives left out. */
function servedTypeDefs(): DocumentNode {
  return visit(annotatedSdl(), {
    [Kind.DIRECTIVE_DEFINITION]: (node) => (READ_MODEL_DIRECTIVES.has(node.name.value) ? null : undefined),
    [Kind.DIRECTIVE]: (node) => (READ_MODEL_DIRECTIVES.has(node.name.value) ? null : undefined),
  });
}

const refuse = (received: string, node?: ValueNode) =>
  new GraphQLError(`Date must be a calendar date written YYYY-MM-DD; received ${received}.`, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });

/**
 * `Date`, a calendar date written YYYY-MM-DD as the graph stores it: input that is not a real date
 * (2022-02-30, 22-3-1, 1646092800) is refused with BAD_USER_INPUT before any resolver runs.
 * `DateTime` is emitted as the ISO string the graph layer produces.
 */
export const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD (ISO 8601), e.g. "2022-03-01".',
  serialize(value) {
    if (isCalendarDate(value)) return value;
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}.`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  },
  parseValue(value) {
    if (isCalendarDate(value)) return value;
    throw refuse(JSON.stringify(value));
  },
  parseLiteral(node) {
    if (node.kind === Kind.STRING && isCalendarDate(node.value)) return node.value;
    throw refuse(print(node), node);
  },
});
const dateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 date-time with offset, e.g. "2022-03-02T10:15:00Z".',
  serialize: (value) => String(value),
});

type Resolver = (node: NodeRecord, args: unknown, ctx: GraphqlContext, info: GraphQLResolveInfo) => unknown;

/**
 * One resolver per `@relation` field of every object type: one load through the request's keyed
 * loader, keyed by the node's key and by the properties its selection reads. A statement that read
 * the relation ahead (a page's, a look-up's, or one a level or more above) primed the loader under
 * that same key (primeAhead, read-ahead.ts), so the load sends no statement; a selection that reads
 * more has another key and is read whole, with what its own selection reads ahead.
 */
function relationFieldResolvers(): Record<string, Record<string, Resolver>> {
  // An interface's fields are resolved by the types implementing it, which inherit its @relation (read-model.ts).
  const types = Object.entries(relationFields).filter(([type]) => !annotatedSdl().definitions.some((d) => d.kind === Kind.INTERFACE_TYPE_DEFINITION && d.name.value === type));
  return Object.fromEntries(
    types.map(([type, fields]) => [
      type,
      Object.fromEntries(
        Object.entries(fields).map(([field, relation]) => {
          // A country is keyed by its code, every other node by its id (schema/constraints.cypher).
          const key = modelNodeKeys()[relations[relation].from];
          // A limited relation (`counterparts(first:)`) reads as many items as its `first` asks.
          const limited = (relations[relation] as { limited?: boolean }).limited;
          const resolve: Resolver = (node, args, ctx, info) => {
            const { properties, plan } = fieldReads(info, relation);
            const take = limited ? pageSize('first', (args as { first?: number | null }).first ?? DEFAULT_PAGE_SIZE) : undefined;
            return ctx.loaders.relations[relation].load(String(node[key]), properties, plan, take);
          };
          return [field, resolve];
        }),
      ),
    ]),
  );
}

/** The object types that resolve an owner's fields: itself, or the types implementing the interface. */
const typesOf = (owner: string) =>
  annotatedSdl().definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && (d.name.value === owner || d.interfaces?.some((i) => i.name.value === owner)) ? [d.name.value] : [],
  );

function ownedListResolvers(): Record<string, Record<string, Resolver>> {
  return Object.fromEntries(
    Object.entries(ownedLists).flatMap(([owner, fields]) => {
      const key = modelNodeKeys()[owner];
      const resolvers = Object.fromEntries(
        Object.entries(fields).map(([field, shape]): [string, Resolver] => [
          field,
          // The items' kind names the cursors: a CallConnection's items are calls.
          (node, args, ctx, info) => connection(ctx.loaders, getNamedType(info.returnType).name.replace(/Connection$/, ''), shape, { owner: String(node[key]) }, args as PageArgs, info),
        ]),
      );
      return typesOf(owner).map((type) => [type, resolvers]);
    }),
  );
}

const connectionFields = {
  totalCount: (c: Connection) => c.count(),
  // One page for both, read with what the connection's selection reads.
  edges: async (c: Connection) => (await c.page()).edges,
  pageInfo: async (c: Connection) => (await c.page()).pageInfo,
};

/** Every Relay connection type of the SDL resolves alike. */
const connectionResolvers = () =>
  Object.fromEntries(
    annotatedSdl().definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value.endsWith('Connection') ? [[d.name.value, connectionFields]] : [])),
  );

/** Every interface of the SDL resolves its node to the implementing type its kind names. */
const interfaceResolvers = () =>
  Object.fromEntries(
    annotatedSdl().definitions.flatMap((d) => {
      if (d.kind !== Kind.INTERFACE_TYPE_DEFINITION) return [];
      const byKind = new Map(typesOf(d.name.value).map((type) => [type.toLowerCase(), type]));
      return [[d.name.value, { __resolveType: (node: NodeRecord) => byKind.get(String(node.kind)) ?? null }]];
    }),
  );

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: servedTypeDefs(),
    resolvers: [
      { Date: dateScalar, DateTime: dateTimeScalar },
      queryResolvers,
      questionResolvers,
      overviewResolvers,
      searchResolvers,
      mutationResolvers,
      subscriptionResolvers,
      actorResolvers,
      countryResolvers,
      factResolvers,
      connectionResolvers(),
      interfaceResolvers(),
      relationFieldResolvers(),
      ownedListResolvers(),
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
