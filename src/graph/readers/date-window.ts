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
  return `${dateBound(property, '>=', 'from', 'some')} AND ${dateBound(property, '<=', 'to', 'some')}`;
}

/** How many keys of a batch give a bound: all of them, some, or none. */
export type Given = 'all' | 'some' | 'none';

export function given<K>(keys: readonly K[], gives: (key: K) => boolean): Given {
  const count = keys.filter(gives).length;
  return count === 0 ? 'none' : count === keys.length ? 'all' : 'some';
}

/**
 * One end of a date range, `property op date(key.param)`, written as the batch needs it: bare when
 * every key gives it (a bound the planner can seek a range index with), guarded by
 * `key.param IS NULL OR` when only some do, and left out (null) when none does.
 *
 * @example
 *   dateBound('n.date', '>=', 'from', 'all');  // 'n.date >= date(key.from)'
 *   dateBound('n.date', '<=', 'to', 'some');   // '(key.to IS NULL OR n.date <= date(key.to))'
 *   dateBound('n.date', '<=', 'to', 'none');   // null
 */
export function dateBound(property: string, op: '>=' | '<=' | '>' | '<', param: string, keys: Given): string | null {
  const bound = `${property} ${op} date(key.${param})`;
  return keys === 'none' ? null : keys === 'all' ? bound : `(key.${param} IS NULL OR ${bound})`;
}

/**
 * The date range of a batch of page or count keys (page-statement.ts, count-statement.ts): each
 * end as dateBound writes it for the keys that give it. Empty when no key gives a range.
 *
 * @example
 *   dateRange('n.date', [{ from: '2022-01-01', to: null }]); // ['n.date >= date(key.from)']
 */
export function dateRange(property: string, keys: ReadonlyArray<{ from?: string | null; to?: string | null }>): string[] {
  return [
    dateBound(property, '>=', 'from', given(keys, (key) => key.from != null)),
    dateBound(property, '<=', 'to', given(keys, (key) => key.to != null)),
  ].filter((bound): bound is string => bound !== null);
}
