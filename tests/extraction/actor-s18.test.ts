/**
 * Actors (issue 14, session 18): a title's prefix stays on its own line (PREFIX_IN_LINE), a cabinet
 * list whose holder is followed by "and" and the next title with no comma, a middle initial "V.",
 * the Nigerian "Special Assistant on …", and common words read as names after a title; a leader
 * named in "the X administration" is an actor (GUIDE.md: every named head of state or government the
 * article mentions) but that mention is no party (actor.not-leader.administration). Sentences and
 * people are ours.
 */
import { extractFacts } from '../../src/extraction/pipeline.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';

const gazetteer = loadGazetteer();
const facts = (text: string, publishedOn = '2025-03-12') => extractFacts(text, { publishedOn, gazetteer }).document;
const people = (text: string, publishedOn?: string) => facts(text, publishedOn).actors.filter((a) => a.kind !== 'institution').map((a) => `${a.name} (${a.kind}, ${a.country ?? '-'})`).sort();
const names = (text: string, publishedOn?: string) => people(text, publishedOn).map((p) => p.replace(/ \(.*$/, ''));

describe('a title and its prefix on one line (PREFIX_IN_LINE)', () => {
  it('does not take the last word of the line before into the title', () => {
    const doc = facts('Nordic ministers confer on fishing quotas\n\nThe talks follow a dispute over quotas with Norway\nFinnish Foreign Minister Aino Kettu meets Dutch counterpart Joris Vermeer in Turku on Monday.\nKettu said the talks were useful.\n');
    const kettu = doc.actors.find((a) => a.name === 'Aino Kettu');
    expect(kettu?.country).toBe('FI');
    expect(doc.calls.map((c) => c.participants.slice().sort().join(' + '))).toEqual(['aino-kettu + joris-vermeer']);
  });
});

describe('a cabinet list with no comma before "and" (PORTFOLIO_NAME_AND_TITLE)', () => {
  it('reads each holder after a portfolio, the first followed by "and" and the next title', () => {
    expect(names('Ruritanian Minister for Trade and Cooperation Pello Marrin and Minister for Small Business Ada Quell welcomed the visitors at the airport.')).toEqual(['Ada Quell', 'Pello Marrin']);
  });
});

describe('name shapes', () => {
  it('reads a middle initial "V." as part of the name, not as a regnal number', () => {
    expect(names('Ambassador Pavel V. Morozov met Minister Ilse Brandt in Vienna on Wednesday.')).toEqual(['Ilse Brandt', 'Pavel V. Morozov']);
  });

  it('still reads a regnal number', () => {
    expect(names('King Olav V opened the bridge in 1965.', '1965-05-01')).toEqual(['Olav V']);
  });
});

describe('a Special Assistant is an official', () => {
  it.each([
    ["Kemi Adeyemo, Okonjo's Special Assistant on Youth Affairs, disclosed this in a post on Tuesday.", 'Kemi Adeyemo'],
    ['The Senior Special Assistant on Culture and Tourism, Mr Femi Abiola, said the two leaders met.', 'Femi Abiola'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('not a person', () => {
  it('a leader named only in "the X administration" is a leader the article mentions (GUIDE.md: required)', () => {
    expect(names('The Biden administration has pressed Caracas to free the detained crew.', '2023-05-02')).toEqual(['Joe Biden']);
  });

  it('…but "the X administration\'s" is no person a contact could take as its party', () => {
    const doc = facts('German Chancellor Olaf Scholz arrived in Washington on Thursday.\n\nOver the past month, the chancellor has tried to present himself as a go-between for America and Europe as it adjusts to the Biden administration\'s wish to step back, holding a friendly meeting with Biden two days before Macron\'s.\n', '2023-03-10');
    expect(doc.calls.map((c) => c.participants.slice().sort().join(' + '))).toEqual(['joe-biden + olaf-scholz']);
  });

  it.each([
    'Voters returned to the polls after the General Election was annulled.',
    'General News of Friday, 4 April 2025',
    'She will meet Prime Minister Tavita Lemalu, the Minister Responsible for Fisheries as well.',
  ])('no common word is a name after a title: %s', (text) => {
    expect(names(text)).not.toContainEqual(expect.stringMatching(/^(?:Election|News|Responsible)$/));
  });
});
