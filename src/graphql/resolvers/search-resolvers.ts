/**
 * `search` and `topic`, and the types they return: a hit's node becomes the member of
 * `SearchResult` its label (and, for actors, its kind) names. A topic's `calls` is a list it owns
 * (`ownedLists`, build-schema.ts).
 */
import type { SearchHitRecord } from '../../graph/readers/full-text-search.js';
import type { GraphqlContext } from '../create-context.js';
import { search } from '../search.js';

type Ctx = GraphqlContext;
type SearchNode = SearchHitRecord['node'] & { __label: SearchHitRecord['label'] };
const actorTypes: Record<string, string> = { leader: 'Leader', official: 'Official', institution: 'Institution' };

export const searchResolvers = {
  Query: {
    search: (_: unknown, args: { text: string; first?: number }, ctx: Ctx) => search(ctx.loaders, args),
    topic: (_: unknown, { name }: { name: string }, ctx: Ctx) =>
      ctx.loaders.lookups.topicByName.load(name.trim().replace(/\s+/g, ' ').toLowerCase()),
  },
  SearchHit: {
    // The label travels with the node so the union can tell a Country from a Topic.
    node: (hit: SearchHitRecord): SearchNode => ({ ...hit.node, __label: hit.label }),
  },
  SearchResult: {
    __resolveType: (node: SearchNode) => (node.__label === 'Actor' ? actorTypes[String(node.kind)] : node.__label),
  },
};
