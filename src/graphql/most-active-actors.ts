/**
 * `mostActiveActors(kind, from, to, first)`: checks the window and the size, and turns the API's
 * kind (LEADER) into the stored one (leader).
 *
 * @example
 *   await mostActiveActors(loaders, { kind: 'LEADER', first: 5 }); // [{ actor: { id: 'joe-biden', … }, callCount: 8, … }, …]
 */
import type { ActiveActorRecord } from '../graph/readers/most-active-actors.js';
import type { Loaders } from './create-context.js';
import { checkDateOrder, pageSize } from './connection.js';

export interface MostActiveArgs {
  kind?: 'LEADER' | 'OFFICIAL' | 'INSTITUTION' | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

export function mostActiveActors(loaders: Loaders, { kind, from, to, first }: MostActiveArgs): Promise<ActiveActorRecord[]> {
  checkDateOrder(from, to);
  return loaders.mostActiveActors.load({
    kind: kind ? kind.toLowerCase() : null, from: from ?? null, to: to ?? null, take: pageSize('first', first ?? 10),
  });
}
