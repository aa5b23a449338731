/**
 * Session 16 (issue 15): a measure's giver is never the country the clause acts on. When no subject
 * names the giver, the fallback (the article's first-named person) may serve the country the sanctions
 * are "against", "on" or "to"; that guess is dropped (commitment.target-not-giver). Sentences written
 * for these tests.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const commitments = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.commitments
  .map(({ byCountry, kind, target, beneficiary }) => ({ byCountry, kind, target, beneficiary }));

describe('commitments of session 16', () => {
  it.each([
    // The sanctions are against Venezuela: Maduro, named first, does not impose them.
    ["President Nicolas Maduro addressed the nation on Monday.\n\nForty new sanctions against Venezuela were announced by the Foreign Office on Tuesday, in the UK's widest package this year.", []],
    ["President Nicolas Maduro addressed the nation on Monday.\n\nThe Foreign Office said the new sanctions would cut the flow of parts to Venezuela's army and its suppliers in Cuba.", []],
    // A giver the clause names still imposes on the country after "on".
    ['President Nicolas Maduro addressed the nation on Monday.\n\nBritain imposed new sanctions on Venezuela on Tuesday.', [{ byCountry: 'GB', kind: 'sanctions', target: 'VE', beneficiary: null }]],
  ])('reads %j', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });
});
