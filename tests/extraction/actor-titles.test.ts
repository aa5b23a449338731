/**
 * Office holders whose titles the older rules read short or twice (issue 14): a minister's title
 * with a portfolio of several parts ("Minister of Fisheries and Forestry, X,"; "Minister of Culture,
 * Youth and Sport of Andorra X"), a Malaysian two-word honorific ("Tan Sri"), a family name written
 * first ("Prime Minister Lee" after "Lee Hsien Loong"), and a fuller or variant spelling of a person
 * already known under the same title. Sentences are ours; invented people where the gazetteer must
 * not answer.
 */
import { actorId } from '../../src/facts/fact-ids.js';
import type { LeaderEntry } from '../../src/gazetteer/gazetteer-types.js';
import { createGazetteer, loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const base = loadGazetteer();
const entry = (name: string, title: string, country: string, kind: 'leader' | 'official'): LeaderEntry => ({
  id: actorId(name), name, aliases: [], handles: [], offices: [{ title, country, kind, since: '2020-01-01', until: null }],
});
const invented = [
  entry('Arif Salleh', 'Foreign Minister', 'MY', 'official'),
  entry('Rosmadi Yunos', 'Prime Minister', 'MY', 'leader'),
  entry('Tan Boon Heng', 'Prime Minister', 'SG', 'leader'),
];
const gazetteer = createGazetteer({ countries: base.countries, institutions: base.institutions, leaders: [...base.leaders, ...invented] });
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-03-12', gazetteer }).document;
const people = (text: string) => facts(text).actors.filter((a) => a.kind !== 'institution').map((a) => `${a.name} (${a.country ?? '?'})`).sort();
const calls = (text: string) => facts(text).calls.map((c) => [...c.participants].sort().join(' + ')).sort();

describe('a minister\'s portfolio of several parts, then the holder', () => {
  it.each([
    ['ended by a comma and the name', 'Minister of Fisheries and Forestry, Jorun Vassbakk, met President Maia Sandu in Chisinau on Monday.', ['Jorun Vassbakk', 'Maia Sandu']],
    ['ended by "of COUNTRY"', 'Minister of Culture, Youth and Sport of Andorra Pere Vilaseca met President Maia Sandu in Chisinau on Monday.', ['Maia Sandu', 'Pere Vilaseca']],
    ['with "at the" and "of"', 'Minister of State at the Office of Trade and Shipping of Norway Halvard Ringstad met President Maia Sandu in Chisinau on Monday.', ['Halvard Ringstad', 'Maia Sandu']],
    ['after "for the"', 'Federal Minister for the Regions and Sport at the Federal Ministry of Austria Lena Brandauer met President Maia Sandu on Monday.', ['Lena Brandauer', 'Maia Sandu']],
  ])('%s', (_label, text, names) => {
    expect(people(text).map((p) => p.replace(/ \(.*\)$/, ''))).toEqual(names);
    expect(calls(text)).toEqual([names.map(actorId).sort().join(' + ')]);
  });

  it('gives the country named after the portfolio', () => {
    expect(people('Minister of Culture, Youth and Sport of Andorra Pere Vilaseca met President Maia Sandu on Monday.')).toContain('Pere Vilaseca (AD)');
  });

  it('does not give a title after "NAME, " to the next name in a list', () => {
    const text = 'Kamal Idris, Minister of Tourism and Antiquities, Sara Okafor, the Minister of Health, and Peter Lanz met on Monday.';
    expect(facts(text).actors.map((a) => a.name)).not.toContain('Sara Okafor');
  });
});

describe('one person under two forms of a name is one actor', () => {
  it('drops the two-word honorific "Tan Sri"', () => {
    expect(people('Prime Minister Tan Sri Rosmadi Yunos met President Maia Sandu in Chisinau on Monday.')).toEqual(['Maia Sandu (MD)', 'Rosmadi Yunos (MY)']);
  });

  it('folds a variant spelling under the same title into the listed person', () => {
    const text = 'Prime Minister Rosmadi Yunos will visit Chisinau. Prime Minister Rosmadie Yunos met President Maia Sandu on Monday.';
    expect(people(text)).toEqual(['Maia Sandu (MD)', 'Rosmadi Yunos (MY)']);
  });

  it('folds a fuller form under the same title into the listed person', () => {
    const text = 'Foreign Minister Datuk Seri Arif Tun Salleh met Foreign Minister Ian Borg of Malta on Monday. Arif Salleh said the talks went well.';
    expect(people(text).filter((p) => p.startsWith('Arif'))).toEqual(['Arif Salleh (MY)']);
  });

  it('reads "Prime Minister Tan" as the family name written first of a Singaporean leader', () => {
    const text = 'Prime Minister Tan Boon Heng met President Maia Sandu on Monday. Sandu later called on Prime Minister Tan at the Istana.';
    expect(people(text)).toEqual(['Maia Sandu (MD)', 'Tan Boon Heng (SG)']);
    expect(calls(text)).toEqual([`${actorId('Maia Sandu')} + ${actorId('Tan Boon Heng')}`]);
  });

  it('keeps two people of one surname and different given names apart', () => {
    const text = 'Prime Minister Rosmadi Yunos met President Maia Sandu on Monday. Prime Minister Karim Yunos of Brunei met her on Tuesday.';
    expect(people(text)).toContain('Karim Yunos (BN)');
  });
});

describe('a handle of an office after its title', () => {
  it('is the holder of the office on the date ("President @POTUS" in 2023 is Joe Biden)', () => {
    const text = 'Maia Sandu wrote on X: "I spoke with President @POTUS on Friday about energy." She thanked @POTUS for his support.';
    const document = extractFacts(`date 2023-06-09\n${text}`, { gazetteer }).document;
    expect(document.actors.map((a) => a.id).sort()).toEqual(['joe-biden', 'maia-sandu']);
    expect(document.calls.map((c) => [...c.participants].sort().join(' + '))).toEqual(['joe-biden + maia-sandu']);
  });
});
