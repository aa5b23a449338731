/**
 * The calls two actors shared in a key's date window, read from the contact aggregate
 * (src/graph/contact-tally-cypher.ts) instead of the calls: without a window, one CONTACTED edge
 * per pair (every shared call, undated ones too, as walking the calls counts them); with one, the
 * pair's CONTACTED_IN months that meet the window, each call's day rebuilt from the month and
 * `days` and tested as walking would test `c.date` (undated calls are in no window). A subquery
 * of fixed text: given the batch's keys it reads only the edges some key needs, and when keys
 * with and without a window share a batch, each branch is guarded by the key.
 *
 * @example
 *   sharedCalls('r', 'other', '', keys)
 *   // CALL (key, r) { MATCH (r)-[t:CONTACTED]-(other:Actor) WHERE t.calls > 0 RETURN other, t.calls AS calls, … }
 */
import type { Windowed } from './date-window.js';

const OPEN = 'key.from IS NULL AND key.to IS NULL';

/**
 * Binds `other`, `calls` (shared calls in the window, > 0) and `first`/`last` (dates) for each
 * actor `other` that shared calls with `from` in the key's window. `direction` '>' reads only
 * pairs where `from` has the lower id (each pair once), '' both.
 */
export function sharedCalls(from: string, other: string, direction: '>' | '', keys: readonly Windowed[]): string {
  const arrow = direction === '>' ? '->' : '-';
  const open = keys.some((k) => k.from === null && k.to === null);
  const windowed = keys.some((k) => k.from !== null || k.to !== null);
  const guard = (when: string) => (open && windowed ? `${when} AND ` : '');
  const branches: string[] = [];
  if (open) {
    branches.push(`MATCH (${from})-[t:CONTACTED]${arrow}(${other}:Actor)
    WHERE ${guard(OPEN)}t.calls > 0
    RETURN ${other}, t.calls AS calls, t.first AS first, t.last AS last`);
  }
  if (windowed) {
    // Months that meet the window, then each call's day inside it.
    branches.push(`MATCH (${from})-[m:CONTACTED_IN]${arrow}(${other}:Actor)
    WHERE ${guard(`NOT (${OPEN})`)}(key.from IS NULL OR m.month >= date.truncate('month', date(key.from))) AND (key.to IS NULL OR m.month <= date(key.to))
    UNWIND m.days AS d
    WITH ${other}, date({year: m.month.year, month: m.month.month, day: d}) AS day
    WHERE (key.from IS NULL OR day >= date(key.from)) AND (key.to IS NULL OR day <= date(key.to))
    RETURN ${other}, count(day) AS calls, min(day) AS first, max(day) AS last`);
  }
  return `CALL (key, ${from}) {
    ${branches.join('\n    UNION\n    ')}
  }`;
}
