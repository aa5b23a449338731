/**
 * Matchers for the gazetteer's leaders and institutions: every name, alias and handle indexed by
 * its first word, longest first, built once per gazetteer. A form that several leaders
 * share is given to the one in office on the article's date, or dropped when that does not decide.
 */
import type { InstitutionEntry, LeaderEntry } from '../gazetteer/gazetteer-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { isWordUnit, wordHash, wordHashes } from './scan-words.js';

const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'KR', 'KP']);
/** An honorific or a head's title right before a surname. */
/** The title a form opens with ("King Abdullah", "Crown Prince Sultan"). */
const TITLE_IN_FORM = /^(?:King|Queen|Crown Prince|Emir|Sultan|President|Prime Minister|Premier|Chancellor)(?= )/;
const TITLED_BEFORE = /(?:\bMr|\bMrs|\bMs|\bDr|President|Premier|Chancellor|Minister|Secretary|King|Queen)\.? $/;

/**
 * Finds the forms (names, aliases, handles) in a text as whole words, leftmost first and, where
 * several start at one place, longest first. Forms are indexed by their first word, so each word
 * of the text costs one map lookup — a single alternation of ~1,000 names costed a scan of every
 * alternative at every position.
 */
class FormIndex {
  private readonly byHead = new Map<string, string[]>();
  /** First UTF-16 units of the heads. */
  private readonly firstUnit = new Uint8Array(0x10000);
  /** wordHash of the heads: a word whose hash is not here heads no form. */
  private readonly headHash = new Uint8Array(0x10000);

  /** `shortest`: the shortest form indexed ("Xi" is a leader's whole surname; "EU" is left to the country and body rules). */
  constructor(forms: Iterable<string>, shortest = 3) {
    for (const form of new Set(forms)) {
      if (form.length < shortest) continue;
      const head = form.match(/^[@#]?[\p{L}\p{N}]+/u)?.[0];
      if (!head) continue;
      const list = this.byHead.get(head) ?? [];
      list.push(form);
      this.byHead.set(head, list);
      this.firstUnit[head.charCodeAt(0)] = 1;
      this.headHash[wordHash(head, 0, head.length)] = 1;
    }
    for (const list of this.byHead.values()) list.sort((a, b) => b.length - a.length);
  }

  find(scan: string): Array<{ start: number; end: number; form: string }> {
    const out: Array<{ start: number; end: number; form: string }> = [];
    const { starts, ends, hashes } = wordHashes(scan);
    let resumeAt = 0;
    for (let w = 0; w < starts.length; w++) {
      const start = starts[w];
      // Only a word that begins like some form can head one: skip the rest without slicing it.
      if (start < resumeAt || !this.firstUnit[scan.charCodeAt(start)] || !this.headHash[hashes[w]]) continue;
      if (start > 0 && (isWordUnit(scan.charCodeAt(start - 1)) || scan.charCodeAt(start - 1) === 64 /* @ */)) continue;
      const form = this.byHead.get(scan.slice(start, ends[w]))?.find((f) => scan.startsWith(f, start) && !isWordUnit(scan.charCodeAt(start + f.length)));
      if (!form) continue;
      out.push({ start, end: start + form.length, form });
      resumeAt = start + form.length;
    }
    return out;
  }

  /** End of the longest form starting exactly at `at` (a word start), or -1. */
  endAt(scan: string, at: number): number {
    if (!this.firstUnit[scan.charCodeAt(at)]) return -1;
    let end = at;
    while (end < scan.length && isWordUnit(scan.charCodeAt(end))) end++;
    const form = this.byHead.get(scan.slice(at, end))?.find((f) => scan.startsWith(f, at) && !isWordUnit(scan.charCodeAt(at + f.length)));
    return form ? at + form.length : -1;
  }
}

const leaderCache = new WeakMap<GazetteerView, { index: FormIndex; owners: Map<string, LeaderEntry[]>; sharers: Map<string, LeaderEntry[]>; surnames: FormIndex; bySurname: Map<string, LeaderEntry[]> }>();
const institutionCache = new WeakMap<GazetteerView, { index: FormIndex; owners: Map<string, InstitutionEntry> }>();

export function leaderMatcher(gazetteer: GazetteerView, date: string | null) {
  let built = leaderCache.get(gazetteer);
  if (!built) {
    const owners = new Map<string, LeaderEntry[]>();
    // A name with middle initials is also written without them: "George Bush" is George W. Bush in
    // 2004 and George H. W. Bush in 1990 (the date decides between them).
    const withoutInitials = (f: string) => { const t = f.split(' '); return t.length >= 3 && t.slice(1, -1).every((w) => /^(?:[A-Z]\.){1,2}$/.test(w)) ? [`${t[0]} ${t[t.length - 1]}`] : []; };
    // …and its particles may be capitalised ("Luiz Inácio Lula Da Silva", "Ursula Von der Leyen").
    const capitalised = (f: string) => { const c = f.replace(/ (da|de|do|dos|das|van|von|der|den|du|di|la|le|bin|al) /g, (_m, p: string) => ` ${p[0].toUpperCase()}${p.slice(1)} `); return c !== f ? [c] : []; };
    for (const l of gazetteer.leaders) {
      for (const f of [l.name, ...l.aliases, ...l.handles, ...[l.name, ...l.aliases].flatMap((n) => [...withoutInitials(n), ...capitalised(n)])]) {
        const list = owners.get(f) ?? [];
        if (!list.includes(l)) list.push(l);
        owners.set(f, list);
      }
    }
    // Surnames that are not aliases (shared, or common words) still name a listed person after an
    // honorific or a title ("Mr Bush", "President Bush"): whoever of that surname held office then.
    const bySurname = new Map<string, LeaderEntry[]>();
    const surnames = new Map<LeaderEntry, string>();
    for (const l of gazetteer.leaders) {
      // Chinese and Korean names put the family name first: "Mr Wang" is Wang Yi.
      const familyFirst = l.offices.some((o) => FAMILY_NAME_FIRST.has(o.country));
      const surname = familyFirst ? /^([A-Z][a-z]{1,})\s/.exec(l.name)?.[1] : /\s([A-Z][\p{L}'’-]{2,})$/u.exec(l.name)?.[1];
      if (surname) surnames.set(l, surname);
      if (surname && !owners.has(surname)) bySurname.set(surname, [...(bySurname.get(surname) ?? []), l]);
    }
    // A one-word alias that is another listed person's surname names either ("Wong": Penny or
    // Lawrence Wong; "Aquino" in 1987 is Corazon): the date decides, else the article's fuller form.
    const sharers = new Map<string, LeaderEntry[]>();
    for (const [l, surname] of surnames) {
      const list = owners.get(surname);
      if (list && !list.includes(l) && list.some((o) => o.aliases.includes(surname))) sharers.set(surname, [...(sharers.get(surname) ?? []), l]);
    }
    built = { index: new FormIndex(owners.keys(), 2), owners, sharers, surnames: new FormIndex(bySurname.keys(), 2), bySurname };
    leaderCache.set(gazetteer, built);
  }
  const { index, owners, sharers, surnames, bySurname } = built;
  // A form several people share means the one in office on the article's date; when none is, the
  // only one in office in the decade before, else the listed owner of the alias ("Abe" in 2026 is
  // still Shinzo Abe); none when several are in office.
  // A form with a title ("King Abdullah") names only one holding that title on the date; of
  // several, the one whose country the article names (Jordan's king, not the Saudi one, in a story
  // that names Jordan alone).
  const pick = (list: LeaderEntry[], shared: LeaderEntry[] = [], form = '', countries?: ReadonlySet<string>) => {
    if (list.length === 1 && !shared.length) return list[0];
    const all = [...list, ...shared];
    const titled = TITLE_IN_FORM.exec(form)?.[0];
    let inOffice = date ? all.filter((l) => { const o = gazetteer.officeOn(l, date); return o && (!titled || o.title.startsWith(titled)); }) : [];
    const named = inOffice.length > 1 && countries ? inOffice.filter((l) => countries.has(gazetteer.officeOn(l, date!)!.country)) : [];
    if (named.length === 1) inOffice = named;
    if (inOffice.length) return inOffice.length === 1 ? inOffice[0] : null;
    // None in office: of a shared surname, the only one in office within the ten years before
    // ("Abe" in 1987 is Shintaro, foreign minister to 1986; "Vance" in 2024 is not Cyrus Vance).
    const decadeBefore = date ? `${Number(date.slice(0, 4)) - 10}${date.slice(4)}` : '';
    const before = date && shared.length ? all.filter((l) => l.offices.some((o) => o.since && o.since <= date && (!o.until || o.until >= decadeBefore))) : [];
    return before.length === 1 ? before[0] : list.length === 1 ? list[0] : null;
  };
  return {
    /** `countries`: the countries the article names, which decide between holders of one title. */
    find(scan: string, countries?: ReadonlySet<string>): Array<{ start: number; end: number; leader: LeaderEntry }> {
      const out: Array<{ start: number; end: number; leader: LeaderEntry }> = [];
      for (const m of index.find(scan)) {
        const leader = pick(owners.get(m.form) ?? [], sharers.get(m.form), m.form, countries);
        if (leader) out.push({ start: m.start, end: m.end, leader });
      }
      for (const m of surnames.find(scan)) {
        if (!TITLED_BEFORE.test(scan.slice(Math.max(0, m.start - 16), m.start))) continue;
        const leader = pick(bySurname.get(m.form) ?? []);
        if (leader) out.push({ start: m.start, end: m.end, leader });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * End of the gazetteer leader's name or alias that starts at `at`, or -1: the name grammar keeps
 * such a name whole though its words look like a country, a title or a common word ("Luís
 * Montenegro", "Israel Katz", "To Lam").
 */
export function leaderNameEnd(gazetteer: GazetteerView, scan: string, at: number): number {
  leaderMatcher(gazetteer, null);
  const end = leaderCache.get(gazetteer)!.index.endAt(scan, at);
  // A name of several words; an office used as an alias ("Head of State") is no name.
  return end > at && /\s/.test(scan.slice(at, end)) && !/ (?:of|the) /.test(scan.slice(at, end)) ? end : -1;
}

export function institutionMatcher(gazetteer: GazetteerView) {
  let built = institutionCache.get(gazetteer);
  if (!built) {
    const owners = new Map<string, InstitutionEntry>();
    for (const i of gazetteer.institutions) for (const f of [i.name, ...i.aliases, ...i.handles]) owners.set(f, i);
    built = { index: new FormIndex(owners.keys(), 2), owners };
    institutionCache.set(gazetteer, built);
  }
  const { index, owners } = built;
  return {
    find(scan: string): Array<{ start: number; end: number; entry: InstitutionEntry }> {
      return index.find(scan).map((m) => ({ start: m.start, end: m.end, entry: owners.get(m.form)! }));
    },
  };
}
