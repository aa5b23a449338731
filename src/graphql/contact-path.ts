/**
 * `contactPath(from, to, maxHops)`: checks the arguments (two different actors, 1 to 6 hops) and
 * loads the shortest chain of calls between them, or null.
 *
 * @example
 *   await contactPath(loaders, { from: 'olaf-scholz', to: 'joe-biden' }); // { hops: 2, actors: […], calls: […] }
 */
import { MAX_PATH_HOPS, type PathRecord } from '../graph/readers/contact-path.js';
import { badUserInput } from './bad-user-input.js';
import type { Loaders } from './create-context.js';

export async function contactPath(
  loaders: Loaders,
  { from, to, maxHops }: { from: string; to: string; maxHops?: number | null },
): Promise<PathRecord | null> {
  const hops = maxHops ?? 4;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_PATH_HOPS) {
    throw badUserInput('maxHops', `must be an integer from 1 to ${MAX_PATH_HOPS}`, maxHops);
  }
  if (from === to) throw badUserInput('to', 'must name another actor than "from"', to);
  return loaders.paths.load({ from, to, maxHops: hops });
}
