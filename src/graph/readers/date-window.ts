/**
 * The Cypher predicate "this date lies in the key's window": `key.from` and `key.to` are
 * YYYY-MM-DD parameters, either may be null (open end); both ends are included. A fragment of
 * fixed text, so statements that use it stay fixed-shape.
 *
 * @example
 *   dateWindow('c.date'); // '(key.from IS NULL OR c.date >= date(key.from)) AND (key.to IS NULL OR c.date <= date(key.to))'
 */
export function dateWindow(property: string): string {
  return `(key.from IS NULL OR ${property} >= date(key.from)) AND (key.to IS NULL OR ${property} <= date(key.to))`;
}
