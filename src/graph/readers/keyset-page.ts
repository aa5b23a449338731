/**
 * Keyset pagination, batched: one statement pages through a list for every key of a DataLoader
 * batch. Lists are ordered by (date, id), newest first unless the order says ASC, undated items
 * last either way; a page after (or before) a cursor is a range condition on that pair, never a
 * SKIP, so page 100 costs what page 1 costs. Reading backward reads the list in reverse from the
 * cursor; the caller turns the page round. A page reads `take` rows; the caller asks for one more
 * than it shows to learn whether more follow. A key may name relations of the items to read with
 * them (`ahead`: one level ahead of the page), and the properties to read of the items and of
 * those relations' nodes (node-projection.ts; absent, whole maps). A statement's text depends only
 * on the shape, the order, and which filters, bounds, relations and properties its batch uses, so
 * each combination is planned once.
 *
 * @example
 *   pageStatement('callsOfActor', [{ owner: 'volodymyr-zelenskyy', take: 21 }]);
 *   pageStatement('calls', [{ take: 101, from: '2025-12-01', ahead: ['participantsOfCall', 'topicsOfCall'] }]);
 *   pageStatement('calls', [{ take: 21, properties: ['date'], ahead: ['participantsOfCall'], aheadProperties: { participantsOfCall: ['kind', 'name'] } }]);
 *   pageStatement('calls', [{ take: 3, after: { date: '2022-03-01', id: 'call_1' } }], { direction: 'ASC', backward: true });
 *   await readPages(store, 'callsOfActor', [{ owner: 'joe-biden', take: 2, after: { date: '2022-03-01', id: 'call_1' } }]);
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { pageShapes, type FilterName, type PageShape, type PageShapeName } from './page-shapes.js';
import type { NodeRecord } from './records.js';
import { readKeyed } from './read-keyed.js';
import { mergeProperties, projectNode, type Properties } from './node-projection.js';
import { relations, relationValue, type RelationName } from './relations.js';

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
  counterpart?: string | null;
  counterpartCountry?: string | null;
  medium?: string | null;
  topic?: string | null;
  hashtag?: string | null;
  kind?: string | null;
  byCountry?: string | null;
  target?: string | null;
  beneficiary?: string | null;
  /** Part of an actor's name or alias, lower-cased. */
  name?: string | null;
  /** A CAMEO code or its prefix ("04": every consult). */
  cameo?: string | null;
  /** A PLOVER event type, upper-cased ("CONSULT"). */
  plover?: string | null;
}

/** Which way the list runs, and whether this page is read backward from its cursor. */
export interface PageOrder {
  direction: 'ASC' | 'DESC';
  backward: boolean;
}

export const NEWEST_FIRST: PageOrder = { direction: 'DESC', backward: false };

export interface PageKey extends PageFilter {
  /** The cursor's position: `after` when reading forward, `before` when reading backward. */
  after?: PagePosition | null;
  take: number;
  /** Relations of each item to read with the page (one level ahead), by name. */
  ahead?: readonly RelationName[];
  /** The properties of the items to read (node-projection.ts); absent: all of them. */
  properties?: readonly string[];
  /** For a relation read ahead, the properties of the nodes it yields; a relation not named here: all of them. */
  aheadProperties?: Partial<Record<RelationName, readonly string[]>>;
}

/** One item of a page and the sort date it was ordered by (the undated sort last, as 0001-01-01 or 9999-12-31). */
export interface PageItem {
  node: NodeRecord;
  sortDate: string;
  /** The relations read ahead, when the key asked for some: each as its relation reader gives it. */
  ahead?: Partial<Record<RelationName, unknown>>;
}

// Undated items sort after every dated one: as the earliest day newest first, the latest oldest first.
const UNDATED = { DESC: "date('0001-01-01')", ASC: "date('9999-12-31')" } as const;
const filterNames = [
  'owner', 'from', 'to', 'participant', 'country', 'counterpart', 'counterpartCountry', 'medium', 'topic',
  'hashtag', 'kind', 'byCountry', 'target', 'beneficiary', 'name', 'cameo', 'plover',
] as const;

/** Every filter present (null when absent) so the driver never sees `undefined`. */
function filterParams(key: PageFilter, i: number): Record<string, unknown> {
  return { i, ...Object.fromEntries(filterNames.map((name) => [name, key[name] ?? null])) };
}

/**
 * Whether `key` narrows its list by filter `f`: it gives a value, and not one that only repeats
 * its owner (callsOfActor's participant equal to the actor).
 */
function narrows(shape: PageShape, key: PageFilter, f: (typeof filterNames)[number]): boolean {
  return f !== 'owner' && key[f] != null && !((shape.repeats as readonly string[] | undefined)?.includes(f) && key[f] === key.owner);
}

/**
 * The filters some key of the batch narrows by, joined. Which filters a statement carries is part
 * of its text (values never are), so each combination in use is planned once.
 */
function usedFilters(name: PageShapeName, keys: readonly PageFilter[]): string {
  const shape: PageShape = pageShapes[name];
  // Every key still carries every filter's value (filterParams): counterpartCountry reads key.country.
  const used = (shape.filters ?? []).filter((f) => keys.some((key) => narrows(shape, key, f.name)));
  return used.map((f) => f.cypher).join('\n      AND ') || 'true';
}

function where(name: PageShapeName, keys: readonly PageFilter[]): string {
  const { dateProperty }: PageShape = pageShapes[name];
  const range = dateProperty
    ? `(key.from IS NULL OR n.${dateProperty} >= date(key.from))
    AND (key.to IS NULL OR n.${dateProperty} <= date(key.to))`
    : null;
  const filters = usedFilters(name, keys);
  return [range, filters === 'true' ? null : filters].filter(Boolean).join('\n    AND ') || 'true';
}

/** The keyset condition: strictly after the cursor in the order being read. */
function afterCursor(sortExpr: string, dateStep: string, idStep: string): string {
  return `(key.afterId IS NULL OR ${sortExpr} ${dateStep} date(key.afterDate) OR (${sortExpr} = date(key.afterDate) AND n.id ${idStep} key.afterId))`;
}

/**
 * The relations some key of the batch asks to read ahead, sorted (part of the statement's text),
 * each with the properties its items are read with: all that any key asking for it reads.
 */
function aheadOf(keys: readonly PageKey[]): Array<[RelationName, Properties]> {
  const names = [...new Set(keys.flatMap((key) => key.ahead ?? []))].sort();
  return names.map((name) => {
    const asking = keys.filter((key) => key.ahead?.includes(name));
    return [name, relations[name].items ? mergeProperties(asking.map((key) => key.aheadProperties?.[name])) : undefined];
  });
}

/**
 * The end of a page statement: each key's items, and with them the relations some key of the
 * batch asked to read ahead. Each item's relations are read as their relation readers read them
 * (relations.ts), from the item's node (carried as `k` through the page, dropped at the end), in
 * a subquery that sees nothing else.
 */
function readAhead(ahead: ReadonlyArray<[RelationName, Properties]>): string {
  if (ahead.length === 0) return 'RETURN key.i AS key, items[..toInteger(key.take)] AS value';
  const values = ahead.map(([name, properties]) => `${name}: ${relationValue(name, properties).replace(/\n/g, '\n      ')}`).join(',\n      ');
  return `WITH key.i AS page, items[..toInteger(key.take)] AS value
CALL (value) {
  UNWIND value AS entry
  CALL (entry) {
    WITH entry.k AS k
    // k projected beside the map: a relation that aggregates needs it as a grouping key.
    WITH k, {
      ${values}
    } AS ahead
    RETURN ahead
  }
  RETURN collect(entry {.node, .sortDate, ahead: ahead}) AS withAhead
}
RETURN page AS key, withAhead AS value`;
}

export function pageStatement(name: PageShapeName, keys: readonly PageKey[], order: PageOrder = NEWEST_FIRST): Statement {
  const { match, dateProperty, label, distinct }: PageShape = pageShapes[name];
  // Reading backward walks the list's order in reverse: both the range and the sort flip.
  const readAscending = (order.direction === 'ASC') !== order.backward;
  const dateStep = readAscending ? '>' : '<';
  const idStep = order.backward ? '<' : '>';
  const dir = readAscending ? 'ASC' : 'DESC';
  const idDir = order.backward ? 'DESC' : 'ASC';
  const filters = usedFilters(name, keys);
  const rows = distinct ? 'WITH DISTINCT key, n' : 'WITH key, n';
  const undated = UNDATED[order.direction];
  const node = projectNode('n', label, mergeProperties(keys.map((key) => key.properties)));
  const ahead = aheadOf(keys);
  // Reading ahead, each item carries its node, for its relations to start from.
  const anchor = ahead.length ? ', k: n' : '';
  // Dated and undated items are read apart. The dated part bounds and orders by the property
  // itself, so the range index seeks and yields the order (a page deep in a large list reads about
  // what page 1 reads). Undated items sort last; they are read only when the dated part did not
  // fill the page (reading backward from the end, the other way round), as finding them scans.
  // Bounds no key of the batch gives are literals: a bound taken from the key costs a date() per
  // row wherever the range is a filter rather than an index seek (a leader's 30,000 calls: 54
  // against 31 ms at scale M).
  const after = keys.some((key) => key.after);
  const bound = (value: string | false, open: string) => (value ? `coalesce(date(${value}), date('${open}'))` : `date('${open}')`);
  const lower = bound(keys.some((key) => key.from != null) && 'key.from', '0001-01-02');
  const upper = bound(keys.some((key) => key.to != null) && 'key.to', '9999-12-30');
  const cursorBound = after
    ? `\n      AND n.${dateProperty} ${dateStep}= ${bound('key.afterDate', dateStep === '<' ? '9999-12-30' : '0001-01-02')}`
    : '';
  const cursor = (sortExpr: string) => (after ? `\n      AND ${afterCursor(sortExpr, dateStep, idStep)}` : '');
  const dated = (guard: string) => `${guard}
    ${match}
    WHERE n.${dateProperty} >= ${lower}
      AND n.${dateProperty} <= ${upper}${cursorBound}
    ${rows}
    WHERE ${filters}${cursor(`n.${dateProperty}`)}
    WITH n ORDER BY n.${dateProperty} ${dir}, n.id ${idDir} LIMIT toInteger($limit)
    RETURN collect({node: ${node}, sortDate: toString(n.${dateProperty})${anchor}}) AS part`;
  const undatedPart = (guard: string) => `${guard}
    ${match}
    WHERE ${dateProperty ? 'n.undated = true AND key.from IS NULL AND key.to IS NULL' : 'true'}
    ${rows}
    WHERE ${filters}${cursor(undated)}
    WITH n ORDER BY n.id ${idDir} LIMIT toInteger($limit)
    RETURN collect({node: ${node}, sortDate: toString(${undated})${anchor}}) AS part`;
  const second = 'WITH key, first WHERE size(first) < toInteger($limit)';
  const [firstPart, secondPart] = !dateProperty
    ? [undatedPart(''), null]
    : order.backward
      ? [undatedPart(''), dated(second)]
      : [dated(''), undatedPart(second)];
  const cypher = `UNWIND $keys AS key
CALL (key) {${firstPart}
}
WITH key, part AS first
${secondPart ? `CALL (key, first) {${secondPart}
}
WITH key, first + part AS items` : 'WITH key, first AS items'}
${readAhead(ahead)}`;
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
  const shape: PageShape = pageShapes[name];
  const { match, size, distinct } = shape;
  // Grouped by key: a key with nothing to count has no row (its count is 0), so the branch of
  // the other kind of key adds no row either.
  const counted = `  ${match}
  WITH ${distinct ? 'DISTINCT ' : ''}key, n
  WHERE ${where(name, keys)}
  WITH key, count(n) AS total
  RETURN total`;
  // A key filtered by nothing but its owner is answered from the server's counts (a degree, a
  // label count): the busiest country's calls cost what the quietest's do. A batch of such keys
  // only (the usual case) gets no branch for the others, and the reverse.
  const onlyOwner = (key: PageFilter) => !filterNames.some((f) => narrows(shape, key, f));
  const owners = keys.filter(onlyOwner).length;
  const fromCounts = size ? `${size.owner ? `  ${size.owner}\n` : ''}  RETURN ${size.count} AS total` : '';
  const body = !size || owners === 0
    ? counted
    : owners === keys.length
      ? fromCounts
      : `  WITH key WHERE key.onlyOwner
${fromCounts}
  UNION ALL
  WITH key WHERE NOT key.onlyOwner
${counted}`;
  const cypher = `UNWIND $keys AS key
CALL (key) {
${body}
}
RETURN key.i AS key, total AS value`;
  const params = keys.map((key, i) => ({ ...filterParams(key, i), onlyOwner: onlyOwner(key) }));
  return { cypher, params: { keys: params } };
}

export function readPages(
  store: GraphStore,
  name: PageShapeName,
  keys: readonly PageKey[],
  order: PageOrder = NEWEST_FIRST,
): Promise<PageItem[][]> {
  return readKeyed<PageItem[]>(store, pageStatement(name, keys, order), keys.map((_, i) => i), []);
}

export function readCounts(store: GraphStore, name: PageShapeName, keys: readonly PageFilter[]): Promise<number[]> {
  return readKeyed<number>(store, countStatement(name, keys), keys.map((_, i) => i), 0);
}
