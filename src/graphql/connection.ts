/**
 * A Relay connection over one list shape, resolved lazily: `edges` and `pageInfo` share one page
 * load (one batched statement for every connection of the same shape and order in the request),
 * `totalCount` runs the count statement, and only what the client selected is ever run. What the
 * page reads — its nodes' properties, their relations and the levels below them (read-ahead.ts) —
 * is worked out from the connection field's own selection when the connection is made
 * (selection-reads.ts), so it does not matter which of `edges` and `pageInfo` resolves first.
 * What it read ahead primes the request's keyed loader (primeAhead, read-ahead.ts), where the
 * nodes' relation fields, and theirs, find it (build-schema.ts). A page
 * read backward comes from the reader in reverse and is turned round here. The connection types'
 * resolvers (`connectionResolvers`) ask it for just what their field needs: a query that selects
 * only `totalCount` runs only the count statement, and one without it never counts.
 *
 * @example
 *   // Leader.calls(first: 2)
 *   connection(ctx.loaders, 'Call', 'callsOfActor', { owner: leader.id }, { first: 2 }, info);
 *   // calls(last: 2, before: $cursor, orderBy: { direction: ASC })
 *   connection(ctx.loaders, 'Call', 'calls', {}, { last: 2, before: cursor, orderBy: { direction: 'ASC' } }, info);
 */
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { annotatedSdl } from '../graph/annotated-sdl.js';
import type { PageFilter } from '../graph/readers/page-filters.js';
import type { PageItem, PageKey } from '../graph/readers/page-key.js';
import type { PageShapeName } from '../graph/readers/page-shapes.js';
import type { NodeRecord } from '../graph/readers/records.js';
import { primeAhead, type AheadPlan } from '../graph/readers/read-ahead.js';
import type { Loaders } from './create-context.js';
import { encodeCursor, pageArgs, type PageArgs } from './page-args.js';
import { pageRequest } from './selection-reads.js';

export interface Edge {
  cursor: string;
  node: NodeRecord;
}

export interface Page {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface Connection {
  /** The page, loaded once whichever field asks first. */
  page(): Promise<Page>;
  count(): Promise<number>;
}

/** Primes what the page read ahead of each node, under the keys its fields will load it with. */
function primeItems(loaders: Loaders, items: readonly PageItem[], plan: AheadPlan): void {
  for (const { node, ahead } of items) primeAhead(ahead, plan, node, loaders.prime);
}

export function connection(
  loaders: Loaders,
  kind: string,
  shape: PageShapeName,
  filter: PageFilter,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Connection {
  // Checked now, so a bad argument fails the field even when only totalCount is selected.
  const { size, take, position, order } = pageArgs(kind, args);
  const where: PageFilter = { ...filter, from: args.from ?? null, to: args.to ?? null };
  const request = pageRequest(kind, info);
  async function load(): Promise<Page> {
    const key: PageKey = { ...where, position, take };
    if (request.ahead.length) key.ahead = request.ahead;
    if (request.properties) key.properties = request.properties;
    const items = await loaders.pages(shape, order).load(key);
    primeItems(loaders, items, request.ahead);
    const shown = items.slice(0, size);
    if (order.backward) shown.reverse();
    const edges = shown.map(({ node, sortDate }) => ({ cursor: encodeCursor(kind, { date: sortDate, id: node.id }), node }));
    const more = items.length > size;
    const pageInfo = {
      hasNextPage: order.backward ? position !== null : more,
      hasPreviousPage: order.backward ? more : position !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    };
    return { edges, pageInfo };
  }
  let loaded: Promise<Page> | undefined;
  return {
    page: () => (loaded ??= load()),
    count: () => loaders.counts(shape).load(where),
  };
}

const connectionFields = {
  totalCount: (c: Connection) => c.count(),
  // One page for both, read with what the connection's selection reads.
  edges: async (c: Connection) => (await c.page()).edges,
  pageInfo: async (c: Connection) => (await c.page()).pageInfo,
};

/** Every Relay connection type of the SDL (by convention, an object type named `…Connection`) resolves alike. */
export const connectionResolvers = Object.fromEntries(
  annotatedSdl().definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value.endsWith('Connection') ? [[d.name.value, connectionFields]] : [])),
);
