/**
 * The executable schema: the SDL in `schema/*.graphql` (one file per domain, type-defs.ts) and the
 * resolvers in `resolvers/`. Schema-first: the SDL is the contract, read from disk so it stays the one source.
 *
 * @example
 *   const yoga = createYoga({ schema: buildSchema(), context: () => createContext({ store }) });
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { actorResolvers } from './resolvers/actor-resolvers.js';
import { connectionResolvers } from './resolvers/connection-resolvers.js';
import { countryResolvers } from './resolvers/country-resolvers.js';
import { factResolvers } from './resolvers/fact-resolvers.js';
import { mutationResolvers } from './resolvers/mutation-resolvers.js';
import { overviewResolvers } from './resolvers/overview-resolvers.js';
import { queryResolvers } from './resolvers/query-resolvers.js';
import { questionResolvers } from './resolvers/question-resolvers.js';
import { searchResolvers } from './resolvers/search-resolvers.js';
import { scalarResolvers } from './resolvers/scalar-resolvers.js';
import { subscriptionResolvers } from './resolvers/subscription-resolvers.js';
import { typeDefs } from './type-defs.js';

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: typeDefs().served,
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
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
