/**
 * The calls two actors shared in a key's date window, read from the contact aggregate
 * (src/graph/contact-tally-cypher.ts) instead of the calls: without a window, one CONTACTED edge
 * per pair (every shared call, undated ones too, as walking the calls counts them); with one, the
 * pair's CONTACTED_IN months that meet the window, a month inside it counted whole and a month
 * the window cuts counted from its `days` (undated calls are in no window). Subqueries of fixed
 * text: given the batch's keys they read only the edges some key needs, and when keys with and
 * without a window share a batch, each branch is guarded by the key.
 *
 * @example
 *   reachedFrom('r', 'other', keys)        // CALL (key, r) { MATCH (r)-[:CONTACTED]-(other) RETURN other }
 *   sharedCalls('a', 'b', 'members', keys, false)
 *   // CALL (key, a, members) { MATCH (a)-[t:CONTACTED]->(b) WHERE b IN members RETURN b, t.calls AS calls, … }
 */
import type { Windowed } from './page-filters.js';

const OPEN = 'key.from IS NULL AND key.to IS NULL';
const MONTH_MEETS = `(key.from IS NULL OR m.month >= date.truncate('month', date(key.from))) AND (key.to IS NULL OR m.month <= date(key.to))`;
/** The first and last day of month `m.month` inside the window (1 and 31 when the window does not cut it). */
const LOW = `CASE WHEN key.from IS NOT NULL AND date.truncate('month', date(key.from)) = m.month THEN date(key.from).day ELSE 1 END`;
const HIGH = `CASE WHEN key.to IS NOT NULL AND date.truncate('month', date(key.to)) = m.month THEN date(key.to).day ELSE 31 END`;

function branches(keys: readonly Windowed[], open: string, windowed: string): string {
  const hasOpen = keys.length === 0 || keys.some((k) => k.from === null && k.to === null);
  const hasWindow = keys.some((k) => k.from !== null || k.to !== null);
  const guard = (when: string, text: string) => (hasOpen && hasWindow ? text.replace('WHERE ', `WHERE ${when} AND `) : text);
  return [hasOpen ? guard(OPEN, open) : null, hasWindow ? guard(`NOT (${OPEN})`, windowed) : null].filter(Boolean).join('\n    UNION\n    ');
}

/**
 * Binds `other` (once or more) for each actor that shared calls with `from` in the key's window.
 * The aggregate's edges join actors only, so `other` is not checked for its label (a db hit per
 * edge read, here and in sharedCalls).
 */
export function reachedFrom(from: string, other: string, keys: readonly Windowed[]): string {
  return `CALL (key, ${from}) {
    ${branches(
      keys,
      `MATCH (${from})-[:CONTACTED]-(${other})
    WHERE true
    RETURN ${other}`,
      `MATCH (${from})-[m:CONTACTED_IN]-(${other})
    WHERE ${MONTH_MEETS}
      AND (${LOW} = 1 AND ${HIGH} = 31 OR any(d IN m.days WHERE d >= ${LOW} AND d <= ${HIGH}))
    RETURN ${other}`,
    )}
  }`;
}

/**
 * Binds `other`, `calls` (shared calls in the window, > 0) and, when `dates`, `first`/`last`
 * (dates; null otherwise) for each actor `other` in the list `among` with a higher id than `from`
 * that shared calls with it in the key's window: each pair once. Membership is tested before an
 * edge's properties are read: a busy actor has thousands of edges, few of them inside a network
 * (no label check on `other`, as in reachedFrom: about 10k db hits for the 500-actor network at
 * scale L).
 */
export function sharedCalls(from: string, other: string, among: string, keys: readonly Windowed[], dates: boolean): string {
  const day = (d: string) => `date({year: m.month.year, month: m.month.month, day: ${d}})`;
  return `CALL (key, ${from}, ${among}) {
    ${branches(
      keys,
      `MATCH (${from})-[t:CONTACTED]->(${other})
    WHERE ${other} IN ${among}
    RETURN ${other}, t.calls AS calls, ${dates ? 't.first AS first, t.last AS last' : 'null AS first, null AS last'}`,
      `MATCH (${from})-[m:CONTACTED_IN]->(${other})
    WHERE ${other} IN ${among} AND ${MONTH_MEETS}
    WITH ${other}, m, ${LOW} AS low, ${HIGH} AS high
    WITH ${other}, m, CASE WHEN low = 1 AND high = 31 THEN ${dates ? 'm.days' : 'null'} ELSE [d IN m.days WHERE d >= low AND d <= high] END AS days,
         low = 1 AND high = 31 AS whole
    WITH ${other}, sum(CASE WHEN whole THEN m.calls ELSE size(days) END) AS calls,
         ${dates ? `min(CASE WHEN size(days) > 0 THEN ${day('days[0]')} END) AS first, max(CASE WHEN size(days) > 0 THEN ${day('days[-1]')} END) AS last` : 'null AS first, null AS last'}
    WHERE calls > 0
    RETURN ${other}, calls, first, last`,
    )}
  }`;
}
