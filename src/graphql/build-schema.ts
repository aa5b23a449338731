/**
 * The executable schema: the SDL in `schema/*.graphql` (one file per domain, parsed once by
 * src/graph/annotated-sdl.ts) and the resolvers in `resolvers/`. Schema-first: the SDL is the
 * contract, read from disk so it stays the one source. Two things come from the SDL itself:
 * - the schema served leaves out the read-model directives (`@relation`, `@stored`,
 *   schema/read-model.graphql): they describe storage, not the API, so introspection and the
 *   printed schema do not show them;
 * - every `@relation` field gets its resolver from the declaration (relationFieldResolvers below),
 *   so a relation field is one line of SDL and its reader's Cypher, no resolver by hand.
 *
 * @example
 *   const yoga = createYoga({ schema: buildSchema(), context: () => createContext({ store }) });
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Kind, visit, type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { annotatedSdl } from '../graph/annotated-sdl.js';
import { modelNodeKeys } from '../graph/node-keys.js';
import type { NodeRecord } from '../graph/readers/records.js';
import { relations } from '../graph/readers/relations.js';
import type { GraphqlContext } from './create-context.js';
import { fieldReads } from './selection-reads.js';
import { DEFAULT_PAGE_SIZE, pageSize } from './page-args.js';
import { relationFields } from './read-model.js';
import { actorResolvers } from './resolvers/actor-resolvers.js';
import { connectionResolvers } from './connection.js';
import { countryResolvers } from './resolvers/country-resolvers.js';
import { factResolvers } from './resolvers/fact-resolvers.js';
import { mutationResolvers } from './resolvers/mutation-resolvers.js';
import { overviewResolvers } from './resolvers/overview-resolvers.js';
import { queryResolvers } from './resolvers/query-resolvers.js';
import { questionResolvers } from './resolvers/question-resolvers.js';
import { searchResolvers } from './resolvers/search-resolvers.js';
import { scalarResolvers } from './resolvers/scalar-resolvers.js';
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

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: servedTypeDefs(),
    resolvers: [
      scalarResolvers,
      queryResolvers,
      questionResolvers,
      overviewResolvers,
      searchResolvers,
      mutationResolvers,
      subscriptionResolvers,
      actorResolvers,
      countryResolvers,
      factResolvers,
      connectionResolvers,
      relationFieldResolvers(),
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
