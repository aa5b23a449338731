/**
 * What narrows a list: its date range, and every other filter it may be narrowed by, in one
 * table: its predicate over the listed node `n` (read from the page key `key`), the form the API brings its value into before it is compared
 * (src/graphql/where-filter.ts), and the filter it needs beside it. The page key's type, the
 * filter names, the statement parameters and the API's validation all derive from this table;
 * each list (page-shapes.ts) names the filters it accepts.
 *
 * A page or count statement carries the conditions of those of its list's filters that some key
 * of the batch narrows by, each written `(key.x IS NULL OR …)` so one statement serves every key.
 * Which filters a statement carries is part of its text (values never are), so each combination
 * in use is planned once; a filter no key uses would be evaluated on every item.
 *
 * The date range is written by one builder (dateBound), for pages, counts and the graph
 * questions alike: a bound every key of the batch gives is written bare, so the planner can seek a
 * range index with it; one only some give is guarded by `key.x IS NULL OR`; one none gives is left
 * out. The graph questions' window (dateWindow) is the same two bounds, each end open when null.
 *
 * @example
 *   dateRange('n.date', [{ from: '2022-01-01', to: null }]); // ['n.date >= date(key.from)']
 *   dateWindow('c.date'); // '(key.from IS NULL OR c.date >= date(key.from)) AND (key.to IS NULL OR c.date <= date(key.to))'
 *   dateWindow('c.date', [{ from: null, to: null }]); // 'true': no key of the batch has a window
 *   pageFilters.medium.predicate;    // 'n.medium = key.medium'
 *   filterParams({ medium: 'phone' }, 0); // { i: 0, owner: null, from: null, to: null, participant: null, …, medium: 'phone', … }
 *   filterConditions('callsOfActor', [{ owner: 'joe-biden', medium: 'phone' }]); // ['(key.medium IS NULL OR n.medium = key.medium)']
 *   narrowsOnlyByOwner('callsOfActor', { owner: 'joe-biden', participant: 'joe-biden' }); // true: the participant repeats the owner
 */
import { pageShapes, type PageShape, type PageShapeName } from './page-shapes.js';

/** How the API normalises a filter's value before the statement compares it. */
export type FilterForm =
  /** As given: an id, or an enum value the schema already mapped. */
  | 'as-is'
  /** An ISO alpha-2 country code, upper-cased; anything else is refused. */
  | 'country-code'
  /** Trimmed and lower-cased (names are compared lower-cased). */
  | 'lower-case'
  /** A hashtag: trimmed, without its `#`, lower-cased. */
  | 'hashtag'
  /** Part of a name: lower-cased, and not empty. */
  | 'name-part'
  /** A CAMEO code or its prefix, 2 to 4 digits. */
  | 'cameo'
  /** A PLOVER event type, upper-cased. */
  | 'plover';

export interface FilterRule {
  /** Holds for the items the filter keeps; the statement wraps it as `key.x IS NULL OR (…)`. */
  predicate: string;
  form: FilterForm;
  /** The filter this one only means something beside (a pair's other end); a name of this table. */
  needs?: string;
}

const relatedTo = (pattern: string) => `EXISTS { ${pattern} }`;

export const pageFilters = {
  participant: { predicate: relatedTo('(:Actor {id: key.participant})-[:TOOK_PART_IN]->(n)'), form: 'as-is' },
  country: { predicate: relatedTo('(n)-[:INVOLVES]->(:Country {code: key.country})'), form: 'country-code' },
  counterpart: { predicate: relatedTo('(:Actor {id: key.counterpart})-[:TOOK_PART_IN]->(n)'), form: 'as-is', needs: 'participant' },
  counterpartCountry: {
    predicate: relatedTo(`
      (a:Actor)-[:TOOK_PART_IN]->(n)<-[:TOOK_PART_IN]-(b:Actor) WHERE a.country = key.country AND b.country = key.counterpartCountry
    `),
    form: 'country-code',
    needs: 'country',
  },
  medium: { predicate: 'n.medium = key.medium', form: 'as-is' },
  topic: { predicate: relatedTo('(n)-[:DISCUSSED]->(t:Topic) WHERE toLower(t.name) = key.topic'), form: 'lower-case' },
  hashtag: { predicate: 'any(tag IN coalesce(n.hashtags, []) WHERE toLower(tag) = key.hashtag)', form: 'hashtag' },
  kind: { predicate: 'n.kind = key.kind', form: 'lower-case' },
  byCountry: { predicate: relatedTo('(n)-[:BY]->(:Country {code: key.byCountry})'), form: 'country-code' },
  target: { predicate: relatedTo('(n)-[:TARGETS]->(:Country {code: key.target})'), form: 'country-code' },
  beneficiary: { predicate: relatedTo('(n)-[:BENEFITS]->(:Country {code: key.beneficiary})'), form: 'country-code' },
  name: {
    predicate: `toLower(n.name) CONTAINS key.name
      OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS key.name)`,
    form: 'name-part',
  },
  cameo: { predicate: 'n.cameo STARTS WITH key.cameo', form: 'cameo' },
  plover: { predicate: 'n.ploverEvent = key.plover', form: 'plover' },
} as const satisfies Record<string, FilterRule>;

export type FilterName = keyof typeof pageFilters;
export const filterNames = Object.keys(pageFilters) as FilterName[];

/** What a list is asked for: its owner (an actor id, a country code …), a date range, and filters; absent ones match everything. */
export type PageFilter = { owner?: string | null; from?: string | null; to?: string | null } & { [F in FilterName]?: string | null };

/** A key's owner, range and every filter (null when absent), so the driver never sees `undefined`. */
export function filterParams(key: PageFilter, i: number): Record<string, unknown> {
  const names = ['owner', 'from', 'to', ...filterNames] as const;
  return { i, ...Object.fromEntries(names.map((name) => [name, key[name] ?? null])) };
}

/** Whether `key` narrows its list by `f`: it gives a value, and not one that only repeats its owner. */
function narrows(shape: PageShape, key: PageFilter, f: FilterName): boolean {
  return key[f] != null && !(shape.repeats?.includes(f) && key[f] === key.owner);
}

export function filterConditions(name: PageShapeName, keys: readonly PageFilter[]): string[] {
  const shape: PageShape = pageShapes[name];
  // Every key still carries every filter's value (filterParams): counterpartCountry reads key.country.
  const used = (shape.filters ?? []).filter((f) => keys.some((key) => narrows(shape, key, f)));
  return used.map((f) => `(key.${f} IS NULL OR ${pageFilters[f].predicate})`);
}

/**
 * Whether `key` asks for its owner's whole list: no date range, and no filter of the list that
 * narrows it (a filter the list does not take, such as an incident list's owning `country`, is
 * not in its statement either).
 */
export function narrowsOnlyByOwner(name: PageShapeName, key: PageFilter): boolean {
  const shape: PageShape = pageShapes[name];
  return key.from == null && key.to == null && !(shape.filters ?? []).some((f) => narrows(shape, key, f));
}

/** A graph question's date window: either end may be null (open); both ends are included. */
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

/** One end of a date range, `property op date(key.param)`, as the batch needs it (bare, guarded or left out: above). */
export function dateBound(property: string, op: '>=' | '<=' | '>' | '<', param: string, keys: Given): string | null {
  const bound = `${property} ${op} date(key.${param})`;
  return keys === 'none' ? null : keys === 'all' ? bound : `(key.${param} IS NULL OR ${bound})`;
}

/** The date range of a batch of page or count keys: each end as dateBound writes it for the keys that give it; empty when no key gives a range. */
export function dateRange(property: string, keys: ReadonlyArray<{ from?: string | null; to?: string | null }>): string[] {
  return [
    dateBound(property, '>=', 'from', given(keys, (key) => key.from != null)),
    dateBound(property, '<=', 'to', given(keys, (key) => key.to != null)),
  ].filter((bound): bound is string => bound !== null);
}
