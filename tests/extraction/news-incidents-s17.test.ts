/**
 * Session 17 (issue 15): what a strike hit and who made it, read from the phrase of the attack — a known place
 * right after the strike is what it hit (before a country named further on in the sentence); an attack of two
 * weapons ("missile and drone"), also called an assault; its attacker as the agent after the place ("by … forces").
 * Sentences written for these tests (publication day Thursday 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, perpetrator, country, place }) => ({ kind, perpetrator, country, place }));

describe('incidents of session 17', () => {
  it.each([
    // The direct object: Gaza was hit, not the country of the minister who arrived.
    ['An Israeli airstrike on Gaza has killed five members of one family as French Foreign Minister Jean-Noel Barrot arrived in the region.',
      [{ kind: 'strike', perpetrator: 'IL', country: 'PS', place: 'Gaza' }]],
    // Two weapons coordinated, the noun "assault", the attacker after the place.
    ['A missile and drone assault on Lviv by Russian forces overnight killed six people and injured 30.',
      [{ kind: 'strike', perpetrator: 'RU', country: 'UA', place: 'Lviv' }]],
    ['A drone and missile attack on Odesa by Russia killed two dock workers on Tuesday.',
      [{ kind: 'strike', perpetrator: 'RU', country: 'UA', place: 'Odesa' }]],
  ])('%s', (text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });

  it.each([
    // A demonym of the people met or of an embassy's owner says nothing of where the attack was.
    ['Twin blasts went off outside the hotel where the governor was meeting a visiting Kenyan delegation, killing three guards, police said.'],
    ['Six guards were killed in a car bombing at the Dutch embassy compound, officials said.'],
    // Nor the nationality of an office holder present.
    ['A pair of suicide bombers detonated their vests by a hotel gate in the capital while the governor was meeting Kenyan Foreign Minister Amos Kiprop inside.'],
  ])('no country from an owner or a visitor: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });

  it('the embassy attacked in a named city lies there', () => {
    expect(incidents('Six guards were killed in a car bombing at the Dutch embassy compound in Kabul on Tuesday.')).toEqual([{ kind: 'attack', perpetrator: null, country: 'AF', place: 'Kabul' }]);
  });

  it('an assault in words is no incident', () => {
    expect(incidents('The minister called the new tariffs an assault on Kenyan farmers by the United States.')).toEqual([]);
  });
});
