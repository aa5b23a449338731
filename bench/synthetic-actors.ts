/**
 * The cast of the synthetic graph: about 200 countries (the real codes of seeds/countries.json
 * when it exists) and, per country, a few leaders and a dozen or more officials — thousands of
 * actors. Each actor gets an activity weight: countries are Zipf-ranked (a handful of powers
 * first), and within a country the sitting head of state is far busier than a deputy minister,
 * so a few leaders end up with very many contacts, as in real readouts.
 *
 * @example
 *   const cast = syntheticActors(createRandom(7));
 *   cast.actors.length; // ≈ 3,500; cast.weights[i] is actors[i]'s share of call participations
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { actorId } from '../src/facts/fact-ids.js';
import type { Actor, Country } from '../src/facts/facts-document.js';
import { zipfWeights, type Random } from './random.js';

export interface Cast {
  countries: Country[];
  actors: Actor[];
  /** Activity weight of each actor, same order as `actors`. */
  weights: number[];
}

// The usual protagonists of diplomatic news take the top country ranks; the rest are shuffled.
const POWERS = ['US', 'CN', 'RU', 'UA', 'DE', 'FR', 'GB', 'TR', 'IN', 'JP', 'IL', 'IR', 'SA', 'PL', 'IT', 'BR', 'QA', 'EG', 'KR', 'CA'];
const HEAD_TITLES = ['President', 'King', 'Emir', 'President', 'President'];
const GOVERNMENT_TITLES = ['Prime Minister', 'Chancellor', 'Prime Minister', 'Premier'];
const OFFICIAL_TITLES = [
  'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Trade Minister', 'Energy Minister',
  'Interior Minister', 'National Security Adviser', 'Deputy Foreign Minister', 'Health Minister',
  'Ambassador to the United Nations', 'Economy Minister', 'Justice Minister', 'Agriculture Minister',
  'Minister for European Affairs', 'Chief of Staff', 'Climate Envoy', 'Transport Minister', 'Deputy Prime Minister',
];
const GIVEN = ('Ada Adel Aiko Alexei Amara Amir Ana Anders Arjun Aurelio Bao Beatriz Bilal Bogdan Carmen Chidi Dalia Daniel ' +
  'Dmitri Elif Emeka Emil Esra Farid Fatima Felipe Goran Hana Hassan Ines Ivan Jae Javier Jomo Kamala Karim Katarzyna ' +
  'Kenji Lars Leila Lucia Malik Marta Mateo Mei Mihai Nadia Naveen Nikos Noor Olga Omar Pablo Priya Rafael Rania ' +
  'Sakura Samir Sanna Sergio Sofia Tamar Tariq Teodor Thabo Ulla Valentina Viktor Wei Yara Yusuf Zanele Zofia').split(' ');
const FAMILY = ('Abadi Achebe Alvarez Andersen Arslan Bakr Banda Berg Bianchi Castillo Chen Costa Demir Diallo Dubois ' +
  'Eriksen Farouk Fischer Garcia Haddad Hoang Horvat Ibrahim Ivanova Jansen Kamau Kaya Khan Kim Kovacs Kowalski Lambert ' +
  'Larsen Lopez Mahmoud Mendes Moreau Mwangi Nakamura Nguyen Novak Okafor Olsen Ortega Papadopoulos Park Petrov Quispe ' +
  'Rahman Rossi Sato Schmidt Sen Silva Sokolov Suzuki Tanaka Torres Vasquez Virtanen Wagner Wong Yilmaz Zhang Zulu').split(' ');

export function syntheticActors(rng: Random): Cast {
  const countries = orderCountries(readCountries(), rng);
  const countryWeights = zipfWeights(countries.length, 1.0);
  const actors: Actor[] = [];
  const weights: number[] = [];
  const names = new Set<string>();
  const uniqueName = () => {
    for (let attempt = 0; ; attempt++) {
      const base = `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
      const name = attempt < 5 ? base : `${base} ${String.fromCharCode(65 + rng.int(26))}. ${rng.pick(FAMILY)}`;
      if (!names.has(name)) return names.add(name), name;
    }
  };
  const add = (kind: Actor['kind'], title: string, country: Country, weight: number) => {
    const name = uniqueName();
    actors.push({ id: actorId(name), kind, name, aliases: [name.split(' ').at(-1)!], handles: [], title, country: country.code });
    weights.push(weight);
  };
  countries.forEach((country, rank) => {
    const w = countryWeights[rank];
    add('leader', rng.pick(HEAD_TITLES), country, w * 12);
    if (rng.chance(0.7)) add('leader', rng.pick(GOVERNMENT_TITLES), country, w * 5);
    // Former leaders: still in the graph from older calls, rarely in new ones.
    for (let i = rng.int(3); i > 0; i--) add('leader', `Former ${rng.pick(HEAD_TITLES)}`, country, w * 0.8);
    for (let i = 8 + rng.int(13); i > 0; i--) add('official', rng.pick(OFFICIAL_TITLES), country, w * (0.2 + rng.next()));
  });
  return { countries, actors, weights };
}

/** Sovereign states of the project's country gazetteer, or synthetic codes when it is absent. */
function readCountries(): Country[] {
  const file = fileURLToPath(new URL('../seeds/countries.json', import.meta.url));
  if (existsSync(file)) {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Array<{ code: string; name: string; historical?: boolean }>;
    const real = entries.filter((e) => !e.historical && /^[A-Z]{2}$/.test(e.code)).map((e) => ({ code: e.code, name: e.name }));
    if (real.length >= 50) return real;
  }
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from({ length: 200 }, (_, i) => {
    const code = letters[Math.floor(i / 26)] + letters[i % 26];
    return { code, name: `Country ${code}` };
  });
}

function orderCountries(countries: Country[], rng: Random): Country[] {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const top = POWERS.map((code) => byCode.get(code)).filter((c): c is Country => c !== undefined);
  const rest = rng.shuffle(countries.filter((c) => !POWERS.includes(c.code)).sort((a, b) => a.code.localeCompare(b.code)));
  return [...top, ...rest];
}
