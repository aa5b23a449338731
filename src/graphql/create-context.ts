/**
 * The per-request GraphQL context: fresh DataLoaders over the store it is given (the server gives
 * a view of its store that reports each statement: statement counting, explain, traces), the
 * ingestion service when the server has one, and the extraction `extractArticle` previews with
 * (by default the ingestion path's own, src/ingest/extract-article.ts).
 *
 * The loaders (createLoaders): one shared by all look-ups (actor by id, country by code …) and
 * one-hop relations (participants of a call, sources of a tweet …), so that what a level of the
 * query asks for at once is one statement (keyed-batch.ts); one per graph question (networks,
 * paths, dyads, timelines, office holders, search), and, created on first use, one per list
 * shape and order for pages and one per shape for counts. Created with the request and dropped
 * with it, so no cache outlives a request and concurrent requests never share results.
 *
 * @example
 *   createYoga({ schema: buildSchema(), context: () => createContext({ store: store.observed((e) => log.debug(e)) }) });
 *   await createLoaders(store).relations.participantsOfCall.load('call_ce02b0266cb16a01');
 */
import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/graph-store.js';
import { readCallsBetween, type CallsBetweenKey } from '../graph/readers/calls-between.js';
import { readContactNetworks, type NetworkDepth, type NetworkKey, type NetworkRecord } from '../graph/readers/contact-network.js';
import { readContactPaths, type PathKey, type PathRecord } from '../graph/readers/contact-path.js';
import { readCallsPerPeriod, type CallsPerPeriodKey } from '../graph/readers/calls-per-period.js';
import { readCountryContacts, type CountryContactRecord, type CountryContactsKey } from '../graph/readers/country-contacts.js';
import { readMostActiveActors, type ActiveActorRecord, type MostActiveKey } from '../graph/readers/most-active-actors.js';
import { readDyads, type DyadBucketRecord, type DyadKey } from '../graph/readers/dyad-counts.js';
import { readSearches, type SearchHitRecord, type SearchKey } from '../graph/readers/full-text-search.js';
import { readCounts } from '../graph/readers/count-statement.js';
import type { PageFilter } from '../graph/readers/page-filters.js';
import type { PageAhead, PageItem, PageKey, PageOrder } from '../graph/readers/page-key.js';
import { readPages } from '../graph/readers/page-statement.js';
import { readOfficeHolders, type OfficeHolderKey } from '../graph/readers/office-holders.js';
import { readTimelines, type TimelineKey } from '../graph/readers/timeline.js';
import { lookups, readKeyedBatch, type KeyedReaderName, type KeyedRequest, type LookupName, type LookupValues } from '../graph/readers/keyed-batch.js';
import type { PageShapeName } from '../graph/readers/page-shapes.js';
import { settleItem, settleRelation, type AheadPlan, type Prime } from '../graph/readers/read-ahead.js';
import type { ActorRecord, LabelledRecord, NodeRecord } from '../graph/readers/records.js';
import { relations, type Properties, type RelationName, type RelationValues } from '../graph/readers/relations.js';
import { extractArticle } from '../ingest/extract-article.js';
import type { ExtractFn, IngestFn } from './ingest-types.js';
import { toApiError } from './to-api-error.js';

export interface GraphqlContext {
  loaders: Loaders;
  /** Absent when the server runs read-only; `ingestArticle` then fails with INGEST_UNAVAILABLE. */
  ingest?: IngestFn;
  extract: ExtractFn;
}

export interface CreateContextOptions {
  store: GraphStore;
  ingest?: IngestFn;
  extract?: ExtractFn;
}

export function createContext({ store, ingest, extract = extractArticle }: CreateContextOptions): GraphqlContext {
  return { loaders: createLoaders(store), ingest, extract };
}

type Loader<K, V> = DataLoader<K, V, string>;

/** A look-up or relation by key; every such load of one tick joins the same statement (keyed-batch.ts). */
export interface KeyedLoader<V> {
  /**
   * `properties`: what the asking selection reads of a relation's nodes (part of the cache key);
   * `ahead`: what to read ahead below the node or items, primed for their fields (not part of it);
   * `pages`: of a look-up's node, the first pages of lists it owns, primed for their connections.
   */
  load(key: string, properties?: Properties, ahead?: AheadPlan, take?: number, pages?: readonly PageAhead[]): V | Promise<V>;
}

export interface Loaders {
  lookups: { [N in LookupName]: KeyedLoader<LookupValues[N] | null> };
  relations: { [N in RelationName]: KeyedLoader<RelationValues[N]> };
  /** Answers a later load of a relation without a statement: a statement read it ahead (read-ahead.ts). */
  prime: Prime;
  /** Pages of a list shape in one order; keys with different arguments still share one statement per batch. */
  pages(shape: PageShapeName, order?: PageOrder): Loader<PageKey, PageItem[]>;
  /** Sizes of a list shape, counted without loading its nodes. */
  counts(shape: PageShapeName): Loader<PageFilter, number>;
  /** Contact networks of one depth (each depth is its own statement). */
  networks(depth: NetworkDepth): Loader<NetworkKey, NetworkRecord>;
  callsBetween: Loader<CallsBetweenKey, NodeRecord[]>;
  paths: Loader<PathKey, PathRecord | null>;
  dyads: Loader<DyadKey, DyadBucketRecord[]>;
  timelines: Loader<TimelineKey, LabelledRecord[]>;
  officeHolders: Loader<OfficeHolderKey, ActorRecord[]>;
  searches: Loader<SearchKey, SearchHitRecord[]>;
  mostActiveActors: Loader<MostActiveKey, ActiveActorRecord[]>;
  countryContacts: Loader<CountryContactsKey, CountryContactRecord[]>;
  callsPerPeriod: Loader<CallsPerPeriodKey, DyadBucketRecord[]>;
}

/**
 * A loader over one batched reader: each batch is one statement, and a failed statement rejects
 * every key of the batch with the same coded API error (to-api-error.ts). Keys that are objects
 * (page keys) are cached by their JSON, so equal arguments share a load.
 */
function createBatchLoader<K, V>(read: (keys: readonly K[]) => Promise<V[]>, cacheKey: (key: K) => string = (key) => (typeof key === 'string' ? key : JSON.stringify(key))): Loader<K, V> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      try {
        return await read(keys);
      } catch (error) {
        throw toApiError(error);
      }
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * The keyed loader's cache key: reader, take, properties, then the node's key, which alone may hold
 * any character, so it goes last (reader names, integers and property names hold no newline). A
 * page of 100 calls primes and loads 300 relation values: string joins, not JSON, per key.
 */
function keyedCacheKey({ reader, key, properties, take }: KeyedRequest): string {
  return `${reader}\n${take ?? ''}\n${properties ? properties.join(',') : '*'}\n${key}`;
}

/**
 * The part of keyedCacheKey before the node's key (reader, take, properties), made once per
 * properties array, reader and take and kept: the arrays are the plans' and fieldReads' own
 * (selection-reads.ts), shared by every item of a page and by every request of a compiled query.
 * Values read ahead are kept by this string and then by the node's key, both strings whose hash
 * is computed once, so a page of 100 calls primes and loads its 300 relation values without
 * joining a key string for each (bench/results/q2-cpu-ab.md).
 */
const groupsByProperties = new WeakMap<object, Map<string, string>>();
const EVERY_PROPERTY = {};
function groupOf(reader: KeyedReaderName, properties: Properties, take: number | undefined): string {
  const holder = properties ?? EVERY_PROPERTY;
  let groups = groupsByProperties.get(holder);
  if (!groups) groupsByProperties.set(holder, (groups = new Map()));
  const name = take === undefined ? reader : `${reader}\n${take}`;
  let group = groups.get(name);
  if (group === undefined) groups.set(name, (group = `${reader}\n${take ?? ''}\n${properties ? properties.join(',') : '*'}`));
  return group;
}

/** One loader per name, made on first use and kept for the rest of the request. */
function perName<N extends string | number, L>(make: (name: N) => L): (name: N) => L {
  const made = new Map<N, L>();
  return (name) => {
    if (!made.has(name)) made.set(name, make(name));
    return made.get(name)!;
  };
}

type Load = (reader: KeyedReaderName, ...args: Parameters<KeyedLoader<unknown>['load']>) => unknown;
const LOAD = Symbol('load');
const MADE = Symbol('made');

/**
 * The look-up or relation loaders of one request, by reader name, each made on first use: a
 * request uses a few of the thirty-one, and one object per request (its getters are shared) costs
 * less than making all of them.
 */
function keyedLoaderSet<N extends KeyedReaderName>(names: readonly N[]): (load: Load) => Record<N, KeyedLoader<unknown>> {
  type Set = { [LOAD]: Load; [MADE]?: Partial<Record<N, KeyedLoader<unknown>>> };
  const shared = {};
  for (const reader of names)
    Object.defineProperty(shared, reader, {
      enumerable: true,
      get(this: Set) {
        const made: Partial<Record<N, KeyedLoader<unknown>>> = (this[MADE] ??= {});
        const load = this[LOAD];
        return (made[reader] ??= { load: (...args: Parameters<KeyedLoader<unknown>['load']>) => load(reader, ...args) });
      },
    });
  return (load) => Object.assign(Object.create(shared) as Record<N, KeyedLoader<unknown>>, { [LOAD]: load });
}

const LOOKUP_LOADERS = keyedLoaderSet(Object.keys(lookups) as LookupName[]) as unknown as (load: Load) => Loaders['lookups'];
const RELATION_LOADERS = keyedLoaderSet(Object.keys(relations) as RelationName[]) as unknown as (load: Load) => Loaders['relations'];

export function createLoaders(store: GraphStore): Loaders {
  // Look-ups and relations share one loader, so those asked for together share one statement;
  // its cache is per request like every other loader's.
  // What was read ahead is primed under the key its field loads it with; the plan is not part of
  // the key, so a value primed by a shallower plan answers a deeper one (whose fields then load).
  const keyed = createBatchLoader(
    async (requests: readonly KeyedRequest[]) => {
      const values = await readKeyedBatch(store, requests);
      return values.map((value, i) => {
        const { reader, ahead, pages } = requests[i];
        if ((!ahead?.length && !pages?.length) || value == null) return value;
        if (!(reader in lookups)) return settleRelation(value, { relation: reader as RelationName, ahead: ahead! }, prime);
        const read = value as Parameters<typeof settleItem>[0] & { pages?: PageItem[][] };
        // A page read in the look-up's statement answers its connection's load (connection.ts).
        for (const [j, { shape, order, ownerKey, key }] of (pages ?? []).entries()) {
          pagesLoader(shape, order).prime({ owner: String(read.item[ownerKey]), ...key }, read.pages![j]);
        }
        return settleItem(read, ahead ?? [], prime);
      });
    },
    keyedCacheKey,
  );
  // One request shape for loading and priming, so both find the same cache entry.
  const request = (reader: KeyedReaderName, key: string, properties: Properties, ahead?: AheadPlan, take?: number, pages?: readonly PageAhead[]): KeyedRequest => ({
    reader,
    key,
    ...(properties ? { properties } : {}),
    ...(ahead?.length ? { ahead } : {}),
    ...(take === undefined ? {} : { take }),
    ...(pages?.length ? { pages } : {}),
  });
  // Values read ahead, by their cache key (its group, groupOf, then the node's key): a load finds
  // one without a promise, so a page of 100 calls resolves its 300 relation fields as plain values
  // (the executor then schedules no continuation per field). Like DataLoader's prime, the first
  // value for a key stays, and a key already loaded through the loader keeps the loader's value.
  const primed = new Map<string, Map<string, unknown>>();
  const loaded = new Map<string, Set<string>>();
  const prime: Prime = (relation, key, properties, value, take) => {
    const group = groupOf(relation, properties, take);
    let values = primed.get(group);
    if (!values) primed.set(group, (values = new Map()));
    if (!values.has(key) && !loaded.get(group)?.has(key)) values.set(key, value);
  };
  const load: Load = (reader, key, properties, ahead, take, pages) => {
    const group = groupOf(reader, properties, take);
    const values = primed.get(group);
    if (values?.has(key)) return values.get(key);
    let keys = loaded.get(group);
    if (!keys) loaded.set(group, (keys = new Set()));
    keys.add(key);
    return keyed.load(request(reader, key, properties, ahead, take, pages));
  };
  const lookupLoaders = LOOKUP_LOADERS(load);
  const relationLoaders = RELATION_LOADERS(load);
  const pagesIn = perName((name: string) => {
    const [shape, direction, backward] = name.split('/') as [PageShapeName, PageOrder['direction'], string];
    const order = { direction, backward: backward === 'backward' };
    return createBatchLoader((keys: readonly PageKey[]) => readPages(store, shape, keys, order));
  });
  const pagesLoader: Loaders['pages'] = (shape, order = { direction: 'DESC', backward: false }) =>
    pagesIn(`${shape}/${order.direction}/${order.backward ? 'backward' : 'forward'}`);
  return {
    lookups: lookupLoaders,
    relations: relationLoaders,
    prime,
    pages: pagesLoader,
    counts: perName((shape: PageShapeName) =>
      createBatchLoader((keys: readonly PageFilter[]) => readCounts(store, shape, keys)),
    ),
    networks: perName((depth: NetworkDepth) =>
      createBatchLoader((keys: readonly NetworkKey[]) => readContactNetworks(store, depth, keys)),
    ),
    callsBetween: createBatchLoader((keys: readonly CallsBetweenKey[]) => readCallsBetween(store, keys)),
    paths: createBatchLoader((keys: readonly PathKey[]) => readContactPaths(store, keys)),
    dyads: createBatchLoader((keys: readonly DyadKey[]) => readDyads(store, keys)),
    timelines: createBatchLoader((keys: readonly TimelineKey[]) => readTimelines(store, keys)),
    officeHolders: createBatchLoader((keys: readonly OfficeHolderKey[]) => readOfficeHolders(store, keys)),
    searches: createBatchLoader((keys: readonly SearchKey[]) => readSearches(store, keys)),
    mostActiveActors: createBatchLoader((keys: readonly MostActiveKey[]) => readMostActiveActors(store, keys)),
    countryContacts: createBatchLoader((keys: readonly CountryContactsKey[]) => readCountryContacts(store, keys)),
    callsPerPeriod: createBatchLoader((keys: readonly CallsPerPeriodKey[]) => readCallsPerPeriod(store, keys)),
  };
}
