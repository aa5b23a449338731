/**
 * Session 22 (issue 15): precision decisions every incident passes through. Strikes named in the plural on things
 * left unnamed, with no day of their own and no dead, are a campaign (incident.campaign); an attack told by a
 * definite noun after the story told one is that attack again (incident.definite-retold); an attack with no place, no
 * day and no dead or wounded is talked about, not reported (incident.unplaced). An attack its clause says killed people is an
 * attack where that clause places it (incident.attack-killed). Sentences written for these tests
 * (publication day Thursday 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, perpetrator, country, date }) => ({ kind, perpetrator, country, date }));

describe('incidents of session 22', () => {
  describe('strikes in the plural on nothing named are a campaign (incident.campaign)', () => {
    it.each([
      ['The Polish minister said he had briefed his Canadian guest about Russian strikes on power plants and rail depots.', []],
      ['Ministers in Warsaw talked over Russia\'s attacks on grain silos and thanked the Canadian envoy.', []],
    ])('%s', (text, expected) => expect(incidents(text)).toEqual(expected));

    it.each([
      // A named place, a day of its own or the dead make the strikes one incident.
      ['The two ministers met in Riyadh to discuss Russian strikes on Kharkiv.', [{ kind: 'strike', perpetrator: 'RU', country: 'UA', date: null }]],
      ['Russian strikes on power plants in Ukraine killed four workers on Tuesday.', [{ kind: 'strike', perpetrator: 'RU', country: 'UA', date: '2025-07-08' }]],
      ['An Israeli strike on a school in Gaza City killed 25 people on Saturday.', [{ kind: 'strike', perpetrator: 'IL', country: 'PS', date: '2025-07-05' }]],
    ])('keeps %s', (text, expected) => expect(incidents(text)).toEqual(expected));
  });

  describe('an attack told by a definite noun after one the story told is the same (incident.definite-retold)', () => {
    it('adds no second attack for "The first bomb went off"', () => {
      const text = 'Twin blasts tore through a crowded bazaar in Peshawar on Wednesday, killing eleven shoppers.\n\n'
        + 'Officials in Iraq and Syria condemned the attack. The first bomb went off near the spice stalls; the second hit a taxi rank.';
      expect(incidents(text)).toEqual([{ kind: 'attack', perpetrator: null, country: 'PK', date: '2025-07-09' }]);
    });

    it('still reads the first report of an attack told with "the"', () => {
      expect(incidents('The bomb exploded at a bus depot in Quetta on Monday, killing six drivers.'))
        .toEqual([{ kind: 'attack', perpetrator: null, country: 'PK', date: '2025-07-07' }]);
    });
  });

  describe('an attack with no place, day or victims is no incident (incident.unplaced)', () => {
    it.each([
      ['In a pamphlet for a London think tank, the scholar says a chemical terrorist attack is the gravest risk Britain faces.'],
      ['A bomb attack remains the nightmare of every British minister, the report says.'],
    ])('%s', (text) => expect(incidents(text)).toEqual([]));

    it('keeps an attack with a place and a day but no toll', () => {
      expect(incidents('A suicide bombing struck a checkpoint in Kandahar on Sunday.'))
        .toEqual([{ kind: 'attack', perpetrator: null, country: 'AF', date: '2025-07-06' }]);
    });
  });

  describe('an attack its own clause says killed people (incident.attack-killed)', () => {
    it.each([
      ['A bombing was said on Monday to have killed a radio reporter in the harbour town of Hodeidah, Yemen.', [{ kind: 'attack', perpetrator: null, country: 'YE', date: '2025-07-07' }]],
      ['A gang claimed a van attack on Tuesday that killed five cyclists in Toronto.', [{ kind: 'attack', perpetrator: null, country: 'CA', date: '2025-07-08' }]],
    ])('%s', (text, expected) => expect(incidents(text)).toEqual(expected));

    it.each([
      // A heart attack, an explosion (maybe an accident), history by its year, a clause that names no place.
      ['The senator suffered a heart attack that killed him in Ottawa on Monday.'],
      ['A gas explosion that killed four tenants in Lyon shocked France on Monday.'],
      ['Mourners recalled the 2015 Paris attacks that killed 130 people in France.'],
      ['A gang claimed a van attack on Tuesday that killed five cyclists.'],
    ])('none in %s', (text) => expect(incidents(text)).toEqual([]));
  });
});
