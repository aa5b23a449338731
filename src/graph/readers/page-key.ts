/**
 * What a page of a list is asked for, and what it gives back (page-statement.ts). Lists run by
 * (date, id): newest first unless the order says ASC, undated items last either way. A page
 * starts strictly beyond its `position` in the direction it is read: forward, the items after
 * it in the list's order; backward, the items before it, read in reverse (the caller turns the
 * page round).
 *
 * @example
 *   const key: PageKey = { owner: 'joe-biden', take: 21, position: { date: '2022-03-01', id: 'call_1' } };
 *   const undated: PagePosition = { date: null, id: 'call_2' }; // a position among the undated items
 */
import type { Properties } from './relations.js';
import type { AheadPlan } from './read-ahead.js';
import type { PageFilter } from './page-filters.js';
import type { NodeRecord } from './records.js';
import type { PageShapeName } from './page-shapes.js';
import type { RelationName } from './relations.js';

/** An item's place in its list: its date (null for an undated item) and id. */
export interface PagePosition {
  date: string | null;
  id: string;
}

/** Which way the list runs, and whether this page is read backward from its position. */
export interface PageOrder {
  direction: 'ASC' | 'DESC';
  backward: boolean;
}

export const NEWEST_FIRST: PageOrder = { direction: 'DESC', backward: false };

export interface PageKey extends PageFilter {
  /** Where the page starts (exclusive), in the direction it is read; absent: at the start (or, backward, the end). */
  position?: PagePosition | null;
  /** How many items to read. */
  take: number;
  /** Relations of each item to read with the page, and the levels below them (read-ahead.ts). */
  ahead?: AheadPlan;
  /** The properties of the items to read (projectNode, relations.ts); absent: all of them. */
  properties?: Properties;
}

/** One item of a page and its place in the list. */
export interface PageItem {
  node: NodeRecord;
  /** The date the item is ordered by, or null when it is undated (undated items sort last). */
  sortDate: string | null;
  /** The relations read ahead, when the key asked for some: each as its relation reader gives it (with `{item, ahead}` items when the plan reads below it). */
  ahead?: Partial<Record<RelationName, unknown>>;
}

/**
 * The first page of a list a looked-up node owns (`leader { calls(first: 20) }`), read in the
 * look-up's own statement (pagesOf, page-statement.ts) and primed into the page loader under
 * `{ owner, ...key }`: the key the list's connection loads (connection.ts, pageKey).
 */
export interface PageAhead {
  shape: PageShapeName;
  order: PageOrder;
  /** The owner's key property (`id` of an actor, `code` of a country): the page's `owner`. */
  ownerKey: string;
  key: Omit<PageKey, 'owner'>;
}
