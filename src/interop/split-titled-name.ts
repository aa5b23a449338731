/**
 * Splits an actor text as PLOVER records write it ("Russian Foreign Minister Andrei Kozyrev",
 * "U.S. Secretary of State Warren Christopher", "President Obama") into the country words, the
 * title and the personal name, so the person gets the same id the gazetteer and the extractor
 * give them ("andrei-kozyrev") rather than one per phrasing.
 *
 * @example
 *   splitTitledName("Russian President Boris Yeltsin", isCountryWord)
 *   // { title: 'President', name: 'Boris Yeltsin', leader: true }
 *   splitTitledName("Taiwan's Vice Foreign Minister", isCountryWord) // { title: 'Vice Foreign Minister', name: null, leader: false }
 *   splitTitledName('Moroccan diplomats', isCountryWord)              // null: no title, not a person
 */

const TITLE_WORDS = new Set(
  ('secretary of state foreign minister ministry vice prime president chancellor king queen leader premier deputy ' +
    'defense defence chief general gen. senator ambassador envoy mr. mrs. ms. dr. sheikh emir sultan crown prince ' +
    'princess pope governor mayor speaker commander lt. col. interior finance the former acting first secretary-general')
    .split(' '),
);

/** Titles that make their holder a leader (head of state or government) rather than an official. */
const LEADER_WORDS = new Set(['president', 'prime', 'chancellor', 'king', 'queen', 'leader', 'premier', 'emir', 'sultan', 'crown']);

/** Lower-case particles that belong to personal names ("F.W. de Klerk", "Ursula von der Leyen"). */
const PARTICLES = new Set(['de', 'der', 'van', 'von', 'bin', 'al', 'el', 'da', 'di', 'la', 'le', 'du']);

export interface TitledName {
  title: string | null;
  name: string | null;
  leader: boolean;
}

/**
 * `isCountryWord(words)` says how many leading words name a country or its people ("South
 * African" → 2, "U.S." → 1, "Taiwan's" → 1); they are dropped. Returns null when the text has
 * no title, or when what follows the title is not a personal name.
 */
export function splitTitledName(text: string, isCountryWord: (words: string[]) => number): TitledName | null {
  let words = text.trim().split(/\s+/);
  words = words.slice(isCountryWord(words));
  const title: string[] = [];
  while (words.length > 0 && TITLE_WORDS.has(words[0].toLowerCase())) title.push(words.shift()!);
  const nameWords = words.filter((w) => !PARTICLES.has(w));
  const isName = nameWords.length > 0 && nameWords.length <= 5 && nameWords.every((w) => /^\p{Lu}/u.test(w));
  // Without a title a capitalised phrase may as well be an organisation ("European Community").
  if (title.length === 0 || (words.length > 0 && !isName)) return null;
  return {
    title: title.length > 0 ? title.filter((w) => w.toLowerCase() !== 'the').join(' ') || null : null,
    name: isName ? words.join(' ') : null,
    leader: title.some((w) => LEADER_WORDS.has(w.toLowerCase())),
  };
}
