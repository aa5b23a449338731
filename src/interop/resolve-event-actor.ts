/**
 * One side of an event → a graph actor and its country. Rules, in order (first match wins):
 *
 * | id | example | why |
 * |---|---|---|
 * | gdelt-government | GDELT `RUSGOV` / `RUS` | GDELT names no persons: its country code stands for the government |
 * | gazetteer | "Vladimir Putin", "UN Security Council", "President Obama" | known actors keep their ids and dated offices |
 * | country-as-actor | ICEWS "Russia", PLOVER "Japan", capital "Amman" | a country acting is its government |
 * | government-sector | ICEWS "Government (Israel)", PLOVER "Moroccan diplomats" | the government under another name |
 * | sector-actor | ICEWS "Foreign Affairs (Russia)" | a generic ICEWS sector actor: an institution of that country |
 * | titled-person | PLOVER "Russian Foreign Minister Andrei Kozyrev" | title + name: a leader or an official |
 * | icews-person | ICEWS "Kim Yong-chol" with sectors | ICEWS names individuals without titles |
 * | named-body | "European Community", "Hamas" | anything else named: an institution |
 *
 * A side with no name and no known country (ICEWS "Africa" with no country) resolves to null.
 *
 * @example
 *   resolveEventActor({ code: 'RUSGOV', countryCode: 'RUS', sectors: ['GOV'] }, 'gdelt', '2022-03-01', lookup)
 *   // { actor: { id: 'government-of-russia', kind: 'institution', name: 'Government of Russia', country: 'RU', … }, country: {RU} , rule: 'gdelt-government' }
 */
import type { Actor } from '../facts/facts-document.js';
import { actorId } from '../facts/fact-ids.js';
import type { CountryEntry } from '../gazetteer/gazetteer-types.js';
import type { EventActor, EventFormat } from './event-record.js';
import type { InteropLookup } from './interop-lookup.js';
import { splitTitledName } from './split-titled-name.js';

export interface ResolvedActor {
  actor: Actor;
  country: CountryEntry | null;
  rule: string;
}

const GOVERNMENT_GROUPS = /^(government|authorities|officials|diplomats|delegation|ministry|envoys?)$/i;
const ORGANISATION_WORDS =
  /\b(party|union|nations|council|ministry|government|army|forces|police|court|commission|bank|agency|organi[sz]ation|committee|front|movement|congress|parliament|assembly|news|group|company|corporation|university|association|office|department|service|league|fund|federation|community|alliance|republic|state|states)\b/i;

/** The government of a country as an institution actor: `government-of-russia`. */
export function governmentOf(country: CountryEntry): Actor {
  const name = `Government of ${country.name}`;
  return { id: actorId(name), kind: 'institution', name, aliases: [], handles: [], title: null, country: country.code };
}

export function resolveEventActor(side: EventActor, format: EventFormat, date: string | null, lookup: InteropLookup): ResolvedActor | null {
  const country =
    (side.countryCode ? lookup.countryByAlpha3(side.countryCode) : null) ?? (side.countryName ? lookup.countryByName(side.countryName) : null);
  const found = (actor: Actor, rule: string, c: CountryEntry | null = country): ResolvedActor => ({ actor, country: c, rule });
  if (format === 'gdelt') return country ? found(governmentOf(country), 'gdelt-government') : null;
  const name = side.name?.trim();
  if (!name) return country ? found(governmentOf(country), 'country-as-actor') : null;

  const known = lookup.actorByName(name, date);
  if (known) return found(known, 'gazetteer', (known.country ? lookup.countryByAlpha2(known.country) : null) ?? country);

  const named = lookup.countryByName(name) ?? lookup.countryByCapital(name);
  if (named) return found(governmentOf(named), 'country-as-actor', named);

  const generic = /^(.+?) \((.+)\)$/.exec(name);
  if (generic) {
    const c = lookup.countryByName(generic[2]) ?? country;
    if (c && /^government$/i.test(generic[1])) return found(governmentOf(c), 'government-sector', c);
    return found(institution(name, c), 'sector-actor', c);
  }

  const words = name.split(/\s+/);
  const lead = countryWords(words, lookup);
  if (country && lead > 0 && lead === words.length - 1 && GOVERNMENT_GROUPS.test(words[lead])) {
    return found(governmentOf(country), 'government-sector');
  }

  if (format === 'plover') {
    const titled = splitTitledName(name, (w) => countryWords(w, lookup));
    if (titled) {
      const person = titled.name ? lookup.actorByName(titled.name, date) : null;
      if (person) return found(person, 'gazetteer', (person.country ? lookup.countryByAlpha2(person.country) : null) ?? country);
      const kind = titled.leader ? 'leader' : 'official';
      const actor: Actor = { id: actorId(titled.name ?? name), kind, name: titled.name ?? name, aliases: [], handles: [], title: titled.title, country: country?.code ?? null };
      return found(actor, 'titled-person');
    }
  } else if (looksLikePerson(words, side.sectors)) {
    const kind = side.sectors.includes('Executive Office') ? 'leader' : 'official';
    return found({ id: actorId(name), kind, name, aliases: [], handles: [], title: null, country: country?.code ?? null }, 'icews-person');
  }
  return found(institution(name, country), 'named-body');
}

function institution(name: string, country: CountryEntry | null): Actor {
  return { id: actorId(name), kind: 'institution', name, aliases: [], handles: [], title: null, country: country?.code ?? null };
}

/** ICEWS individuals: 2–5 capitalised words, no organisation word, and sectors (countries and regions have none). */
function looksLikePerson(words: string[], sectors: string[]): boolean {
  if (sectors.length === 0 || words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}/u.test(w)) && !ORGANISATION_WORDS.test(words.join(' '));
}

/** How many leading words name a country or its people: "South African" → 2, "Taiwan's" → 1, "U.S." → 1. */
function countryWords(words: string[], lookup: InteropLookup): number {
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/'s$/, '');
    if (lookup.countryByName(phrase) || lookup.countryByDemonym(phrase)) return n;
  }
  return 0;
}

