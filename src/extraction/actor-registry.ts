/**
 * Collects the actors of one article, folding the forms it uses for one person ("President
 * Joseph R. Biden, Jr.", "Biden", "POTUS Biden") into one record with aliases.
 */
import type { ActorKind } from '../facts/facts-document.js';
import { actorId, normaliseText } from '../facts/fact-ids.js';
import type { LeaderEntry, OfficeTerm } from '../gazetteer/gazetteer-types.js';
import type { ActorRecord } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';

/**
 * The forms worked out for the names of the article being read (cleanName, surnameOf, shortFormsOf
 * ask again and again for the same few names): emptied when a registry starts the next article.
 */
const cleaned = new Map<string, string>();
const surnames = new Map<string, string | null>();
const shortForms = new Map<string, readonly string[]>();

/** The name without nickname quotes, honorific dots or a trailing possessive. */
export function cleanName(name: string): string {
  let clean = cleaned.get(name);
  if (clean === undefined) {
    clean = name.replace(/"[^"]*"\s*/g, '').replace(/\s+/g, ' ').replace(/'s$/, '').trim();
    cleaned.set(name, clean);
  }
  return clean;
}

/** The form names are looked up by: normalised, without middle initials. */
function nameKey(form: string): string {
  const tokens = cleanName(form).split(' ');
  return normaliseText(tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || !/^[A-Z]\.$/.test(t)).join(' '));
}

/** A particle that starts a surname: "von der Leyen", "da Silva", and the Arabic article written apart ("Omar Al Bashir": "Al Bashir"). */
export const SURNAME_PARTICLE = /^(?:von|van|de|da|di|del|della|la|le|dos|du|ter|al|Al|el|El)$/;

/** The part of a name used alone for a person: "von der Leyen", "Kuleba", "Lopez Obrador". */
export function surnameOf(name: string): string | null {
  let surname = surnames.get(name);
  if (surname === undefined) surnames.set(name, (surname = readSurname(name)));
  return surname;
}

function readSurname(name: string): string | null {
  const clean = cleanName(name).replace(/,? (?:Jr\.?|JR\.?|Sr\.?|X?(?:I{2,3}|IV|VI{0,3}|IX)|XI{1,3}|XI?V)$/, '');
  const tokens = clean.split(' ');
  if (tokens.length < 2) return null;
  const particle = tokens.findIndex((t, i) => i > 0 && SURNAME_PARTICLE.test(t));
  if (particle > 0) return tokens.slice(particle).join(' ');
  const last = tokens[tokens.length - 1];
  return /^(?:(?:al|el|ul|ad|as|ash|bin|ibn|abu)-)?[A-Z][\p{L}'’-]{2,}$/u.test(last) ? last : null;
}

/** Undated: the office whose title the text gives ("NATO Secretary General Jens Stoltenberg", not his later ministry). */
function writtenOffice(entry: LeaderEntry, title: string | null | undefined): OfficeTerm | null {
  const norm = (t: string) => t.toLowerCase().replace(/-/g, ' ');
  const written = title ? norm(title) : '';
  if (!written) return null;
  const exact = entry.offices.filter((o) => norm(o.title) === written);
  const matching = exact.length ? exact : entry.offices.filter((o) => norm(o.title).includes(written) || written.includes(norm(o.title)));
  return matching[matching.length - 1] ?? null;
}

const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'SG', 'KH']);

/**
 * The forms a name is later used in alone: its surname, and for a surname with a particle or an
 * article ("von Weizsaecker", "al-Sudani") also the bare last word ("Weizsaecker", "Sudani").
 */
export function shortFormsOf(name: string, country: string | null = null): readonly string[] {
  const key = `${country ?? ''} ${name}`;
  let forms = shortForms.get(key);
  if (forms === undefined) shortForms.set(key, (forms = readShortForms(name, country)));
  return forms;
}

function readShortForms(name: string, country: string | null): string[] {
  // Chinese, Korean, Singaporean and Cambodian names put the family name first ("Xi", "Lee").
  if (country && FAMILY_NAME_FIRST.has(country)) {
    const first = cleanName(name).split(' ')[0];
    if (/^[A-Z][a-z]{1,}$/.test(first) && first !== cleanName(name)) return [first];
  }
  const surname = surnameOf(name);
  if (!surname) return [];
  const last = surname.split(' ').pop()!.replace(/^(?:al|el|ul|ad|as|ash|bin|ibn|abu)-/i, '');
  return last !== surname && /^[A-Z][\p{L}'’-]{2,}$/u.test(last) ? [surname, last] : [surname];
}

export class ActorRegistry {
  readonly byId = new Map<string, ActorRecord>();
  private readonly byName = new Map<string, string>();

  constructor(private readonly gazetteer: GazetteerView, private readonly date: string | null) {
    cleaned.clear();
    surnames.clear();
    shortForms.clear();
  }

  get(id: string): ActorRecord | undefined {
    return this.byId.get(id);
  }

  /** The id of the actor already known under this form, if any ("Julius K. Nyerere" is "Julius Nyerere"). */
  lookup(form: string): string | undefined {
    return this.byName.get(nameKey(form));
  }

  private remember(form: string, id: string): void {
    this.byName.set(nameKey(form), id);
  }

  addAlias(id: string, form: string): void {
    const actor = this.byId.get(id);
    const clean = cleanName(form);
    if (!actor || !clean) return;
    if (clean !== actor.name && !actor.aliases.includes(clean)) actor.aliases.push(clean);
    if (form.trim() !== clean && form.includes('"') && !actor.aliases.includes(form.trim())) actor.aliases.push(form.trim());
    this.remember(clean, id);
  }

  /** A gazetteer leader, with the office valid on the article's date (or the last one before it). */
  leader(entry: LeaderEntry, asWritten?: { kind: ActorKind; title: string | null; country: string | null }): string {
    if (!this.byId.has(entry.id)) {
      const office = (this.date ? this.gazetteer.officeOn(entry, this.date) : writtenOffice(entry, asWritten?.title))
        // Formerly in office: the office that ended last, the first listed on a tie.
        ?? [...entry.offices].filter((o) => !this.date || !o.since || o.since <= this.date).sort((a, b) => (b.until ?? '9999').localeCompare(a.until ?? '9999'))[0]
        ?? null;
      // Before any listed office began (Rafsanjani in 1987, president from 1989), the office is the
      // one the text gives, else none: a later office must not be read back.
      const future = !office && !!this.date;
      const first = entry.offices[0];
      const kind = office?.kind ?? (future ? asWritten?.kind ?? 'official' : first?.kind ?? 'leader');
      const title = office?.title ?? (future ? asWritten?.title ?? null : first?.title ?? null);
      // An international office has no country (""): its holder serves no state, whatever their earlier offices.
      const country = office ? office.country || null : (future ? asWritten?.country ?? first?.country : first?.country) || null;
      this.byId.set(entry.id, { id: entry.id, kind, name: entry.name, aliases: [], handles: [...entry.handles], title, country, origin: 'gazetteer' });
      this.remember(entry.name, entry.id);
    }
    return entry.id;
  }

  /** A person known only from the text. */
  person(name: string, info: { kind: ActorKind; title: string | null; country: string | null }): string {
    const clean = cleanName(name);
    const known = this.lookup(clean);
    if (known) return known;
    const id = actorId(clean);
    if (!this.byId.has(id)) {
      this.byId.set(id, { id, kind: info.kind, name: clean, aliases: name.includes('"') ? [name.trim()] : [], handles: [], title: info.title, country: info.country, origin: 'titled' });
    }
    this.remember(clean, id);
    return id;
  }

  /** An institution ("UK Royal Family"), or an office holder the text never names ("Prime Minister of Cambodia"). */
  other(name: string, info: { kind: ActorKind; title: string | null; country: string | null; origin: 'institution' | 'role'; aliases?: string[] }): string {
    const id = actorId(name);
    if (!this.byId.has(id)) {
      this.byId.set(id, { id, kind: info.kind, name, aliases: (info.aliases ?? []).filter((a) => a !== name), handles: [], title: info.title, country: info.country, origin: info.origin });
    }
    return id;
  }

  /** Folds a one-word person ("Kuleba") into the fuller person sharing that surname. */
  fold(fromId: string, intoId: string): void {
    const from = this.byId.get(fromId);
    const into = this.byId.get(intoId);
    if (!from || !into || from === into) return;
    for (const a of [from.name, ...from.aliases]) this.addAlias(intoId, a);
    into.country ??= from.country;
    into.title ??= from.title;
    this.byId.delete(fromId);
  }

  /** Forget a record whose mentions were given to another (NAMESAKE_NAMED_IN_FULL in find-actors.ts). */
  drop(id: string): void {
    this.byId.delete(id);
  }

  all(): ActorRecord[] {
    return [...this.byId.values()];
  }
}
