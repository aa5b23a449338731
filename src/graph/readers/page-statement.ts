/**
 * Keyset pagination, batched: one statement pages through a list (page-shapes.ts) for every key of
 * a DataLoader batch (page-key.ts). A page beyond a position is a range condition on (date, id),
 * never a SKIP, so page 100 costs what page 1 costs. A statement's text depends only on the list,
 * the order, and which filters, bounds, relations and properties its batch uses, so each
 * combination is planned once; values are parameters.
 *
 * @example
 *   pageStatement('callsOfActor', [{ owner: 'volodymyr-zelenskyy', take: 21 }]);
 *   pageStatement('calls', [{ take: 101, from: '2025-12-01', ahead: [{ relation: 'participantsOfCall', properties: ['name'] }, { relation: 'topicsOfCall' }] }]);
 *   pageStatement('calls', [{ take: 3, position: { date: '2022-03-01', id: 'call_1' } }], { direction: 'ASC', backward: true });
 *   await readPages(store, 'callsOfActor', [{ owner: 'joe-biden', take: 2, position: { date: '2022-03-01', id: 'call_1' } }]);
 */
import { renameParams, type GraphStore, type Statement } from '../graph-store.js';
import { mergeProperties, projectNode } from './relations.js';
import { dateBound, dateRange, filterConditions, filterParams, given } from './page-filters.js';
import { NEWEST_FIRST, type PageAhead, type PageItem, type PageKey, type PageOrder } from './page-key.js';
import { pageShapes, type PageShape, type PageShapeName } from './page-shapes.js';
import { ownerScans, SCAN_FACTOR, type OwnerScan } from './owner-scans.js';
import { mergePlans, pageEnd, planParams } from './read-ahead.js';

/** The text of one part of a page: which rows it matches, keeps, and in what order. */
interface Part {
  /** Conditions on the match (where a range index can seek). */
  seek: string[];
  /** Conditions on the rows once matched (filters and the position). */
  keep: string[];
  order: string;
  /** The item's sort date as the statement returns it. */
  sortDate: string;
}

// Dated items are read before undated ones in the list's order, so reading forward the dated part
// comes first, and reading backward (from the list's end) the undated part does.
function datedPart(p: string, keys: readonly PageKey[], order: PageOrder): Part {
  const ascending = (order.direction === 'ASC') !== order.backward;
  const beyond = ascending ? '>' : '<';
  const idBeyond = order.backward ? '<' : '>';
  // The range bounds the property itself, so the range index seeks and yields the order (a page
  // deep in a large list reads about what page 1 reads); a bound no key gives is left out, since
  // a bound taken from the key costs a date() per row where the range is a filter (a leader's
  // 30,000 calls at scale M: 54 against 31 ms).
  const positioned = given(keys, (key) => key.position?.date != null);
  const seek = [`n.${p} IS NOT NULL`, ...dateRange(`n.${p}`, keys)];
  if (positioned === 'all') seek.push(dateBound(`n.${p}`, `${beyond}=`, 'positionDate', 'all')!);
  // Beyond a dated position: a later (earlier) date, or the same date and a later (earlier) id.
  // Forward from an undated position no dated item follows; backward, every one does.
  const tie = `n.${p} ${beyond} date(key.positionDate) OR (n.${p} = date(key.positionDate) AND n.id ${idBeyond} key.positionId)`;
  // When every key is at a dated position, the seek already keeps n.date at or beyond it, so
  // "beyond, or the same date and beyond in id" is "beyond, or beyond in id" (the floor's form),
  // and no key needs the guards: the filter reads n.id only for rows on the position's own date
  // (Q4 page 50 at S: 132 -> 102 db hits, the floor's 67; reads-profile-S.md). A batch with a key at
  // no position or an undated one has no date bound on its seek, and keeps the full condition.
  const keep =
    positioned === 'all'
      ? [`(n.${p} ${beyond} date(key.positionDate) OR n.id ${idBeyond} key.positionId)`]
      : keys.some((key) => key.position)
        ? [`(key.positionId IS NULL${order.backward ? ' OR key.positionDate IS NULL' : ''} OR ${tie})`]
        : [];
  return { seek, keep, order: `n.${p} ${ascending ? 'ASC' : 'DESC'}, n.id ${order.backward ? 'DESC' : 'ASC'}`, sortDate: `toString(n.${p})` };
}

function undatedPart(p: string | undefined, keys: readonly PageKey[], order: PageOrder): Part {
  // Undated items have no place in a date range: a key with one reads none of them.
  const ranged = keys.some((key) => key.from != null || key.to != null);
  const seek = p ? ['n.undated = true', ...(ranged ? ['key.from IS NULL AND key.to IS NULL'] : [])] : [];
  // Beyond an undated position: a later (earlier) id. Forward from a dated position every undated
  // item follows; backward, none precedes it.
  const keep = !keys.some((key) => key.position)
    ? []
    : order.backward
      ? ['(key.positionId IS NULL OR (key.positionDate IS NULL AND n.id < key.positionId))']
      : ['(key.positionId IS NULL OR key.positionDate IS NOT NULL OR n.id > key.positionId)'];
  return { seek, keep, order: `n.id ${order.backward ? 'DESC' : 'ASC'}`, sortDate: 'null' };
}

/** One part as a subquery of the page: its rows, ordered and limited, as a list `part`. */
function partQuery(shape: PageShape, part: Part, filters: string[], item: string, guard: string): string {
  const where = (conditions: string[]) => conditions.join('\n      AND ') || 'true';
  return `${guard}
    ${shape.match}
    WHERE ${where(part.seek)}
    WITH ${shape.distinct ? 'DISTINCT ' : ''}key, n
    WHERE ${where([...filters, ...part.keep])}
    WITH n ORDER BY ${part.order} LIMIT toInteger($limit)
    RETURN collect({node: ${item}, sortDate: ${part.sortDate}}) AS part`;
}

/** `keys`: how the statement's keys come in; a page inside a look-up takes its owner from the node found (pagesOf). */
export function pageStatement(name: PageShapeName, keys: readonly PageKey[], order: PageOrder = NEWEST_FIRST, source = 'UNWIND $keys AS key'): Statement {
  const shape: PageShape = pageShapes[name];
  const filters = filterConditions(name, keys);
  const ahead = mergePlans(keys.map((key) => key.ahead));
  // Reading ahead, each item carries its node, for its relations to start from.
  const node = projectNode('n', shape.label, mergeProperties(keys.map((key) => key.properties))) + (ahead.length ? ', k: n' : '');
  const part = (p: Part, guard = '') => partQuery(shape, p, filters, node, guard);
  const undated = undatedPart(shape.dateProperty, keys, order);
  // A filter narrows the owner's list below its degree: the scan's estimate no longer holds.
  const scan = filters.length === 0 ? ownerScans[name] : undefined;
  let body = `CALL (key) {${part(undated)}\n}\nWITH key, part AS items`;
  if (shape.dateProperty) {
    const dated = datedPart(shape.dateProperty, keys, order);
    // The second part is read only when the first did not fill the key's page: finding undated items scans.
    const unfilled = 'size(first) < toInteger(key.take)';
    body = order.backward
      ? `CALL (key) {${part(undated)}\n}\nWITH key, part AS first\n${datedCalls(shape, dated, filters, node, scan, unfilled, (p) => `key, first + ${p} AS items`)}`
      : `${datedCalls(shape, dated, filters, node, scan, null, (p) => `key, ${p} AS first`)}\nCALL (key, first) {${part(undated, `WITH key, first WHERE ${unfilled}`)}\n}\nWITH key, first + part AS items`;
  }
  const params = keys.map((key, i) => ({
    ...filterParams(key, i),
    positionDate: key.position?.date ?? null,
    positionId: key.position?.id ?? null,
    take: key.take,
  }));
  // One LIMIT for the batch (LIMIT cannot depend on the row); each key is then cut to its own take.
  const limit = Math.max(0, ...keys.map((k) => k.take));
  return { cypher: `${source}\n${body}\n${pageEnd(ahead)}`, params: { keys: params, limit, ...(scan ? { scanFactor: SCAN_FACTOR } : {}), ...planParams(ahead) } };
}

/**
 * The dated part as CALL subqueries, then `WITH ${end('part')}`. `unfilled`: a condition that must
 * hold for it to be read at all (read backward, it follows the undated part). With an owner scan
 * (owner-scans.ts), each key reads either its owner's items from the date index (a busy owner) or
 * by walking its owner's edges, as the server's counts say; the other subquery reads nothing.
 */
function datedCalls(shape: PageShape, dated: Part, filters: string[], node: string, scan: OwnerScan | undefined, unfilled: string | null, end: (part: string) => string): string {
  const scope = unfilled ? 'key, first' : 'key';
  const guard = (carry: string, ...conditions: string[]) => {
    const all = [...conditions, ...(unfilled ? [unfilled] : [])];
    return all.length ? `WITH ${carry} WHERE ${all.join(' AND ')}` : '';
  };
  if (!scan) return `CALL (${scope}) {${partQuery(shape, dated, filters, node, guard(scope))}\n}\nWITH ${end('part')}`;
  const scanned: Part = { ...dated, seek: [...dated.seek, scan.member] };
  return `CALL (key) {
    ${scan.owner}
    RETURN o, o IS NOT NULL AND ${scan.degree} ^ 2 >= $scanFactor * toInteger(key.take) * ${scan.all} AS busy
}
CALL (${scope}, o, busy) {${partQuery({ ...shape, match: scan.match }, scanned, filters, node, guard(`${scope}, o`, 'busy'))}
}
WITH ${scope}, busy, part AS scanned
CALL (${scope}, busy) {${partQuery(shape, dated, filters, node, guard(scope, 'NOT busy'))}
}
WITH ${end('scanned + part')}`;
}

export function readPages(store: GraphStore, name: PageShapeName, keys: readonly PageKey[], order: PageOrder = NEWEST_FIRST): Promise<PageItem[][]> {
  return store.readKeyed<PageItem[]>(pageStatement(name, keys, order), keys.map((_, i) => i), []);
}

/**
 * The first pages of lists that node `v` (a look-up's) owns, read in the look-up's statement, as
 * `page0`, `page1` …: each the very statement readPages sends for its key, its owner taken from
 * `v` and its parameters prefixed. Each sits in a subquery that imports only the owner, so its
 * variables (`key`, `n` …) cannot meet the look-up's.
 */
export function pagesOf(v: string, pages: readonly PageAhead[]): Statement {
  const read = pages.map(({ shape, order, ownerKey, key }, i) => {
    const own = pageStatement(shape, [{ owner: null, ...key }], order, 'UNWIND [k IN $keys | k {.*, owner: owner}] AS key');
    const { cypher, params } = renameParams(own, (name) => `page${i}_${name}`);
    const text = `CALL (${v}) {\n  WITH ${v}.${ownerKey} AS owner\n  CALL (owner) {\n${cypher.replace(/^/gm, '    ')}\n  }\n  RETURN value AS page${i}\n}`;
    return { cypher: text, params };
  });
  return { cypher: read.map((r) => r.cypher).join('\n'), params: Object.assign({}, ...read.map((r) => r.params)) };
}
