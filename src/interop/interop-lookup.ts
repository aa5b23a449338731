/**
 * The gazetteer as event data needs it: countries by the alpha-3 codes GDELT and PLOVER write
 * (including CAMEO's own codes such as "JAP"), by the names ICEWS writes ("Russian Federation",
 * "Moldova, Republic of"), by capital ("Amman"); and known leaders and institutions by name, so
 * an imported "Vladimir Putin" is the gazetteer's `vladimir-putin` with his office of the day.
 *
 * @example
 *   const lookup = createInteropLookup(loadGazetteer());
 *   lookup.countryByAlpha3('RUS')?.code;                 // 'RU'
 *   lookup.countryByName('Occupied Palestinian Territory')?.code; // 'PS'
 *   lookup.actorByName('Benjamin Netanyahu', '2018-06-01'); // { id: 'benjamin-netanyahu', kind: 'leader', … }
 */
import type { Actor } from '../facts/facts-document.js';
import { normaliseText } from '../facts/fact-ids.js';
import type { Gazetteer } from '../gazetteer/load-gazetteer.js';
import type { CountryEntry } from '../gazetteer/gazetteer-types.js';

/** CAMEO and PLOVER country codes that differ from ISO 3166-1 alpha-3. */
const CAMEO_ALPHA3: Record<string, string> = { JAP: 'JPN', VTN: 'VNM', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', SER: 'SRB' };

/** ICEWS country names the gazetteer does not list. */
const ICEWS_NAMES: Record<string, string> = {
  'occupied palestinian territory': 'PS',
  congo: 'CG',
  'congo, democratic republic of the': 'CD',
};

export interface InteropLookup {
  countryByAlpha2(code: string): CountryEntry | null;
  countryByAlpha3(code: string): CountryEntry | null;
  countryByName(name: string): CountryEntry | null;
  countryByCapital(name: string): CountryEntry | null;
  /** "Russian" → Russia; "Russians" too. */
  countryByDemonym(word: string): CountryEntry | null;
  /** A gazetteer leader or institution by name or alias, with the office held on `date`. */
  actorByName(name: string, date: string | null): Actor | null;
}

export function createInteropLookup(gazetteer: Pick<Gazetteer, 'countries' | 'leaders' | 'institutions' | 'officeOn'>): InteropLookup {
  const alpha2 = new Map(gazetteer.countries.map((c) => [c.code, c]));
  const alpha3 = new Map(gazetteer.countries.map((c) => [c.alpha3, c]));
  const names = new Map<string, CountryEntry>();
  const capitals = new Map<string, CountryEntry>();
  const demonyms = new Map<string, CountryEntry>();
  for (const c of gazetteer.countries) {
    if (c.historical) continue;
    for (const n of [c.name, c.officialName, ...c.aliases]) if (!names.has(normaliseText(n))) names.set(normaliseText(n), c);
    for (const n of c.capitals) capitals.set(normaliseText(n), c);
    for (const n of c.demonyms) demonyms.set(normaliseText(n), c);
  }
  for (const [name, code] of Object.entries(ICEWS_NAMES)) if (alpha2.has(code)) names.set(name, alpha2.get(code)!);
  const leaders = new Map(gazetteer.leaders.flatMap((l) => [l.name, ...l.aliases].map((n) => [normaliseText(n), l] as const)));
  const institutions = new Map(gazetteer.institutions.flatMap((i) => [i.name, ...i.aliases].map((n) => [normaliseText(n), i] as const)));

  const byName = (name: string): CountryEntry | null => {
    const key = normaliseText(name);
    // ICEWS inverts some official names: "Moldova, Republic of" is "Republic of Moldova".
    const inverted = /^(.+), (.+ of(?: the)?)$/.exec(key);
    return names.get(key) ?? (inverted ? names.get(`${inverted[2]} ${inverted[1]}`) : undefined) ?? null;
  };

  return {
    countryByAlpha2: (code) => alpha2.get(code.toUpperCase()) ?? null,
    countryByAlpha3: (code) => {
      const upper = code.toUpperCase();
      return alpha3.get(CAMEO_ALPHA3[upper] ?? upper) ?? null;
    },
    countryByName: byName,
    countryByCapital: (name) => capitals.get(normaliseText(name)) ?? null,
    countryByDemonym: (word) => demonyms.get(normaliseText(word)) ?? demonyms.get(normaliseText(word).replace(/s$/, '')) ?? null,
    actorByName(name, date) {
      const key = normaliseText(name);
      const leader = leaders.get(key);
      if (leader) {
        const office = gazetteer.officeOn(leader, date) ?? gazetteer.officeOn(leader, null);
        return {
          id: leader.id,
          kind: office?.kind ?? 'leader',
          name: leader.name,
          aliases: leader.aliases,
          handles: leader.handles,
          title: office?.title ?? null,
          country: office?.country || null,
        };
      }
      const institution = institutions.get(key);
      if (!institution) return null;
      return { id: institution.id, kind: 'institution', name: institution.name, aliases: institution.aliases, handles: institution.handles, title: null, country: institution.country };
    },
  };
}
