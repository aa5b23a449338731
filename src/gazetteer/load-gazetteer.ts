/**
 * The gazetteers in seeds/ (countries, leaders with dated offices, institutions), validated and
 * indexed once per process. Extraction reads it to recognise names; the graph seeds Country and
 * Actor nodes from it.
 */
import { readFileSync } from 'node:fs';
import type { ZodType, ZodTypeDef } from 'zod';
import type { CountryEntry, InstitutionEntry, LeaderEntry, OfficeTerm } from './gazetteer-types.js';
import { countryEntrySchema, institutionEntrySchema, leaderEntrySchema } from './gazetteer-schemas.js';
import { mergeLeaderFiles } from './merge-leader-files.js';
import { officeOn } from './office-on.js';
import { seedsUrl } from './seeds-url.js';
import { GazetteerFileError, validateEntries } from './validate-entries.js';

export interface Gazetteer {
  countries: CountryEntry[];
  leaders: LeaderEntry[];
  institutions: InstitutionEntry[];
  /** By ISO 3166-1 alpha-2, case-insensitive: "ua" → Ukraine. */
  countryByCode(code: string): CountryEntry | undefined;
  leaderById(id: string): LeaderEntry | undefined;
  institutionById(id: string): InstitutionEntry | undefined;
  /** See office-on.ts: the office valid on `date`, preferring heads of state/government; null date → latest. */
  officeOn(leader: LeaderEntry, date: string | null): OfficeTerm | null;
}

let cached: Gazetteer | undefined;

/**
 * Reads and validates seeds/countries.json, leaders.json, leaders-historical.json and
 * institutions.json on first call and returns the same object afterwards. The two leader files are
 * joined by id (merge-leader-files.ts): a person in both is one leader with the offices of both.
 * A malformed file throws GazetteerFileError naming the file and every bad entry.
 *
 * @example
 *   const gazetteer = loadGazetteer();
 *   const scholz = gazetteer.leaderById('olaf-scholz')!;
 *   gazetteer.officeOn(scholz, '2022-03-01')?.title; // → 'Chancellor'
 */
export function loadGazetteer(): Gazetteer {
  cached ??= createGazetteer({
    countries: readEntries('countries.json', countryEntrySchema, 'code'),
    leaders: mergeLeaderFiles(
      readEntries('leaders.json', leaderEntrySchema, 'id'),
      readEntries('leaders-historical.json', leaderEntrySchema, 'id'),
    ),
    institutions: readEntries('institutions.json', institutionEntrySchema, 'id'),
  });
  return cached;
}

/**
 * Indexes already validated entries; for tests and tools that build a small gazetteer in memory.
 *
 * @example
 *   createGazetteer({ countries: [], leaders: [scholz], institutions: [] }).leaderById('olaf-scholz');
 */
export function createGazetteer(data: Pick<Gazetteer, 'countries' | 'leaders' | 'institutions'>): Gazetteer {
  const countries = new Map(data.countries.map((c) => [c.code, c]));
  const leaders = new Map(data.leaders.map((l) => [l.id, l]));
  const institutions = new Map(data.institutions.map((i) => [i.id, i]));
  return {
    ...data,
    countryByCode: (code) => countries.get(code.toUpperCase()),
    leaderById: (id) => leaders.get(id),
    institutionById: (id) => institutions.get(id),
    officeOn,
  };
}

function readEntries<T>(file: string, schema: ZodType<T, ZodTypeDef, unknown>, key: 'id' | 'code'): T[] {
  const label = `seeds/${file}`;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(new URL(file, seedsUrl), 'utf8'));
  } catch (err) {
    throw new GazetteerFileError(label, [err instanceof Error ? err.message : String(err)]);
  }
  return validateEntries(label, data, schema, key);
}
