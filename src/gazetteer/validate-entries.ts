/**
 * Validates the entries of one gazetteer file and lists every problem at once, each naming the
 * file, the entry's position and its id, so a bad hand edit is found without a debugger.
 */
import type { ZodType, ZodTypeDef } from 'zod';

export class GazetteerFileError extends Error {
  readonly code = 'GAZETTEER_INVALID';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is malformed:\n  ${problems.join('\n  ')}`);
    this.name = 'GazetteerFileError';
  }
}

/**
 * Parses `data` (the file's JSON) as an array of entries; throws GazetteerFileError listing every
 * invalid or duplicate entry.
 *
 * @example
 *   validateEntries('seeds/leaders.json', [{ id: 'olaf-scholz', name: 'Olaf Scholz' }], leaderEntrySchema, 'id');
 *   // throws: seeds/leaders.json is malformed:
 *   //   entry 0 ("olaf-scholz"): aliases: Required …
 */
export function validateEntries<T>(file: string, data: unknown, schema: ZodType<T, ZodTypeDef, unknown>, key: 'id' | 'code'): T[] {
  if (!Array.isArray(data)) throw new GazetteerFileError(file, [`expected a JSON array of entries, received ${typeof data}`]);
  const problems: string[] = [];
  const entries: T[] = [];
  const seen = new Map<string, number>();
  data.forEach((raw, index) => {
    const label = `entry ${index} (${describe(raw, key)})`;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      return;
    }
    const value = String((parsed.data as Record<string, unknown>)[key]);
    const first = seen.get(value);
    if (first !== undefined) problems.push(`${label}: duplicate ${key} "${value}", first used by entry ${first}`);
    else seen.set(value, index);
    entries.push(parsed.data);
  });
  if (problems.length > 0) throw new GazetteerFileError(file, problems);
  return entries;
}

/** The entry's key or name as written, for error messages about entries that may not parse. */
function describe(raw: unknown, key: string): string {
  if (typeof raw !== 'object' || raw === null) return JSON.stringify(raw);
  const record = raw as Record<string, unknown>;
  const label = record[key] ?? record.name;
  return typeof label === 'string' ? JSON.stringify(label) : 'no id';
}
