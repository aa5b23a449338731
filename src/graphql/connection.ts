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
import type { PageFilter } from '../graph/readers/page-filters.js';
import type { PageKey } from '../graph/readers/page-key.js';
import type { PageShapeName } from '../graph/readers/page-shapes.js';
import type { NodeRecord } from '../graph/readers/records.js';
import { encodeCursor } from './cursor.js';
import type { Loaders } from './loaders/create-loaders.js';
import { pageArgs, type PageArgs } from './page-args.js';
import { READ_AHEAD, type PageRequest } from './relation-fields.js';

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
   * The page, loaded once per request of what to read (relation-fields.ts): `edges` asks with the
   * relations and properties its selection reads, and finds the relations read ahead on each
   * node. Two `edges` under different aliases may read differently; their loads join one
   * statement. Without a request (`pageInfo`), the first load made, or one of the nodes' ids.
   */
  page(request?: PageRequest): Promise<Page>;
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
  const loads = new Map<string, Promise<Page>>();
  async function load({ ahead, properties, aheadProperties }: PageRequest): Promise<Page> {
    const key: PageKey = { ...where, position, take };
    if (ahead.length) Object.assign(key, { ahead }, aheadProperties ? { aheadProperties } : {});
    if (properties) key.properties = properties;
    const items = await loaders.pages(shape, order).load(key);
    for (const { node, ahead: values } of items) if (values) Object.assign(node, { [READ_AHEAD]: values });
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
  const pageFor = (request: PageRequest) => {
    const id = JSON.stringify(request);
    if (!loads.has(id)) loads.set(id, load(request));
    return loads.get(id)!;
  };
  return {
    kind,
    page: (request) => (request ? pageFor(request) : (loads.values().next().value ?? pageFor({ ahead: [], properties: [] }))),
    count: () => loaders.counts(shape).load(where),
  };
}
