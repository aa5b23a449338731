/**
 * Reads the two inputs of the country gazetteer: the `world-countries` package data and
 * seeds/country-overrides.json (validated). Shared by the generator script and the test that
 * proves seeds/countries.json is reproducible.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PackageCountry } from './build-country-entries.js';
import { countryOverridesSchema, type CountryOverrides } from './gazetteer-schemas.js';
import { seedsUrl } from './seeds-url.js';

/**
 * @example
 *   const { source, overrides } = readCountrySources();
 *   buildCountryEntries(source, overrides);
 */
export function readCountrySources(): { source: PackageCountry[]; overrides: CountryOverrides } {
  // The package's ESM entry imports JSON without an import attribute, which Node rejects; its
  // CommonJS entry is plain `module.exports = require('./countries.json')`.
  const source = createRequire(import.meta.url)('world-countries') as PackageCountry[];
  const file = new URL('country-overrides.json', seedsUrl);
  const parsed = countryOverridesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`seeds/country-overrides.json is malformed:\n  ${issues.join('\n  ')}`);
  }
  return { source, overrides: parsed.data };
}
