/**
 * The country form index (src/extraction/country-form-index.ts) finds what one alternation over
 * every country surface found, at every offset of real and hostile texts, only faster. The
 * alternation below is the specification it replaced, kept here as the oracle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { countrySurfaces, matchCountries } from '../../src/extraction/find-countries.js';
import { matchCountryAt } from '../../src/extraction/match-country-at.js';
import type { GazetteerView } from '../../src/extraction/gazetteer-view.js';
import { ADVERSARIAL_CLASSES, adversarialText } from '../helpers/adversarial-texts.js';
import { worldCountriesGazetteer } from './helpers/world-countries-gazetteer.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The oracle: every surface longest first, a demonym with an optional plural "s", bounded on both sides. */
function alternation(gazetteer: GazetteerView): RegExp {
  const alts = countrySurfaces(gazetteer).map((s) => escape(s.surface) + (s.via === 'demonym' ? 's?' : '')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alts || '(?!)'})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, 'gu');
}

const corpus = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const fixtures = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
const TEXTS = [
  ...corpus(fixtures('corpus')),
  ...corpus(fixtures('news-open')),
  ...ADVERSARIAL_CLASSES.map((c) => adversarialText(c.id, 4_000)),
  'The U.S.A. and the U.S. met; U.S.-led talks. Americans, Ukrainians and the French said. Kyiv\'s and Moscow\'s.',
  'Été Française, Côte d\'Ivoire, Türkiye and Réunion; .France 1France Frances Frenchs 𝐀France France𝐀 France.A',
];

describe.each([
  ['the project gazetteer', loadGazetteer()],
  ['the world-countries gazetteer', worldCountriesGazetteer()],
])('country forms with %s', (_name, gazetteer) => {
  const oracle = alternation(gazetteer);
  const sticky = new RegExp(oracle.source, 'uy');

  it('finds at every offset what the alternation finds there', () => {
    for (const text of TEXTS) {
      const expected: string[] = [];
      const actual: string[] = [];
      for (let at = 0; at <= text.length; at++) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        const hit = matchCountryAt(text, at, gazetteer, true);
        expected.push(m ? `${at}:${m[0]}` : '');
        actual.push(hit ? `${at}:${text.slice(at, hit.end)}` : '');
      }
      expect(actual.filter(Boolean)).toEqual(expected.filter(Boolean));
    }
  });

  it('scans a text into the same mentions as the alternation run globally', () => {
    for (const text of TEXTS) {
      const expected = [...text.matchAll(oracle)].map((m) => [m.index, m.index + m[0].length]);
      const actual = matchCountries(text, gazetteer).map((m) => [m.start, m.end]);
      expect(actual).toEqual(expected);
    }
  });
});

describe('country forms, by example', () => {
  const gazetteer = loadGazetteer();
  const at = (text: string, offset: number) => matchCountryAt(text, offset, gazetteer, true);

  it.each([
    ['Americans said', 0, 'US', 9],
    ['the U.S. said', 4, 'US', 8],
    ['Ukraine-led', 0, 'UA', 7],
  ])('reads %j at %i as %s ending at %i', (text, offset, code, end) => {
    expect(at(text, offset)).toEqual({ code, end });
  });

  it.each([
    ['U.S.A', 0, 'a period and a letter continue the word'],
    ['xFrance', 1, 'a letter stands before it'],
    ['1France', 1, 'a digit stands before it'],
    ['.France', 1, 'a period stands before it'],
    ['Frances', 0, 'a plural "s" only follows a demonym'],
  ])('reads nothing in %j at %i (%s)', (text, offset) => {
    expect(at(text, offset)).toBeNull();
  });

  it('keeps a capital out when capitals are not allowed', () => {
    expect(matchCountryAt('Kyiv said', 0, gazetteer, false)).toBeNull();
    expect(matchCountryAt('Kyiv said', 0, gazetteer, true)?.code).toBe('UA');
  });
});

describe('the index by two units and the third', () => {
  it('keeps a two-unit surface among the longer ones of its prefix, in the alternation order, at the end of a text too', async () => {
    const { CountryFormIndex } = await import('../../src/extraction/country-form-index.js');
    const index = new CountryFormIndex([
      { surface: 'Norvania', plural: false },
      { surface: 'Norvanian', plural: true },
      { surface: 'Nob', plural: false },
      { surface: 'NO', plural: false },
      { surface: 'No', plural: false },
    ].sort((a, b) => b.surface.length - a.surface.length));
    expect(index.matchAll('Norvanians and Nob met No and NO')).toEqual([
      { start: 0, end: 10 }, { start: 15, end: 18 }, { start: 23, end: 25 }, { start: 30, end: 32 },
    ]);
    expect(index.matchAt('No', 0)).toEqual({ surface: 'No', end: 2 });
    expect(index.matchAt('Nox', 0)).toBeNull();
    expect(index.matchAt('N', 0)).toBeNull();
  });
});
