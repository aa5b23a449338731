/**
 * The Cypher predicate "this date lies in the key's window": `key.from` and `key.to` are
 * YYYY-MM-DD parameters, either may be null (open end); both ends are included. A fragment of
 * fixed text, so statements that use it stay fixed-shape. Given the batch's keys, a batch in
 * which no key has a window gets `true` instead, so its rows are not tested one by one.
 *
 * @example
 *   dateWindow('c.date'); // '(key.from IS NULL OR c.date >= date(key.from)) AND (key.to IS NULL OR c.date <= date(key.to))'
 *   dateWindow('c.date', [{ from: null, to: null }]); // 'true'
 */
export interface Windowed {
  from: string | null;
  to: string | null;
}

export function dateWindow(property: string, keys?: readonly Windowed[]): string {
  if (keys && keys.every((key) => key.from === null && key.to === null)) return 'true';
  return `(key.from IS NULL OR ${property} >= date(key.from)) AND (key.to IS NULL OR ${property} <= date(key.to))`;
}
