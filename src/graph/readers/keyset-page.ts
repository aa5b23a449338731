/**
 * Keyset pagination, batched: one statement pages through a list for every key of a DataLoader
 * batch. Lists are ordered newest first by (date, id), undated items last; a page after a cursor
 * is a range condition on that pair, never a SKIP, so page 100 costs what page 1 costs. A page
 * reads `take` rows; the caller asks for one more than it shows to learn whether more follow.
 *
 * @example
 *   pageStatement('callsOfActor', [{ owner: 'volodymyr-zelenskyy', take: 21 }]);
 *   await readPages(store, 'callsOfActor', [{ owner: 'joe-biden', take: 2, after: { date: '2022-03-01', id: 'call_1' } }]);
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { pageShapes, type PageShape, type PageShapeName } from './page-shapes.js';
import type { NodeRecord } from './records.js';
import { readKeyed } from './read-keyed.js';

/** Where a page starts: strictly after the item with this sort date and id. */
export interface PagePosition {
  date: string;
  id: string;
}

/** What a list is filtered by; absent filters match everything. */
export interface PageFilter {
  owner?: string | null;
  from?: string | null;
  to?: string | null;
  participant?: string | null;
  country?: string | null;
  medium?: string | null;
  topic?: string | null;
}

export interface PageKey extends PageFilter {
  after?: PagePosition | null;
  take: number;
}

/** One item of a page and the sort date it was ordered by (the undated sort last, as 0001-01-01). */
export interface PageItem {
  node: NodeRecord;
  sortDate: string;
}

// Undated items sort after every dated one when the order is newest first.
const UNDATED = "date('0001-01-01')";
const filterNames = ['owner', 'from', 'to', 'participant', 'country', 'medium', 'topic'] as const;

/** Every filter present (null when absent) so the driver never sees `undefined`. */
function filterParams(key: PageFilter, i: number): Record<string, unknown> {
  return { i, ...Object.fromEntries(filterNames.map((name) => [name, key[name] ?? null])) };
}

function where(name: PageShapeName): string {
  const { dateProperty, filter }: PageShape = pageShapes[name];
  const range = `(key.from IS NULL OR n.${dateProperty} >= date(key.from))
    AND (key.to IS NULL OR n.${dateProperty} <= date(key.to))`;
  return filter ? `${range}\n    AND ${filter}` : range;
}

export function pageStatement(name: PageShapeName, keys: readonly PageKey[]): Statement {
  const { match, dateProperty } = pageShapes[name];
  const cypher = `UNWIND $keys AS key
CALL (key) {
  ${match}
  WITH DISTINCT key, n
  WITH key, n, coalesce(n.${dateProperty}, ${UNDATED}) AS sortDate
  WHERE ${where(name)}
    AND (key.afterId IS NULL OR sortDate < date(key.afterDate) OR (sortDate = date(key.afterDate) AND n.id > key.afterId))
  WITH n, sortDate ORDER BY sortDate DESC, n.id ASC LIMIT toInteger($limit)
  RETURN collect({node: n {.*}, sortDate: sortDate}) AS items
}
RETURN key.i AS key, items[..toInteger(key.take)] AS value`;
  const params = keys.map((key, i) => ({
    ...filterParams(key, i),
    afterDate: key.after?.date ?? null,
    afterId: key.after?.id ?? null,
    take: key.take,
  }));
  // One LIMIT for the batch (LIMIT cannot depend on the row); each key is then cut to its own take.
  const limit = Math.max(0, ...keys.map((k) => k.take));
  return { cypher, params: { keys: params, limit } };
}

export function countStatement(name: PageShapeName, keys: readonly PageFilter[]): Statement {
  const cypher = `UNWIND $keys AS key
CALL (key) {
  ${pageShapes[name].match}
  WITH DISTINCT key, n
  WHERE ${where(name)}
  RETURN count(n) AS total
}
RETURN key.i AS key, total AS value`;
  return { cypher, params: { keys: keys.map(filterParams) } };
}

export function readPages(store: GraphStore, name: PageShapeName, keys: readonly PageKey[]): Promise<PageItem[][]> {
  return readKeyed<PageItem[]>(store, pageStatement(name, keys), keys.map((_, i) => i), []);
}

export function readCounts(store: GraphStore, name: PageShapeName, keys: readonly PageFilter[]): Promise<number[]> {
  return readKeyed<number>(store, countStatement(name, keys), keys.map((_, i) => i), 0);
}
