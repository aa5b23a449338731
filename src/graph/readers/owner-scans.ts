/**
 * Busy owners' lists read from the date index (page-statement.ts). A page of a leader's calls
 * walks all of the leader's calls and sorts them: the cost follows the leader's degree (32,000
 * calls at scale M for 20 on the page). Read instead from the list's date index, newest first,
 * keeping the calls the owner took part in, a page costs about `take × all / degree` index entries
 * (the owner's calls spread over the list's dates) and stops once it is full. The statement
 * chooses per key, from two numbers the server keeps in its counts: the owner's degree and the
 * label's size. It scans when `degree² ≥ SCAN_FACTOR × take × all`, i.e. when the expected scan
 * is at most a SCAN_FACTOR-th of the walk; an owner of few items is walked as before.
 * The scan assumes the owner's items spread over the dates: an owner whose items all lie far back
 * reads every later item of the index before its own (at most the label's size).
 *
 * @example
 *   ownerScans.callsOfActor?.degree; // 'COUNT { (o)-[:TOOK_PART_IN]->() }'
 */
import type { PageShapeName } from './page-shapes.js';

export interface OwnerScan {
  /** Binds the owner `o` from `key.owner`; null when it does not exist. */
  owner: string;
  /** The owner's number of items, read from the server's counts. */
  degree: string;
  /** The number of items of the label, read from the server's counts. */
  all: string;
  /** Every item of the label, from the date index (`n`). */
  match: string;
  /** The condition that item `n` belongs to owner `o`. */
  member: string;
}

/**
 * How much cheaper the expected scan must be than the walk (both counted in items read; an
 * item scanned costs a little more than one walked: its relationships are checked for the owner).
 */
export const SCAN_FACTOR = 4;

const calls = (owner: string, degree: string, member: string): OwnerScan => ({
  owner: `OPTIONAL MATCH (o:${owner})`,
  degree,
  all: 'COUNT { (:Call) }',
  match: 'MATCH (n:Call) USING INDEX n:Call(date)',
  member,
});

export const ownerScans: Partial<Record<PageShapeName, OwnerScan>> = {
  callsOfActor: calls('Actor {id: key.owner}', 'COUNT { (o)-[:TOOK_PART_IN]->() }', 'EXISTS { (o)-[:TOOK_PART_IN]->(n) }'),
  callsOfCountry: calls('Country {code: key.owner}', 'COUNT { (o)<-[:INVOLVES]-() }', 'EXISTS { (n)-[:INVOLVES]->(o) }'),
};
