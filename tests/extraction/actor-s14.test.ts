/**
 * Actors (issue 14, session 14): a listed leader's name that is not that leader (a place named after
 * them, another person of the family), a page stamp's "PM" that is no title, a name glued to the next
 * sentence by a lost space, a portfolio's closing noun before the holder, a title set off by commas
 * from its holder, and a given name used alone under the same title. Sentences and people are ours;
 * invented people where the gazetteer must not answer.
 */
import { actorId } from '../../src/facts/fact-ids.js';
import type { LeaderEntry } from '../../src/gazetteer/gazetteer-types.js';
import { createGazetteer, loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const base = loadGazetteer();
const entry = (name: string, aliases: string[], title: string, country: string, kind: 'leader' | 'official'): LeaderEntry => ({
  id: actorId(name), name, aliases, handles: [], offices: [{ title, country, kind, since: '2020-01-01', until: null }],
});
const invented = [
  entry('Erik Halvorsen', ['Halvorsen'], 'President', 'IS', 'leader'),
  entry('Anton Varga Pell', ['Anton Varga'], 'King', 'LI', 'leader'),
];
const gazetteer = createGazetteer({ countries: base.countries, institutions: base.institutions, leaders: [...base.leaders, ...invented] });
const facts = (text: string) => extractFacts(text, { publishedOn: '2025-03-12', gazetteer }).document;
const names = (text: string) => facts(text).actors.filter((a) => a.kind !== 'institution').map((a) => a.name).sort();
const calls = (text: string) => facts(text).calls.map((c) => [...c.participants].sort().join(' + ')).sort();

describe('a listed leader\'s name that is not the leader', () => {
  it.each([
    ['a place named after them (actor.not-leader.eponym)', 'The ministers landed at Anton Varga International Airport and met President Maia Sandu in Chisinau on Monday.', ['Maia Sandu']],
    ['another person of the family (actor.not-leader.other-given-name)', 'First Lady Nora Halvorsen toured a school in Chisinau with President Maia Sandu on Monday.', ['Maia Sandu']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps the leader under a short form of the given name, after a sentence opener, and after another listed name', () => {
    expect(names('Then Halvorsen met President Maia Sandu in Chisinau on Monday.')).toContain('Erik Halvorsen');
    expect(names('Eri Halvorsen met President Maia Sandu in Chisinau on Monday.')).toContain('Erik Halvorsen');
    expect(names('The Sandu Halvorsen talks in Chisinau on Monday were frank.')).toContain('Erik Halvorsen');
  });

  it('gives the other person\'s surname no later short form of the leader', () => {
    const text = 'President Erik Halvorsen spoke on Friday. First Lady Nora Halvorsen met President Maia Sandu in Chisinau on Monday.';
    expect(calls(text)).not.toContain(`${actorId('Erik Halvorsen')} + ${actorId('Maia Sandu')}`);
  });

  it('reads the surname alone after that as the other person\'s, while the leader is not named in full', () => {
    const text = 'First Lady Nora Halvorsen toured a school in Chisinau on Monday. Mrs Halvorsen met President Maia Sandu there.';
    expect(names(text)).toEqual(['Maia Sandu']);
  });
});

describe('what is no title or no part of a name', () => {
  it('reads "PM" after a clock time as the hour\'s mark of a page stamp', () => {
    const text = 'Posted : 12 Mar 2025, 09:40 PM\nUpdated : 12 Mar 2025, 10:05 PM\nForeign Minister Ana Lund met President Maia Sandu in Chisinau on Monday.';
    expect(names(text)).toEqual(['Ana Lund', 'Maia Sandu']);
  });

  it('ends a name glued to the next sentence\'s first word', () => {
    const text = 'President of Honduras, Mirta ValdesShe met Moldova\'s President Maia Sandu in Chisinau on Monday.';
    expect(names(text)).toEqual(['Maia Sandu', 'Mirta Valdes']);
  });

  it('ends an untitled party\'s name glued to the next sentence\'s first word', () => {
    expect(names('In Havana, Nadia ReyesHe met Moldova\'s President Maia Sandu on Monday.')).toContain('Nadia Reyes');
  });
});

describe('office holders named after their portfolio or set off by commas', () => {
  it.each([
    ['a portfolio closed by "Affairs", then the holder and a comma', 'During the visit, Minister for Foreign Affairs Tomas Elvang Moreno, Trade Minister of Chile Ana Ruiz, and President Maia Sandu met in Chisinau on Monday.', ['Ana Ruiz', 'Maia Sandu', 'Tomas Elvang Moreno']],
    ['a portfolio after "Secretary of State for", then the holder and a full stop', 'President Maia Sandu received Secretary of State for Global Affairs Ilinca Dorobant in Chisinau on Monday.', ['Ilinca Dorobant', 'Maia Sandu']],
    ['titles set off by commas on both sides of the holder', 'Vice President, Carla Mendez, Petroleum Minister, Pedro Alvarado, and Foreign Minister, Ines Garrido, travelled with President Maia Sandu on Monday.', ['Carla Mendez', 'Ines Garrido', 'Maia Sandu', 'Pedro Alvarado']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not read a name after a title and a single comma ("…the Foreign Minister, Ana Ruiz said")', () => {
    expect(names('After talks with Foreign Minister, Ana Ruiz said the treaty was ready.')).not.toContain('Ana Ruiz');
  });
});

describe('a given name alone under the same title', () => {
  it('is the person named in full under that title', () => {
    const text = 'Foreign Secretary Halim Bin Rahat met Ambassador Ko Min Tun of Myanmar on Sunday. Foreign Secretary Halim said the talks were frank.';
    expect(names(text)).toEqual(['Halim Bin Rahat', 'Ko Min Tun']);
  });

  it('is not folded under another title', () => {
    const text = 'Foreign Secretary Halim Bin Rahat met Ambassador Ko Min Tun of Myanmar on Sunday. Ambassador Halim said the talks were frank.';
    expect(names(text)).toContain('Halim');
  });
});

describe('a monarch called by title and name', () => {
  it('keeps "King NAME" as one of the names', () => {
    const actor = facts('King Anton Varga Pell received President Maia Sandu in Vaduz on Monday.').actors.find((a) => a.id === actorId('Anton Varga Pell'));
    expect(actor?.aliases).toContain('King Anton Varga Pell');
  });
});

describe('a pope, and a regnal number after a name', () => {
  it('reads "Pope NAME NUMBER" as the head of state of the Holy See, under that written name', () => {
    const document = facts('Pope Pius XIII received President Maia Sandu at the Vatican on Monday.');
    const pope = document.actors.find((a) => a.name === 'Pius XIII');
    expect(pope).toMatchObject({ kind: 'leader', country: 'VA' });
    expect(pope?.aliases).toContain('Pope Pius XIII');
    expect(calls('Pope Pius XIII received President Maia Sandu at the Vatican on Monday.')).toEqual([`${actorId('Maia Sandu')} + ${actorId('Pius XIII')}`]);
  });
});
