/**
 * `contactNetwork(center, depth, from, to, limit)`: checks the arguments (depth 1 to 3, limit 1 to
 * 1000, a window that does not end before it starts) and loads the network through the loader of
 * that depth. Each edge keeps the window, so `NetworkEdge.calls` lists the calls it counted.
 * Edges get their first and last contact only when `contactDates` (the query selects them).
 *
 * @example
 *   await contactNetwork(loaders, { center: 'joe-biden', depth: 2 });
 *   // { nodes: [{ id: 'joe-biden', depth: 0, … }, …], edges: [{ source, target, weight, window: { from: null, to: null } }, …], truncated: false }
 */
import type { NetworkDepth, NetworkRecord } from '../graph/readers/contact-network.js';
import { badUserInput } from './bad-user-input.js';
import type { Loaders } from './create-context.js';
import { checkDateOrder } from './connection.js';

export const MAX_NETWORK_DEPTH = 3;
export const MAX_NETWORK_NODES = 1000;

export interface NetworkArgs {
  center: string;
  depth?: number | null;
  from?: string | null;
  to?: string | null;
  limit?: number | null;
}

export type Window = { from: string | null; to: string | null };
export type NetworkEdgeValue = NetworkRecord['edges'][number] & { window: Window };

export async function contactNetwork(
  loaders: Loaders,
  { center, depth, from, to, limit }: NetworkArgs,
  contactDates = true,
): Promise<Omit<NetworkRecord, 'edges'> & { edges: NetworkEdgeValue[] }> {
  const hops = depth ?? 1;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_NETWORK_DEPTH) {
    throw badUserInput('depth', `must be an integer from 1 to ${MAX_NETWORK_DEPTH}`, depth);
  }
  const size = limit ?? 500;
  if (!Number.isInteger(size) || size < 1 || size > MAX_NETWORK_NODES) {
    throw badUserInput('limit', `must be an integer from 1 to ${MAX_NETWORK_NODES}`, limit);
  }
  checkDateOrder(from, to);
  const window = { from: from ?? null, to: to ?? null };
  const network = await loaders.networks(hops as NetworkDepth).load({ center, ...window, limit: size, contactDates });
  // Each edge takes the window in place: the edges are the reader's own objects for this key, and
  // the key holds the window (copying a 4,000-edge network's edges was garbage on a hot path).
  const edges = network.edges as NetworkEdgeValue[];
  for (const edge of edges) edge.window = window;
  return { ...network, edges };
}
