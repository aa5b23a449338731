/**
 * `leader(id, name)`: by id, or by any name, alias or handle, case-insensitively. Exactly one of
 * the two must be given; an id that names an official or an institution is not a leader (null).
 *
 * @example
 *   await findLeader(loaders, { name: 'zelensky' }); // { id: 'volodymyr-zelenskyy', … } when "Zelensky" is an alias
 */
import type { ActorRecord } from '../graph/readers/records.js';
import { badUserInput } from './bad-user-input.js';
import type { Loaders } from './loaders/create-loaders.js';

export async function findLeader(
  loaders: Loaders,
  { id, name }: { id?: string | null; name?: string | null },
): Promise<ActorRecord | null> {
  if ((id == null) === (name == null)) {
    throw badUserInput('id', 'or "name" must be given, but not both', { id: id ?? null, name: name ?? null });
  }
  if (name != null) {
    const key = name.trim().toLowerCase();
    if (!key) throw badUserInput('name', 'must not be empty', name);
    return loaders.lookups.leaderByName.load(key);
  }
  const actor = await loaders.lookups.actorById.load(id!);
  return actor?.kind === 'leader' ? actor : null;
}
