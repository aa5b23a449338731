/**
 * Session 15 (issue 15): the party acted against is read from the clause ("on" or "against" and the
 * people or firms it names, a demonym before "attacks"), never the nearest other country.
 * Sentences written for these tests.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const commitments = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.commitments
  .map(({ byCountry, kind, target, beneficiary }) => ({ byCountry, kind, target, beneficiary }));

describe('the other party of a commitment, from its clause', () => {
  it('takes the country qualifying the people or firms a measure acts on (TARGET_IN_OBJECT), not a partner named before', () => {
    expect(commitments('Mexico and Canada will impose economic penalties on two state-owned Venezuelan banks.'))
      .toEqual([{ byCountry: 'CA', kind: 'sanctions', target: 'VE', beneficiary: null }]);
  });
  it('takes a demonym before "attacks" as the party a response is vowed against', () => {
    expect(commitments('Moscow and Minsk pledged a swift response to Lithuanian attacks.')).toEqual([
      { byCountry: 'RU', kind: 'accountability', target: 'LT', beneficiary: null },
      { byCountry: 'BY', kind: 'accountability', target: 'LT', beneficiary: null },
    ]);
  });
  it('takes neither the country announcing the measure nor the giver\'s partner as its target (commitment.not-target)', () => {
    expect(commitments('Peru hosts envoys as Canada announces new sanctions')).toEqual([]);
  });
  it('names no target when the clause names no country acted against', () => {
    expect(commitments('The sanctions, announced by Prime Minister Mark Carney at a news conference with the Mexican president on Monday, will block the property of twelve firms.')).toEqual([]);
  });
});
