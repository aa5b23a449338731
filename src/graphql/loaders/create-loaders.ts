/**
 * Every DataLoader of one request: one per look-up (actor by id, country by code …), one per
 * relation (participants of a call, sources of a tweet …), and, created on first use, one per
 * list shape for pages and one for counts. Created with the request and dropped with it, so no
 * cache outlives a request and concurrent requests never share results.
 *
 * @example
 *   const loaders = createLoaders(store.observed(onStatement));
 *   await loaders.relations.participantsOfCall.load('call_ce02b0266cb16a01');
 */
import type DataLoader from 'dataloader';
import type { GraphStore } from '../../graph/graph-store.js';
import { readCounterparts, type CounterpartsKey } from '../../graph/readers/counterparts.js';
import { readCounts, readPages, type PageFilter, type PageItem, type PageKey } from '../../graph/readers/keyset-page.js';
import { lookups, readLookup, type LookupName, type LookupValues } from '../../graph/readers/lookups.js';
import type { PageShapeName } from '../../graph/readers/page-shapes.js';
import type { CounterpartRecord } from '../../graph/readers/records.js';
import { readRelation, relations, type RelationName, type RelationValues } from '../../graph/readers/relations.js';
import { createBatchLoader } from './create-batch-loader.js';

type Loader<K, V> = DataLoader<K, V, string>;

export interface Loaders {
  lookups: { [N in LookupName]: Loader<string, LookupValues[N] | null> };
  relations: { [N in RelationName]: Loader<string, RelationValues[N]> };
  /** Pages of a list shape; keys with different arguments still share one statement per batch. */
  pages(shape: PageShapeName): Loader<PageKey, PageItem[]>;
  /** Sizes of a list shape, counted without loading its nodes. */
  counts(shape: PageShapeName): Loader<PageFilter, number>;
  counterparts: Loader<CounterpartsKey, CounterpartRecord[]>;
}

/** One loader per name, made on first use and kept for the rest of the request. */
function perName<N extends string, L>(make: (name: N) => L): (name: N) => L {
  const made = new Map<N, L>();
  return (name) => {
    if (!made.has(name)) made.set(name, make(name));
    return made.get(name)!;
  };
}

export function createLoaders(store: GraphStore): Loaders {
  const lookupLoaders = Object.fromEntries(
    (Object.keys(lookups) as LookupName[]).map((name) => [
      name,
      createBatchLoader((keys: readonly string[]) => readLookup(store, name, keys)),
    ]),
  ) as Loaders['lookups'];
  const relationLoaders = Object.fromEntries(
    (Object.keys(relations) as RelationName[]).map((name) => [
      name,
      createBatchLoader((keys: readonly string[]) => readRelation(store, name, keys)),
    ]),
  ) as Loaders['relations'];
  return {
    lookups: lookupLoaders,
    relations: relationLoaders,
    pages: perName((shape: PageShapeName) => createBatchLoader((keys: readonly PageKey[]) => readPages(store, shape, keys))),
    counts: perName((shape: PageShapeName) =>
      createBatchLoader((keys: readonly PageFilter[]) => readCounts(store, shape, keys)),
    ),
    counterparts: createBatchLoader((keys: readonly CounterpartsKey[]) => readCounterparts(store, keys)),
  };
}
