/**
 * Sizes of lists (page-shapes.ts), batched: one statement counts a list for every key of a
 * DataLoader batch, without reading its items' properties. A key that asks for its owner's whole
 * list is answered from the server's counts (a degree, a label count): the busiest country's
 * calls cost what the quietest's do.
 *
 * @example
 *   countStatement('callsOfActor', [{ owner: 'joe-biden' }]);                        // the actor's TOOK_PART_IN degree
 *   await readCounts(store, 'calls', [{ from: '2022-01-01', medium: 'phone' }]);       // counted: [n]
 */
import type { GraphStore, Statement } from '../graph-store.js';
import { dateRange, filterConditions, filterParams, narrowsOnlyByOwner, type PageFilter } from './page-filters.js';
import { pageShapes, type PageShape, type PageShapeName } from './page-shapes.js';

export function countStatement(name: PageShapeName, keys: readonly PageFilter[]): Statement {
  const { match, size, distinct, dateProperty }: PageShape = pageShapes[name];
  const conditions = [...(dateProperty ? dateRange(`n.${dateProperty}`, keys) : []), ...filterConditions(name, keys)];
  // Grouped by key: a key with nothing to count has no row (its count is 0), so the branch of
  // the other kind of key adds no row either.
  const counted = `  ${match}
  WITH ${distinct ? 'DISTINCT ' : ''}key, n
  WHERE ${conditions.join('\n    AND ') || 'true'}
  WITH key, count(n) AS total
  RETURN total`;
  // A batch of whole-list keys only (the usual case) gets no branch for the others, and the reverse.
  const owners = keys.filter((key) => narrowsOnlyByOwner(name, key)).length;
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
  const params = keys.map((key, i) => ({ ...filterParams(key, i), onlyOwner: narrowsOnlyByOwner(name, key) }));
  return { cypher, params: { keys: params } };
}

export function readCounts(store: GraphStore, name: PageShapeName, keys: readonly PageFilter[]): Promise<number[]> {
  return store.readKeyed<number>(countStatement(name, keys), keys.map((_, i) => i), 0);
}
