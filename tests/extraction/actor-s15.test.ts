/**
 * Actors (issue 14, session 15): office holders whose title the parser read but whose name it lost —
 * a list of leaders with each one's country in brackets, a title that serves a place or a person
 * ("Ambassador to …", "Adviser to the President …", "spokesperson for the … president"), a
 * lower-case portfolio before the holder, and a name glued by a dash to the next word. Sentences and
 * people are ours.
 */
import { extractFacts } from '../../src/extraction/pipeline.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-03-12', gazetteer }).document;
const people = (text: string) => facts(text).actors.filter((a) => a.kind !== 'institution').map((a) => `${a.name} (${a.kind}, ${a.country ?? '-'})`).sort();

describe('a list of holders under a plural title, each with a country in brackets', () => {
  it('reads every listed holder with the bracketed country', () => {
    expect(people('The host met Presidents Tomas Brevik Ondra (Mali), Anselme Kouyate Diarra (Niger) and Pavel Orsini Lacko (Chad) in Accra on Monday.')).toEqual([
      'Anselme Kouyate Diarra (leader, NE)', 'Pavel Orsini Lacko (leader, TD)', 'Tomas Brevik Ondra (leader, ML)',
    ]);
  });
});

describe('a title that serves a place or a person (TITLE_SERVED)', () => {
  it('reads the holder after "Ambassador to PLACE," with the country of the title, not the host', () => {
    expect(people('Austrian Ambassador to Kenya, Lukas Brandtner Weil said on Monday that the talks went well.')).toEqual(['Lukas Brandtner Weil (official, AT)']);
  });

  it('reads the holder after "Adviser to President NAME on TOPIC," and keeps the served president', () => {
    const found = people('The Senior Adviser to President Kwame Odartey Mensa on Trade and Ports, Efua Agyeman Boateng, told reporters that the talks went well.');
    expect(found).toContain('Efua Agyeman Boateng (official, -)');
    expect(found.some((p) => p.startsWith('Kwame Odartey Mensa (leader'))).toBe(true);
  });

  it('reads the holder before ", spokesperson for the DEMONYM president," with that country', () => {
    expect(people('Source: Marek Zawadzki Nowak, spokesperson for the Czech president, on Monday.')).toEqual(['Marek Zawadzki Nowak (official, CZ)']);
  });
});

describe('titles the parser did not know', () => {
  it.each([
    ['Kenya\'s "CS" (Cabinet Secretary), in capitals only', 'The President was joined by Foreign Affairs CS Wanjiru Kamau Otieno on Monday.', ['Wanjiru Kamau Otieno (official, -)']],
    ['a deputy named as someone\'s', 'Foreign Minister Aino Lehto Virta and her deputy, Pekka Salminen Aho, met the delegation on Monday.', ['Aino Lehto Virta (official, -)', 'Pekka Salminen Aho (official, -)']],
    ['a senator', 'Senator Harlan Whitcombe Ames met the delegation on Monday.', ['Harlan Whitcombe Ames (official, -)']],
    ['a transitional president is a leader', 'Transitional President Idrissa Kone Sanogo met the delegation on Monday.', ['Idrissa Kone Sanogo (leader, -)']],
  ])('%s', (_label, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['"NAME, who is COUNTRY\'s TITLE"', 'Chinese Foreign Minister Wang Yi met Sigrid Aasland Moe, who is Norway\'s trade minister, on Monday.', 'Sigrid Aasland Moe (official, NO)'],
    ['a permanent representative', 'Norway\'s Permanent Representative to the UN, Sigrid Aasland Moe, met the delegation on Monday.', 'Sigrid Aasland Moe (official, NO)'],
    ['a lower-case portfolio right before the holder', 'Chinese Foreign Minister Wang Yi met Norway\'s minister of trade and fisheries Sigrid Aasland Moe on Monday.', 'Sigrid Aasland Moe (official, NO)'],
  ])('reads %s', (_label, text, expected) => {
    expect(people(text)).toContain(expected);
  });

  it('reads no title in lower-case "cs" nor in "deputy" that only qualifies a title', () => {
    expect(people('The cs Wanjiru Kamau Otieno met the delegation on Monday.')).toEqual([]);
    expect(people('The deputy Pekka Salminen Aho met the delegation on Monday.')).toEqual([]);
  });

  it('reads the holder after "ambassador to the United Nations," and "H.E. NAME, President of …"', () => {
    expect(people('Norway\'s ambassador to the United Nations, Sigrid Aasland Moe, met the delegation on Monday.')).toEqual(['Sigrid Aasland Moe (official, NO)']);
    const document = facts('Chinese Foreign Minister Wang Yi met with H.E. Kwabena Asante Frimpong, President of Ghana, in Beijing on Monday.');
    expect(document.actors.map((a) => a.name).sort()).toEqual(['Kwabena Asante Frimpong', 'Wang Yi']);
    expect(document.calls).toHaveLength(1);
  });
});

describe('a lower-case portfolio before the holder', () => {
  it('reads "the minister of health, NAME"', () => {
    expect(people('The sanctions named the minister of health, Lucia Ferrero Diaz, and two generals of Bolivia.')).toEqual(['Lucia Ferrero Diaz (official, BO)']);
  });
});

describe('a name glued by a dash to the next word', () => {
  it('ends the name at a dash before an English word, not inside a hyphenated given name', () => {
    expect(people('Foreign Minister Tomas Brandt Oyelaran—backed by the cabinet—met reporters on Monday.')).toEqual(['Tomas Brandt Oyelaran (official, -)']);
    expect(people('Foreign Minister Park Sung-hee of South Korea met reporters on Monday.')).toEqual(['Park Sung-hee (official, KR)']);
  });
});
