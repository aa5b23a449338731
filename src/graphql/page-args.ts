/**
 * Checks the paging arguments of a list field and turns them into what a reader needs: how many
 * rows to read (one more than shown, to learn whether more follow) and where to start.
 *
 * @example
 *   pageArgs('Call', { first: 2, after: null }); // { first: 2, take: 3, after: null }
 *   pageArgs('Call', { first: -1 });             // throws BAD_USER_INPUT: Argument "first" must be …; received -1.
 */
import type { PagePosition } from '../graph/readers/keyset-page.js';
import { badUserInput } from './bad-user-input.js';
import { decodeCursor } from './cursor.js';

/** The largest page a client may ask for; bigger pages cost memory on both sides. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface CheckedPage {
  first: number;
  take: number;
  after: PagePosition | null;
}

export function pageArgs(kind: string, args: PageArgs): CheckedPage {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be an integer from 0 to ${MAX_PAGE_SIZE}`, first);
  }
  if (args.from && args.to && args.from > args.to) {
    throw badUserInput('to', `must not be before "from" (${args.from})`, args.to);
  }
  const after = args.after == null ? null : decodeCursor(kind, args.after, 'after');
  return { first, take: first + 1, after };
}
