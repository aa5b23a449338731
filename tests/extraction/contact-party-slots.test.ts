/**
 * Who the parties of a contact are, read from the clause's slots: a name in apposition to a role,
 * "their" that refers back past people the sentence only talks about, a spoken exchange with
 * several people, and a contact that is only the purpose of a journey still to come. Every
 * sentence is ours, invented for its construction; none is taken from a news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const calls = (text: string, publishedOn = '2024-03-13') =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => [...c.participants].sort().join(' + ')).sort();

describe('the parties of a contact come from its slots', () => {
  it.each([
    ['a name in apposition to a role is whom the role names, not the office holder on the day',
      'Spanish Prime Minister Pedro Sanchez spoke by telephone on Tuesday with the newly elected president of Argentina, the economist Javier Milei.', '2023-11-21',
      ['javier-milei + pedro-sanchez']],
    ['"their" refers back to the contact just reported, not to people a later clause talks about',
      'German Chancellor Olaf Scholz and French President Emmanuel Macron spoke on Sunday. Their call came a day after Russian President Vladimir Putin threatened Ukrainian President Volodymyr Zelenskyy.', '2024-03-13',
      ['emmanuel-macron + olaf-scholz']],
    ['speaking with two people is a conversation with each',
      'On Tuesday Chancellor Olaf Scholz spoke with Polish President Andrzej Duda and Czech Prime Minister Petr Fiala.', '2024-03-13',
      ['andrzej-duda + olaf-scholz', 'olaf-scholz + petr-fiala']],
    ['discussing something with two people is a conversation with each',
      'Chancellor Olaf Scholz discussed energy prices with Polish President Andrzej Duda and Czech Prime Minister Petr Fiala.', '2024-03-13',
      ['andrzej-duda + olaf-scholz', 'olaf-scholz + petr-fiala']],
    ['"they" after separate calls with two people are the pairs just reported, not all three',
      'Chancellor Olaf Scholz had separate calls with Polish President Andrzej Duda and Czech Prime Minister Petr Fiala, during which they discussed gas supplies.', '2024-03-13',
      ['andrzej-duda + olaf-scholz', 'olaf-scholz + petr-fiala']],
    ['a call named by its medium with two people stays one call',
      'Chancellor Olaf Scholz spoke by telephone on Tuesday with Polish President Andrzej Duda and Czech Prime Minister Petr Fiala.', '2024-03-13',
      ['andrzej-duda + olaf-scholz + petr-fiala']],
    ['a plural title heads several leaders, each met in turn; a country in brackets closes each',
      'German Chancellor Olaf Scholz met Presidents Gitanas Nauseda (Lithuania), Alar Karis (Estonia) and Edgars Rinkevics (Latvia) in Vilnius.', '2024-03-13',
      ['alar-karis + olaf-scholz', 'edgars-rinkevics + olaf-scholz', 'gitanas-nauseda + olaf-scholz']],
    ['a headline with a plural title before two surnames',
      'Scholz holds talks with presidents Macron, Duda', '2024-03-13',
      ['andrzej-duda + olaf-scholz', 'emmanuel-macron + olaf-scholz']],
    ['talks that are the purpose of a visit still to come did not happen',
      'The decision came a day before the scheduled visit of Italian Prime Minister Giorgia Meloni for talks with German Chancellor Olaf Scholz.', '2024-03-13',
      []],
  ])('%s', (_construction, text, publishedOn, parties) => {
    expect(calls(text, publishedOn)).toEqual(parties);
  });
});

describe('the day of a contact a later paragraph reports again', () => {
  const dated = (text: string) => extractFacts(text, { publishedOn: '2024-03-13', gazetteer }).document.calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date}`).sort();

  it("is the lead's day, not the byline's time-stamped filing day", () => {
    const text = 'Scholz on his calls\n\nAnna Berg, Wednesday, 13 March 2024, 10:15\n\nGerman Chancellor Olaf Scholz had separate telephone conversations with Polish President Andrzej Duda and Czech Prime Minister Petr Fiala on 12 March.\n\nScholz added that his conversation with Duda had been useful.';
    expect(dated(text)).toEqual(['andrzej-duda + olaf-scholz 2024-03-12', 'olaf-scholz + petr-fiala 2024-03-12']);
  });
});

describe('the month May is no modal verb', () => {
  it.each([
    ['before a verb', 'Chancellor Olaf Scholz on 12 May spoke with Polish President Andrzej Duda.', ['andrzej-duda + olaf-scholz 2024-05-12']],
    ['before a contact noun', 'Prices rose on 12 May after Olaf Scholz’s phone call with Polish President Andrzej Duda.', ['andrzej-duda + olaf-scholz 2024-05-12']],
    ['after a preposition, with no day', 'Chancellor Olaf Scholz in May spoke with Polish President Andrzej Duda.', ['andrzej-duda + olaf-scholz null']],
    ['the modal itself', 'Chancellor Olaf Scholz may speak with Polish President Andrzej Duda.', []],
  ])('%s', (_construction, text, expected) => {
    expect(extractFacts(text, { publishedOn: '2024-05-13', gazetteer }).document.calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date}`)).toEqual(expected);
  });
});
