/**
 * A Relay connection over one list shape: its arguments checked, its cursors, and its page.
 * - Arguments (pageArgs): forward is `first` + `after`, backward is `last` + `before`; mixing the
 *   two is refused, since Relay's combined semantics help no client and cost a second statement.
 *   A page reads one row more than it shows, to learn whether more follow.
 * - Cursors are opaque: base64url of an item's kind, sort date and id (a null date for an undated
 *   item or a list ordered by id), so the next page is a range seek from that key; the kind stops
 *   a tweet cursor from paging through calls.
 * - The page (connection) is resolved lazily: `edges` and `pageInfo` share one page load (one
 *   batched statement for every connection of the same shape and order in the request),
 *   `totalCount` runs the count statement, and only what the client selected is ever run. What the
 *   page reads (its nodes' properties, their relations and the levels below them) is worked out from
 *   the connection field's own selection when the connection is made (selection-reads.ts), so it
 *   does not matter which of `edges` and `pageInfo` resolves first. What it read ahead primes the
 *   request's keyed loader (primeAhead, read-ahead.ts), where the nodes' relation fields find it
 *   (build-schema.ts). A page read backward comes in reverse and is turned round here.
 *
 * @example
 *   pageArgs('Call', { last: 2, orderBy: { direction: 'ASC' } }); // { size: 2, take: 3, position: null, order: { direction: 'ASC', backward: true } }
 *   pageArgs('Call', { first: -1 });             // throws BAD_USER_INPUT: Argument "first" must be …; received -1.
 *   decodeCursor('Call', encodeCursor('Call', { date: '2022-03-01', id: 'call_1' }), 'after'); // { date: '2022-03-01', id: 'call_1' }
 *   connection(ctx.loaders, 'Call', 'callsOfActor', { owner: leader.id }, { first: 2 }, info); // Leader.calls(first: 2)
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { PageFilter } from '../graph/readers/page-filters.js';
import type { PageAhead, PageItem, PageKey, PageOrder, PagePosition } from '../graph/readers/page-key.js';
import type { PageShapeName } from '../graph/readers/page-shapes.js';
import type { NodeRecord } from '../graph/readers/records.js';
import { primeAhead, type AheadPlan } from '../graph/readers/read-ahead.js';
import { badUserInput } from './bad-user-input.js';
import type { Loaders } from './create-context.js';
import { pageRequest, type PageRequest } from './selection-reads.js';

/** The largest page a client may ask for; bigger pages cost memory on both sides. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  from?: string | null;
  to?: string | null;
  orderBy?: { field?: string | null; direction?: 'ASC' | 'DESC' | null } | null;
}

export interface CheckedPage {
  /** How many items the page shows. */
  size: number;
  /** How many rows to read: one more than shown. */
  take: number;
  /** The cursor's position (`after` reading forward, `before` reading backward), or null. */
  position: PagePosition | null;
  order: PageOrder;
}

/** Checks a page size argument: an integer from 0 to MAX_PAGE_SIZE. */
export function pageSize(argument: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(argument, `must be an integer from 0 to ${MAX_PAGE_SIZE}`, value);
  }
  return value;
}

/** Checks that a date range does not end before it starts (both are YYYY-MM-DD, so strings compare). */
export function checkDateOrder(from: string | null | undefined, to: string | null | undefined, argument = 'to'): void {
  if (from && to && from > to) throw badUserInput(argument, `must not be before "from" (${from})`, to);
}

export function pageArgs(kind: string, args: PageArgs): CheckedPage {
  const backward = args.last != null || args.before != null;
  if (backward && args.first != null) throw badUserInput('last', 'must not be given with "first": read forward or backward', args.last);
  if (backward && args.after != null) throw badUserInput('before', 'must not be given with "after": read forward or backward', args.before);
  const size = backward ? pageSize('last', args.last ?? DEFAULT_PAGE_SIZE) : pageSize('first', args.first ?? DEFAULT_PAGE_SIZE);
  checkDateOrder(args.from, args.to);
  const cursor = backward ? args.before : args.after;
  const position = cursor == null ? null : decodeCursor(kind, cursor, backward ? 'before' : 'after');
  const order: PageOrder = { direction: args.orderBy?.direction ?? 'DESC', backward };
  return { size, take: size + 1, position, order };
}

export function encodeCursor(kind: string, position: PagePosition): string {
  return Buffer.from(JSON.stringify([kind, position.date, position.id])).toString('base64url');
}

/** Decodes a cursor made by encodeCursor for `kind`; anything else is a bad `argument`. */
export function decodeCursor(kind: string, cursor: string, argument: string): PagePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== kind ||
    // A real day, not just its shape: Neo4j's date() would fail on 2022-13-45 as an internal error.
    (parsed[1] !== null && !isCalendarDate(parsed[1])) ||
    typeof parsed[2] !== 'string'
  ) {
    throw badUserInput(argument, `must be a cursor returned by this ${kind} list`, cursor);
  }
  return { date: parsed[1], id: parsed[2] };
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a YYYY-MM-DD string naming a day that exists (leap years included, proleptic Gregorian
 * from year 0000). Arithmetic, not a Date: the Date scalar checks every date an answer returns (a
 * page of 100 calls, 100 dates), and a Date object cost three times as much.
 */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? SHAPE.exec(value) : null;
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export interface Edge {
  readonly cursor: string;
  node: NodeRecord;
}

/**
 * An edge whose cursor is encoded only when read: a page of 100 calls selected without `cursor`
 * (`edges { node { … } }`) would otherwise encode 100 cursors nobody reads (about 1.4 µs of CPU
 * each: JSON, a Buffer and base64url).
 */
class PageEdge implements Edge {
  constructor(
    private readonly kind: string,
    private readonly sortDate: string | null,
    readonly node: NodeRecord,
  ) {}

  get cursor(): string {
    return encodeCursor(this.kind, { date: this.sortDate, id: this.node.id });
  }
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

/**
 * The page loader's key for a page of a list: the one key a connection loads and a look-up that
 * read the page ahead primes (selection-reads.ts, pagesAhead), so both name the same page.
 */
export function pageKey(filter: PageFilter, args: PageArgs, { position, take }: CheckedPage, { ahead, properties }: PageRequest): PageKey {
  return { ...filter, from: args.from ?? null, to: args.to ?? null, position, take, ...(ahead.length ? { ahead } : {}), ...(properties ? { properties } : {}) };
}

/** The page a look-up reads ahead for a list its node owns (selection-reads.ts): its connection's key, but for the owner. */
export function pageAhead(kind: string, shape: PageShapeName, ownerKey: string, args: PageArgs, request: PageRequest): PageAhead {
  const checked = pageArgs(kind, args);
  return { shape, order: checked.order, ownerKey, key: pageKey({}, args, checked, request) };
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
  const checked = pageArgs(kind, args);
  const { size, position, order } = checked;
  const where: PageFilter = { ...filter, from: args.from ?? null, to: args.to ?? null };
  const request = pageRequest(kind, info);
  async function load(): Promise<Page> {
    const items = await loaders.pages(shape, order).load(pageKey(filter, args, checked, request));
    primeItems(loaders, items, request.ahead);
    const shown = items.slice(0, size);
    if (order.backward) shown.reverse();
    const edges: Edge[] = shown.map(({ node, sortDate }) => new PageEdge(kind, sortDate, node));
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
