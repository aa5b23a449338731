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
  /**
   * Names, aliases, demonyms or capitals of this entry that often mean something else in English
   * text ("Georgia" the US state, "Chad" the first name, "Victoria" the city in Canada): a matcher
   * should want corroborating context before trusting them.
   */
  ambiguous?: string[];
}

export type OfficeKind = 'leader' | 'official';

/**
 * What an office is, independent of its local title, so "foreign ministers on 2022-03-01" is one
 * query whether the title is "Foreign Secretary", "Secretary of State" or "External Affairs
 * Minister". A president who also heads the government (US, Brazil) is `head_of_state`.
 */
export type OfficeRole = 'head_of_state' | 'head_of_government' | 'foreign_minister' | 'head_of_institution' | 'other';

export interface OfficeTerm {
  /** "President", "Prime Minister", "Chancellor", "Foreign Minister", "Crown Prince" … */
  title: string;
  /** alpha-2 of the country served. */
  country: string;
  kind: OfficeKind;
  /** YYYY-MM-DD; null when earlier than the gazetteer's horizon. */
  since: string | null;
  /**
   * YYYY-MM-DD, exclusive: the first day out of office, which is the successor's first day when
   * there was one (Scholz until 2025-05-06, Merz since 2025-05-06); null while in office.
   */
  until: string | null;
  role?: OfficeRole;
  /**
   * Id of the international body (institutions.json) for offices that serve one rather than a
   * country (NATO Secretary General, President of the European Commission). For those `country`
   * is the empty string: the facts document then gives the actor `country: null`.
   */
  institution?: string;
  /** Names that belong to the office, not the person ("POTUS"): they mean this holder only during this term. */
  aliases?: string[];
  /** Handles that pass from holder to holder ("@POTUS"); same rule as `aliases`. */
  handles?: string[];
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
