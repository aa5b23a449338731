/**
 * zod schemas for the files in seeds/. Objects are strict so a misspelt key ("unitl") fails the
 * load instead of silently dropping a date. The inferred types match gazetteer-types.ts; the
 * `satisfies` checks below keep the two from drifting apart.
 */
import { z } from 'zod';
import type { CountryEntry, InstitutionEntry, LeaderEntry, OfficeTerm } from './gazetteer-types.js';

/** A real calendar day written YYYY-MM-DD ("2022-02-30" fails). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isCalendarDay, 'not a calendar date');

function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "UA"');
const names = z.array(z.string().trim().min(1));
const handles = z.array(z.string().regex(/^@\w{1,50}$/, 'expected a handle with its leading @, such as "@ZelenskyyUa"'));
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as "olaf-scholz"');

export const countryEntrySchema = z
  .object({
    code: alpha2,
    alpha3: z.string().regex(/^[A-Z]{3}$/, 'expected an alpha-3 code such as "UKR"'),
    name: z.string().min(1),
    officialName: z.string().min(1),
    aliases: names,
    demonyms: names,
    capitals: names,
    historical: z.literal(true).optional(),
    ambiguous: names.optional(),
  })
  .strict();

export const officeTermSchema = z
  .object({
    title: z.string().min(1),
    country: z.union([alpha2, z.literal('')]),
    kind: z.enum(['leader', 'official']),
    since: isoDate.nullable(),
    until: isoDate.nullable(),
    role: z.enum(['head_of_state', 'head_of_government', 'foreign_minister', 'head_of_institution', 'other']).optional(),
    institution: slug.optional(),
    aliases: names.optional(),
    handles: handles.optional(),
  })
  .strict()
  .refine((t) => t.since === null || t.until === null || t.since < t.until, {
    message: '`since` must come before `until` (until is the first day out of office)',
  })
  .refine((t) => (t.institution === undefined) === (t.country !== ''), {
    message: 'an office serves either a country (alpha-2 in `country`) or an institution (`institution` set, `country` "")',
  });

export const leaderEntrySchema = z
  .object({ id: slug, name: z.string().min(1), aliases: names, handles, offices: z.array(officeTermSchema).min(1) })
  .strict();

export const institutionEntrySchema = z
  .object({ id: slug, name: z.string().min(1), aliases: names, handles, country: alpha2.nullable() })
  .strict();

/** seeds/country-overrides.json: what scripts/build-country-gazetteer.ts merges into the package data. */
export const countryOverridesSchema = z
  .object({
    about: z.string().optional(),
    /** Non-UN-members to include besides the UN members (observers, Kosovo, Taiwan). */
    extraStates: z.array(alpha2),
    /** Aliases shorter than three letters that are still safe in running text ("US", "UK"). */
    keepShortAliases: z.array(z.string()),
    countries: z.record(
      alpha2,
      z
        .object({
          aliases: names.optional(),
          demonyms: names.optional(),
          capitals: names.optional(),
          dropAliases: names.optional(),
          dropCapitals: names.optional(),
          ambiguous: names.optional(),
        })
        .strict(),
    ),
    historical: z.array(countryEntrySchema),
  })
  .strict();

export type CountryOverrides = z.infer<typeof countryOverridesSchema>;

// Compile-time checks that what the schemas accept is what the rest of the code expects.
type Extends<A, B> = A extends B ? true : never;
export const schemasMatchTypes: [
  Extends<z.infer<typeof countryEntrySchema>, CountryEntry>,
  Extends<z.infer<typeof officeTermSchema>, OfficeTerm>,
  Extends<z.infer<typeof leaderEntrySchema>, LeaderEntry>,
  Extends<z.infer<typeof institutionEntrySchema>, InstitutionEntry>,
] = [true, true, true, true];
