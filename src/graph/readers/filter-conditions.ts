/**
 * The filter conditions of a page or count statement: those of its list's filters (page-filters.ts)
 * that some key of the batch narrows by, each written `(key.x IS NULL OR …)` so one statement serves
 * every key. Which filters a statement carries is part of its text (values never are), so each
 * combination in use is planned once; a filter no key uses would be evaluated on every item.
 *
 * @example
 *   filterConditions('callsOfActor', [{ owner: 'joe-biden', medium: 'phone' }]); // ['(key.medium IS NULL OR n.medium = key.medium)']
 *   narrowsOnlyByOwner('callsOfActor', { owner: 'joe-biden', participant: 'joe-biden' }); // true: the participant repeats the owner
 */
import { pageFilters, type FilterName, type PageFilter } from './page-filters.js';
import { pageShapes, type PageShape, type PageShapeName } from './page-shapes.js';

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
