/**
 * Adversarial article texts: long repetitions of every kind of token the extraction stages treat
 * specially, so that a stage whose work grows faster than its input shows it (issue 16). Each
 * class is data: an id, the repeated unit, and the reason it is hostile. The same class and size
 * always give the same text.
 *
 * @example
 *   adversarialText('abbreviations', 100_000) // "Mr. Mr. Mr. …", 100,000 characters
 */

export interface AdversarialClass {
  id: string;
  /** The units repeated in turn until the text reaches its size. */
  units: string[];
  reason: string;
}

export const ADVERSARIAL_CLASSES: readonly AdversarialClass[] = [
  { id: 'straight-quotes', units: ['" '], reason: 'Every quotation mark opens or closes a quote that is attributed to a speaker.' },
  { id: 'curly-quotes', units: ['\u201c ', '\u201d '], reason: 'Curly quotes are normalised to straight ones and paired like them.' },
  { id: 'quoted-speech', units: ['"We stand with you," Biden said. '], reason: 'Each attributed quote looks for its speaker, platform and medium.' },
  { id: 'abbreviations', units: ['Mr. '], reason: 'A period after an abbreviation does not end a sentence, so the sentence never ends.' },
  { id: 'initials', units: ['J. '], reason: 'An initial is part of a name; a name that never ends.' },
  { id: 'titles', units: ['President '], reason: 'A title looks for the name after it.' },
  { id: 'capitalised-run', units: ['Alpha ', 'Bravo ', 'Charlie ', 'Delta '], reason: 'Runs of capitalised words are name candidates.' },
  { id: 'countries', units: ['Ukraine ', 'France ', 'Germany ', 'Poland '], reason: 'Country names are matched against the gazetteer.' },
  { id: 'demonyms', units: ['Ukrainian ', 'French ', 'German ', 'Polish '], reason: 'Demonyms name a country and qualify titles.' },
  { id: 'leaders', units: ['Biden spoke with Zelenskyy. ', 'He thanked Scholz. '], reason: 'Every sentence holds a contact and a coreference.' },
  { id: 'brackets', units: ['( ', '[ ', 'a) ', 'b] '], reason: 'Brackets open and close asides and list items.' },
  { id: 'dates', units: ['on 3 March 2022 ', 'on March 4, 2022 '], reason: 'Dates are parsed and attached to sentences.' },
  { id: 'weekdays', units: ['on Tuesday ', 'last Friday ', 'earlier in the day '], reason: 'Relative dates resolve against the publication date.' },
  { id: 'numbers', units: ['12 ', '345 ', '6.5 ', '1. '], reason: 'Numbers are counts of killed and injured and list numbers.' },
  { id: 'sentence-ends', units: ['.'], reason: 'A run of periods with nothing after them.' },
  { id: 'short-sentences', units: ['He left. '], reason: 'Many sentences: any per-sentence search over all sentences shows.' },
  { id: 'long-sentence', units: ['the talks went on and '], reason: 'One sentence that never ends: any per-word search over the sentence shows.' },
  { id: 'paragraphs', units: ['He left.\n\n'], reason: 'Many paragraphs: any per-paragraph search over all paragraphs shows.' },
  { id: 'handles', units: ['@POTUS ', '#Ukraine '], reason: 'Handles and hashtags name actors and topics.' },
  { id: 'mixed', units: ['Mr. ', 'J. ', '"', 'President ', 'Ukrainian ', '( ', 'on Tuesday ', '12 ', 'Biden spoke with Zelenskyy. ', '\u201c', 'Alpha '], reason: 'Every class at once.' },
];

/** The sizes a complexity check walks: 10 KB doubling up to 1 MB (the largest article we accept). */
export const ADVERSARIAL_SIZES = [10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 1_000_000] as const;

export function adversarialClass(id: string): AdversarialClass {
  const found = ADVERSARIAL_CLASSES.find((c) => c.id === id);
  if (!found) throw new Error(`adversarialClass: no class "${id}"; known: ${ADVERSARIAL_CLASSES.map((c) => c.id).join(', ')}`);
  return found;
}

/** The text of one class, exactly `length` characters, cut at a unit boundary then padded with spaces. */
export function adversarialText(id: string, length: number): string {
  const { units } = adversarialClass(id);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size + units[i % units.length].length <= length; i++) {
    parts.push(units[i % units.length]);
    size += units[i % units.length].length;
  }
  return parts.join('') + ' '.repeat(length - size);
}
