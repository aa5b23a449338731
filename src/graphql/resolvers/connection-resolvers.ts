/**
 * The Relay connection types: each field asks the connection for just what it needs, so a query
 * that selects only `totalCount` runs only the count statement, and one without it never counts.
 * `edges` and `pageInfo` share one page load.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Connection } from '../connection.js';
import { pageRequest } from '../relation-fields.js';

const connectionFields = {
  totalCount: (c: Connection) => c.count(),
  // The page statement also reads the relations the nodes select (one level ahead), and only the
  // properties the selection reads.
  edges: async (c: Connection, _: unknown, __: unknown, info: GraphQLResolveInfo) => (await c.page(pageRequest(c.kind, info))).edges,
  // One tick later, so that when `edges` is selected too its call (with what to read ahead) comes first.
  pageInfo: async (c: Connection) => {
    await Promise.resolve();
    return (await c.page()).pageInfo;
  },
};

export const connectionResolvers = {
  CallConnection: connectionFields,
  TweetConnection: connectionFields,
  CommitmentConnection: connectionFields,
  IncidentConnection: connectionFields,
  ActorConnection: connectionFields,
  ArticleConnection: connectionFields,
};
