import { readFileSync } from 'node:fs';
import { buildCountryEntries } from '../../../src/gazetteer/build-country-entries.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { readCountrySources } from '../../../src/gazetteer/read-country-sources.js';
import { seedsUrl } from '../../../src/gazetteer/seeds-url.js';

const { countries, countryByCode } = loadGazetteer();
const surfaces = (code: string) => {
  const c = countryByCode(code)!;
  return [c.name, c.officialName, ...c.aliases];
};

describe('the country gazetteer (seeds/countries.json)', () => {
  it('is exactly what scripts/build-country-gazetteer.ts makes from world-countries and the overrides', () => {
    const { source, overrides } = readCountrySources();
    const committed = JSON.parse(readFileSync(new URL('countries.json', seedsUrl), 'utf8'));
    expect(buildCountryEntries(source, overrides)).toEqual(committed);
  });

  it('lists the UN members, the observers, Kosovo, Taiwan and four states of the past, sorted by code', () => {
    const codes = countries.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(countries.filter((c) => !c.historical)).toHaveLength(197);
    for (const code of ['UA', 'US', 'PS', 'VA', 'XK', 'TW']) expect(codeSet()).toContain(code);
    expect(countries.filter((c) => c.historical).map((c) => c.code)).toEqual(['CS', 'DD', 'SU', 'YU']);
    expect(countryByCode('SU')?.demonyms).toContain('Soviet');
  });

  it.each([
    ['US', ['U.S.', 'US', 'USA', 'America', 'United States of America']],
    ['GB', ['UK', 'U.K.', 'Britain', 'Great Britain']],
    ['RU', ['Russian Federation']],
    ['KR', ['South Korea', 'Republic of Korea']],
    ['KP', ['North Korea', 'DPRK']],
    ['AE', ['UAE', 'United Arab Emirates']],
    ['TR', ['Türkiye', 'Turkey']],
    ['CZ', ['Czechia', 'Czech Republic']],
    ['CD', ['DRC']],
    ['VA', ['Holy See']],
  ])('names %s the way English news does', (code, expected) => {
    expect(surfaces(code)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['AE', 'Emirati'], ['SA', 'Saudi'], ['UA', 'Ukrainian'], ['GB', 'British'], ['US', 'American'], ['CN', 'Chinese'],
    ['TR', 'Turkish'], ['NL', 'Dutch'], ['IL', 'Israeli'], ['PS', 'Palestinian'], ['PH', 'Philippine'], ['SI', 'Slovenian'],
  ])('knows the demonym of %s: %s', (code, demonym) => {
    expect(countryByCode(code)?.demonyms).toContain(demonym);
  });

  it('keeps no alias that running English text would match by accident (a given name such as "Dominique" is not a country)', () => {
    const risky = ['IN', 'IT', 'TO', 'ME', 'AM', 'NO', 'IS', 'Holland', 'Island', 'Congo', 'Timor', 'Dominique'];
    for (const c of countries) {
      for (const alias of c.aliases) {
        expect(risky).not.toContain(alias);
        if (!['US', 'UK', 'U.S.', 'U.K.'].includes(alias)) expect(alias.replace(/[^\p{L}]/gu, '').length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('gives each capital to one country only, so "Moscow said" means Russia and not the Soviet Union', () => {
    const capitals = countries.flatMap((c) => c.capitals);
    expect(new Set(capitals).size).toBe(capitals.length);
    expect(countryByCode('UA')?.capitals).toEqual(expect.arrayContaining(['Kyiv', 'Kiev']));
  });
});

function codeSet(): Set<string> {
  return new Set(countries.map((c) => c.code));
}
