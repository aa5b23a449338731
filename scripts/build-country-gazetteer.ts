/**
 * Regenerates seeds/countries.json from the `world-countries` package and the hand-made
 * seeds/country-overrides.json. Never edit countries.json by hand: edit the overrides and rerun.
 *
 * @example
 *   npx tsx scripts/build-country-gazetteer.ts
 */
import { writeFileSync } from 'node:fs';
import { buildCountryEntries } from '../src/gazetteer/build-country-entries.js';
import { readCountrySources } from '../src/gazetteer/read-country-sources.js';
import { seedsUrl } from '../src/gazetteer/seeds-url.js';

const { source, overrides } = readCountrySources();
const entries = buildCountryEntries(source, overrides);
writeFileSync(new URL('countries.json', seedsUrl), `${JSON.stringify(entries, null, 2)}\n`);
process.stdout.write(`seeds/countries.json: ${entries.length} countries (${entries.filter((e) => e.historical).length} historical)\n`);
