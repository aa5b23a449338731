/**
 * `search` and `topic`, and the types they return: a hit's node becomes the member of
 * `SearchResult` its label (and, for actors, its kind) names. A topic's `calls` is a list it owns
 * (`ownedLists`, build-schema.ts); `topic(name:)` is a look-up, so it reads the first page of its
 * calls that the query opens in its own statement, as `leader` and `country` do (selection-reads.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { SearchHitRecord } from '../../graph/readers/full-text-search.js';
import type { GraphqlContext } from '../create-context.js';
import { search } from '../search.js';
import { fieldReads } from '../selection-reads.js';

type Ctx = GraphqlContext;
type SearchNode = SearchHitRecord['node'] & { __label: SearchHitRecord['label'] };
const actorTypes: Record<string, string> = { leader: 'Leader', official: 'Official', institution: 'Institution' };

export const searchResolvers = {
  Query: {
    search: (_: unknown, args: { text: string; first?: number }, ctx: Ctx) => search(ctx.loaders, args),
    topic: (_: unknown, { name }: { name: string }, ctx: Ctx, info: GraphQLResolveInfo) => {
      const { plan, pages } = fieldReads(info);
      return ctx.loaders.lookups.topicByName.load(name.trim().replace(/\s+/g, ' ').toLowerCase(), undefined, plan, undefined, pages);
    },
  },
  SearchHit: {
    // The label travels with the node so the union can tell a Country from a Topic.
    node: (hit: SearchHitRecord): SearchNode => ({ ...hit.node, __label: hit.label }),
  },
  SearchResult: {
    __resolveType: (node: SearchNode) => (node.__label === 'Actor' ? actorTypes[String(node.kind)] : node.__label),
  },
};
