/**
 * The part of the gazetteer (src/gazetteer/load-gazetteer.ts) that extraction reads. Declared
 * structurally so the stages can be tested with a small in-memory gazetteer.
 */
import type { CountryEntry, InstitutionEntry, LeaderEntry, OfficeTerm } from '../gazetteer/gazetteer-types.js';

export interface GazetteerView {
  countries: CountryEntry[];
  leaders: LeaderEntry[];
  institutions: InstitutionEntry[];
  /** The office a leader held on a date (YYYY-MM-DD), or null. */
  officeOn(leader: LeaderEntry, date: string): OfficeTerm | null;
}
