/**
 * A countries-only gazetteer built from the `world-countries` package, for stage tests that must
 * not depend on the curated leaders list.
 */
import { createRequire } from 'node:module';
import type { CountryEntry } from '../../../src/gazetteer/gazetteer-types.js';
import type { GazetteerView } from '../../../src/extraction/gazetteer-view.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string; cca3: string; name: { common: string; official: string };
  altSpellings: string[]; independent?: boolean; capital?: string[]; demonyms?: { eng?: { m: string; f: string } };
}

export function worldCountriesGazetteer(): GazetteerView {
  const raw = require('world-countries') as WorldCountry[];
  const countries: CountryEntry[] = raw.filter((c) => c.independent).map((c) => ({
    code: c.cca2,
    alpha3: c.cca3,
    name: c.name.common,
    officialName: c.name.official,
    aliases: c.altSpellings,
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))],
    capitals: c.capital ?? [],
  }));
  return { countries, leaders: [], institutions: [], officeOn: () => null };
}
