/**
 * Actors (issue 14, session 17): officials named in forms the parser missed — a cabinet list whose
 * portfolios end in words it did not know or whose holder is followed by "and" and the next title,
 * an Indian honorific before the name, "Chief Justice", a holder named before the title of a
 * government body ("NAME, director of the … Council"), and a country before lower-case office words
 * ("the Ruritanian foreign ministry spokesman, NAME"). Sentences and people are ours.
 */
import { extractFacts } from '../../src/extraction/pipeline.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';

const gazetteer = loadGazetteer();
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-03-12', gazetteer }).document;
const people = (text: string) => facts(text).actors.filter((a) => a.kind !== 'institution').map((a) => `${a.name} (${a.kind}, ${a.country ?? '-'})`).sort();
const names = (text: string) => people(text).map((p) => p.replace(/ \(.*$/, ''));

describe('a cabinet list: portfolio, holder, next title', () => {
  it('reads holders after portfolios that end in shipping, multimedia, sanitation …', () => {
    expect(names('Also present were Minister of Ports and Shipping Tolan Vekra, Minister of Digital Affairs and Multimedia Osric Delane, and others.')).toEqual(['Osric Delane', 'Tolan Vekra']);
  });

  it('reads ", NAME and Minister of …" as the holder of the portfolio before it (PORTFOLIO_NAME_AND_TITLE)', () => {
    expect(names('The delegation included Minister of Water and Sanitation, Irena Holub and Minister of Rural Works, Dario Fenn.')).toEqual(['Dario Fenn', 'Irena Holub']);
  });

  it('keeps a portfolio that ends in "and" a portfolio word whole', () => {
    expect(names('The Minister of Culture, Youth and Sport, Pella Tamsin Orrow, opened the fair.')).toEqual(['Pella Tamsin Orrow']);
  });
});

describe('honorifics and titles', () => {
  it('drops "Shri" and "Smt." from the front of a name', () => {
    expect(names('Vice President Shri Ravindra Kalpesh welcomed the delegation.')).toEqual(['Ravindra Kalpesh']);
  });

  it('reads "Chief Justice NAME" as one title (not "Chief" and a "Justice …")', () => {
    expect(people('The court was led by Chief Justice Ambrose Telling until last year.')).toEqual(['Ambrose Telling (official, -)']);
  });
});

describe('name shapes and news titles', () => {
  it('reads a nickname between two pairs of apostrophes inside the name, and keeps the listed leader whole', () => {
    expect(people("President Ferdinand ''Bongbong'' Marcos Jr. arrived in Tokyo.")).toEqual(['Ferdinand Marcos Jr. (leader, PH)']);
  });

  it('reads "Ma." (Maria) as a given name, not a listed leader called Ma', () => {
    expect(names('Environment Secretary Ma. Antonia Lopez-Reyes opened the session.')).toEqual(['Ma. Antonia Lopez-Reyes']);
  });

  it('reads "COUNTRY\'s top diplomat NAME" as an official of that country', () => {
    expect(people("Norway's top diplomat Orla Venn arrived in Rome.")).toEqual(['Orla Venn (official, NO)']);
  });

  it('takes no mission or embassy for the name after a title', () => {
    expect(names('A spokesman for the European Union Mission to Kosovo told reporters the convoy was safe.')).toEqual([]);
  });
});

describe('a holder named before a title of a government body (TITLE_OF_BODY)', () => {
  it.each([
    ['"We are ready," said Corwin Basalt, director of the National Economic Council.', 'Corwin Basalt'],
    ['Helga Marsh, spokeswoman for the Foreign Ministry, said the talks were useful.', 'Helga Marsh'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves a place before a plural title alone', () => {
    expect(names('In the Mirror Hall, ministers of the Unity Cabinet welcomed the guests.')).toEqual([]);
  });
});

describe('a country before lower-case office words (OFFICE_WORDS)', () => {
  it.each([
    ['Talks were held with Edwin Farrow, a US peace envoy, in Doha.', 'Edwin Farrow (official, US)'],
    ['The Chinese foreign ministry spokesman, Lin Tao, told reporters the visit was postponed.', 'Lin Tao (official, CN)'],
  ])('%s', (text, person) => {
    expect(people(text)).toEqual([person]);
  });
});

describe('false officials', () => {
  it('takes no cartel after a country possessive for a person', () => {
    expect(names("The ministry listed groups such as Mexico's Golfo Cartel, and Peru's Shining Path, as targets.")).toEqual([]);
  });

  it('still takes a person after a country possessive', () => {
    expect(names("Officials met Latvia's Lorne Grady and discussed trade.")).toEqual(['Lorne Grady']);
  });
});
