/**
 * Opaque cursors: base64url of the ordering key of an item (its kind, sort date and id; null
 * date for an undated item or a list ordered by id), so the next page is a range seek from that key. Clients must treat them as opaque strings; the kind
 * stops a tweet cursor from paging through calls.
 *
 * @example
 *   const cursor = encodeCursor('Call', { date: '2022-03-01', id: 'call_ce02b0266cb16a01' });
 *   decodeCursor('Call', cursor, 'after'); // { date: '2022-03-01', id: 'call_ce02b0266cb16a01' }
 */
import type { PagePosition } from '../graph/readers/page-key.js';
import { badUserInput } from './bad-user-input.js';
import { isCalendarDate } from './scalars/date-scalar.js';

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
