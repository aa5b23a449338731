/**
 * The Relay connection types: each field asks the connection for just what it needs, so a query
 * that selects only `totalCount` runs only the count statement, and one without it never counts.
 * `edges` and `pageInfo` share one page load.
 */
import type { Connection } from '../connection.js';

const connectionFields = {
  totalCount: (c: Connection) => c.count(),
  // One page for both, read with what the connection's selection reads (connection.ts).
  edges: async (c: Connection) => (await c.page()).edges,
  pageInfo: async (c: Connection) => (await c.page()).pageInfo,
};

export const connectionResolvers = {
  CallConnection: connectionFields,
  TweetConnection: connectionFields,
  CommitmentConnection: connectionFields,
  IncidentConnection: connectionFields,
  ActorConnection: connectionFields,
  ArticleConnection: connectionFields,
};
