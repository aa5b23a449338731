/**
 * Joins the two leader files into one list. seeds/leaders.json holds the offices of 2015 onwards
 * and seeds/leaders-historical.json those that ended before; a person who served in both eras
 * (Putin, Netanyahu, Kerry) has an entry in each, under the same id, and must come out as ONE
 * leader, or the graph would hold two Actors and extraction two candidates for one name.
 */
import type { LeaderEntry } from './gazetteer-types.js';
import { GazetteerFileError } from './validate-entries.js';

/**
 * Entries of `current` keep their order; an entry of `historical` with the same id adds its offices
 * (earlier ones first), aliases and handles to it; the rest of `historical` follows. Two entries
 * with one id but different names are a curation error (a slug collision, not one person), so the
 * merge throws GazetteerFileError naming both.
 *
 * @example
 *   mergeLeaderFiles([{ id: 'vladimir-putin', …, offices: [president2012] }],
 *                    [{ id: 'vladimir-putin', …, offices: [pm1999, president2000, pm2008] }]);
 *   // → one Putin with four offices, oldest first
 */
export function mergeLeaderFiles(current: LeaderEntry[], historical: LeaderEntry[], historicalFile = 'seeds/leaders-historical.json'): LeaderEntry[] {
  const earlier = new Map(historical.map((entry) => [entry.id, entry]));
  const problems: string[] = [];
  const merged = current.map((entry) => {
    const past = earlier.get(entry.id);
    if (!past) return entry;
    earlier.delete(entry.id);
    if (past.name !== entry.name) {
      problems.push(`entry "${entry.id}": name "${past.name}" differs from "${entry.name}" in seeds/leaders.json (one id must be one person)`);
    }
    return {
      ...entry,
      aliases: union(entry.aliases, past.aliases),
      handles: union(entry.handles, past.handles),
      offices: [...past.offices, ...entry.offices],
    };
  });
  if (problems.length > 0) throw new GazetteerFileError(historicalFile, problems);
  return [...merged, ...earlier.values()];
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
