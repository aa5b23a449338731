/**
 * The shapes of the gazetteers in seeds/. `seeds/countries.json` is generated from a maintained
 * package (scripts/build-country-gazetteer.ts); `seeds/leaders.json` and `seeds/institutions.json`
 * are curated by hand.
 */

export interface CountryEntry {
  /** ISO 3166-1 alpha-2, e.g. "UA"; reserved codes for states of the past (Soviet Union "SU"). */
  code: string;
  alpha3: string;
  /** Common English name: "Ukraine", "United States". */
  name: string;
  officialName: string;
  /** Other names that denote the country: "United States of America", "USA", "U.S.", "Britain". */
  aliases: string[];
  /** Demonyms and adjectives: "Ukrainian", "American", "British". */
  demonyms: string[];
  /** Capitals, which news uses as metonyms for governments ("Moscow said"). */
  capitals: string[];
  /** True for states that no longer exist (SU, YU, DD, CS). */
  historical?: boolean;
}

export type OfficeKind = 'leader' | 'official';

export interface OfficeTerm {
  /** "President", "Prime Minister", "Chancellor", "Foreign Minister", "Crown Prince" … */
  title: string;
  /** alpha-2 of the country served. */
  country: string;
  kind: OfficeKind;
  /** YYYY-MM-DD; null when earlier than the gazetteer's horizon. */
  since: string | null;
  /** YYYY-MM-DD; null while in office. */
  until: string | null;
}

export interface LeaderEntry {
  /** Slug of the canonical name (src/facts/fact-ids.ts actorId). */
  id: string;
  name: string;
  /** Other spellings and short forms: surname, transliterations ("Zelensky"), nicknames. */
  aliases: string[];
  /** Social-media handles with the leading @: "@ZelenskyyUa". */
  handles: string[];
  offices: OfficeTerm[];
}

export interface InstitutionEntry {
  id: string;
  name: string;
  aliases: string[];
  handles: string[];
  /** alpha-2 when national (a ministry, a royal family), null for international bodies. */
  country: string | null;
}
