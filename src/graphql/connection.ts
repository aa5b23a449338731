/**
 * A Relay connection over one list shape, resolved lazily: `edges` and `pageInfo` load the page
 * (one batched statement for every connection of the same shape and order in the request),
 * `totalCount` runs the count statement, and only what the client selected is ever run. A page
 * read backward comes from the reader in reverse and is turned round here.
 *
 * @example
 *   // Leader.calls(first: 2)
 *   connection(ctx.loaders, 'Call', 'callsOfActor', { owner: leader.id }, { first: 2 });
 *   // calls(last: 2, before: $cursor, orderBy: { direction: ASC })
 *   connection(ctx.loaders, 'Call', 'calls', {}, { last: 2, before: cursor, orderBy: { direction: 'ASC' } });
 */
import type { PageFilter } from '../graph/readers/keyset-page.js';
import type { PageShapeName } from '../graph/readers/page-shapes.js';
import type { RelationName } from '../graph/readers/relations.js';
import type { NodeRecord } from '../graph/readers/records.js';
import { encodeCursor } from './cursor.js';
import type { Loaders } from './loaders/create-loaders.js';
import { pageArgs, type PageArgs } from './page-args.js';

export interface Edge {
  cursor: string;
  node: NodeRecord;
}

export interface Page {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface Connection {
  /** The node type the connection lists (`Call`, `Actor` …). */
  kind: string;
  /**
   * The page, loaded once per connection. `ahead` names relations of its nodes to read in the same
   * statement (relation-fields.ts); what they read primes the relation loaders, so the nodes'
   * fields find them there. The first call decides (`edges` asks before `pageInfo`).
   */
  page(ahead?: readonly RelationName[]): Promise<Page>;
  count(): Promise<number>;
}

export function connection(
  loaders: Loaders,
  kind: string,
  shape: PageShapeName,
  filter: PageFilter,
  args: PageArgs,
): Connection {
  // Checked now, so a bad argument fails the field even when only totalCount is selected.
  const { size, take, position, order } = pageArgs(kind, args);
  const where: PageFilter = { ...filter, from: args.from ?? null, to: args.to ?? null };
  let loaded: Promise<Page> | undefined;
  async function load(ahead: readonly RelationName[]): Promise<Page> {
    const items = await loaders.pages(shape, order).load({ ...where, after: position, take, ...(ahead.length ? { ahead } : {}) });
    for (const { node, ahead: values } of items) {
      for (const [name, value] of Object.entries(values ?? {})) loaders.relations[name as RelationName].prime(node.id, value as never);
    }
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
  return {
    kind,
    page: (ahead = []) => (loaded ??= load(ahead)),
    count: () => loaders.counts(shape).load(where),
  };
}
