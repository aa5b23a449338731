/**
 * Turns the `world-countries` package data plus seeds/country-overrides.json into the entries of
 * seeds/countries.json. Pure, so a test can prove the committed file is exactly what the
 * generator makes from the installed package.
 */
import type { CountryEntry } from './gazetteer-types.js';
import type { CountryOverrides } from './gazetteer-schemas.js';

/** The fields of a `world-countries` record that the gazetteer reads. */
export interface PackageCountry {
  cca2: string;
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms: { eng?: { f: string; m: string } };
}

/**
 * One entry per sovereign state (UN members plus `overrides.extraStates`) and per historical state
 * in the overrides, sorted by code.
 *
 * @example
 *   buildCountryEntries(require('world-countries'), overrides).find((c) => c.code === 'GB')?.aliases
 *   // → ['UK', 'Great Britain', 'U.K.', 'Britain'] (the name and official name are fields of their own)
 */
export function buildCountryEntries(source: PackageCountry[], overrides: CountryOverrides): CountryEntry[] {
  const extra = new Set(overrides.extraStates);
  const keepShort = new Set(overrides.keepShortAliases);
  const states = source.filter((c) => c.unMember || extra.has(c.cca2));
  const missing = overrides.extraStates.filter((code) => !states.some((c) => c.cca2 === code));
  if (missing.length > 0) throw new Error(`extraStates not found in world-countries: ${missing.join(', ')}`);

  const entries = states.map((c) => toEntry(c, overrides.countries[c.cca2] ?? {}, keepShort));
  return [...entries, ...overrides.historical].sort((a, b) => a.code.localeCompare(b.code));
}

type CountryPatch = CountryOverrides['countries'][string];

function toEntry(c: PackageCountry, patch: CountryPatch, keepShort: Set<string>): CountryEntry {
  const name = c.name.common;
  const officialName = c.name.official;
  const demonyms = uniq([...packageDemonyms(c), ...(patch.demonyms ?? [])]).filter((d) => !sameText(d, name));
  const taken = [name, officialName, ...demonyms];
  const dropped = patch.dropAliases ?? [];
  const aliases = uniq([...c.altSpellings, ...(patch.aliases ?? [])]).filter(
    (a) => isSafeAlias(a, keepShort) && !taken.some((t) => sameText(t, a)) && !dropped.some((d) => sameText(d, a)),
  );
  const dropCapitals = patch.dropCapitals ?? [];
  const capitals = uniq([...c.capital, ...(patch.capitals ?? [])]).filter((x) => !dropCapitals.includes(x));
  const entry: CountryEntry = { code: c.cca2, alpha3: c.cca3, name, officialName, aliases, demonyms, capitals };
  if (patch.ambiguous && patch.ambiguous.length > 0) entry.ambiguous = patch.ambiguous;
  return entry;
}

/** "Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each. */
function packageDemonyms(c: PackageCountry): string[] {
  const eng = c.demonyms.eng;
  if (!eng) return [];
  return [eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).map((d) => d.trim());
}

/**
 * Whether an alias can be matched in running English text without false hits. Drops ISO codes and
 * other one- or two-letter forms ("IN", "IT", "ME" are English words), inverted catalogue forms
 * ("Korea, Republic of"), names in other scripts or phonetic notation, and lower-case phrases.
 */
function isSafeAlias(alias: string, keepShort: Set<string>): boolean {
  if (keepShort.has(alias)) return true;
  if (alias.replace(/[^\p{L}]/gu, '').length < 3) return false;
  if (alias.includes(', ')) return false;
  if (!/^\p{Lu}/u.test(alias)) return false;
  if (/[\u0250-\u02af]/u.test(alias)) return false;
  return [...alias].every((ch) => !/\p{L}/u.test(ch) || /\p{Script=Latin}/u.test(ch));
}

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0;
}

/** Removes repeats (case-insensitively), keeping the first spelling seen. */
function uniq(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values.map((s) => s.trim()).filter(Boolean)) if (!out.some((o) => sameText(o, v))) out.push(v);
  return out;
}
