/**
 * Which office a leader held on a given day. Analysts ask "who was Chancellor on 2022-03-01"; the
 * extractor asks "what was Scholz's title when this article was written".
 */
import type { LeaderEntry, OfficeRole, OfficeTerm } from './gazetteer-types.js';

/** When a person holds several offices at once, the one a reader would name them by comes first. */
const ROLE_RANK: Record<OfficeRole, number> = {
  head_of_state: 0,
  head_of_government: 1,
  head_of_institution: 2,
  foreign_minister: 3,
  other: 4,
};

/**
 * The office `leader` held on `date` (YYYY-MM-DD), or null if none. Terms are half-open: valid
 * from `since` (null: since before the gazetteer's horizon) up to the day before `until`. When
 * several terms are valid, leader offices beat official ones, then heads of state and government
 * beat other roles, then the most recently begun term wins. With a null date, the latest term
 * (the current one, if any) is returned.
 *
 * @example
 *   officeOn(scholz, '2022-03-01'); // → { title: 'Chancellor', country: 'DE', kind: 'leader', … }
 *   officeOn(scholz, '2025-06-01'); // → null (Merz from 2025-05-06)
 *   officeOn(mbs, '2020-01-01');    // → Crown Prince (a leader office), not Minister of Defence
 */
export function officeOn(leader: LeaderEntry, date: string | null): OfficeTerm | null {
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new TypeError(`officeOn(leader, date) expects date as YYYY-MM-DD or null; received ${JSON.stringify(date)} for leader "${leader.id}"`);
  }
  const candidates = date === null ? latestTerms(leader.offices) : leader.offices.filter((t) => heldOn(t, date));
  return [...candidates].sort(preference)[0] ?? null;
}

/**
 * The office held on `date`, or else the last one left before it: what an article means by "former
 * president Donald Trump" in July 2024 (not his second term, which had not begun). Null when no
 * term had begun by `date`.
 *
 * @example
 *   mostRecentOffice(trump, '2024-07-22'); // → President, US, 2017-01-20..2021-01-20
 *   mostRecentOffice(elizabethII, '2022-09-14'); // → Queen, GB, until 2022-09-08
 */
export function mostRecentOffice(leader: LeaderEntry, date: string): OfficeTerm | null {
  const current = officeOn(leader, date);
  if (current) return current;
  const ended = leader.offices.filter((t) => t.until !== null && t.until <= date);
  return officeOn({ ...leader, offices: ended }, null);
}

function heldOn(term: OfficeTerm, date: string): boolean {
  return (term.since === null || term.since <= date) && (term.until === null || date < term.until);
}

/** The terms that end last; open terms (until null) end after every closed one. */
function latestTerms(terms: OfficeTerm[]): OfficeTerm[] {
  const end = (t: OfficeTerm) => t.until ?? '9999-12-31';
  const last = terms.reduce((max, t) => (end(t) > max ? end(t) : max), '');
  return terms.filter((t) => end(t) === last);
}

/** Array.prototype.sort is stable, so equally ranked terms keep the order of the file. */
function preference(a: OfficeTerm, b: OfficeTerm): number {
  const kind = (t: OfficeTerm) => (t.kind === 'leader' ? 0 : 1);
  const role = (t: OfficeTerm) => ROLE_RANK[t.role ?? 'other'];
  const since = (t: OfficeTerm) => t.since ?? '';
  return kind(a) - kind(b) || role(a) - role(b) || since(b).localeCompare(since(a));
}
