/**
 * Checks the paging arguments of a list field and turns them into what a reader needs: which way
 * to read, how many rows (one more than shown, to learn whether more follow) and where to start.
 * Forward is `first` + `after`, backward is `last` + `before`; mixing the two is refused, since
 * Relay's combined semantics help no client and cost a second statement.
 *
 * @example
 *   pageArgs('Call', { first: 2, after: null }); // { size: 2, take: 3, position: null, order: { direction: 'DESC', backward: false } }
 *   pageArgs('Call', { last: 2, orderBy: { direction: 'ASC' } }); // { size: 2, take: 3, position: null, order: { direction: 'ASC', backward: true } }
 *   pageArgs('Call', { first: -1 });             // throws BAD_USER_INPUT: Argument "first" must be …; received -1.
 *
 * Cursors are opaque: base64url of the ordering key of an item (its kind, sort date and id; null
 * date for an undated item or a list ordered by id), so the next page is a range seek from that
 * key. Clients must treat them as opaque strings; the kind stops a tweet cursor from paging
 * through calls.
 *
 *   const cursor = encodeCursor('Call', { date: '2022-03-01', id: 'call_ce02b0266cb16a01' });
 *   decodeCursor('Call', cursor, 'after'); // { date: '2022-03-01', id: 'call_ce02b0266cb16a01' }
 */
import type { PageOrder, PagePosition } from '../graph/readers/page-key.js';
import { badUserInput } from './bad-user-input.js';
import { isCalendarDate } from './scalars/date-scalar.js';

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
