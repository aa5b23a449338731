/**
 * Session 18 (issue 15): an attack named as a noun on a whole country — undated, or retold by a definite
 * determiner — is the war the story mentions, not an incident (incident.whole-country-attack). Sentences written
 * for these tests (publication day Thursday 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, perpetrator, country, place }) => ({ kind, perpetrator, country, place }));

describe('incidents of session 18', () => {
  it.each([
    ['Armenia on Friday said it had housed 3,000 families driven out by the Azerbaijani attack on Armenia.'],
    ['New Zealand barred 40 Russian firms over their attack on Ukraine, its trade office wrote.'],
    ['Lithuanian President Gitanas Nauseda and Finnish President Alexander Stubb weigh Russian attack on Ukraine'],
  ])('no incident: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });

  it.each([
    // A town or a site is one incident, as before.
    ['The Russian attack on Kharkiv on Tuesday killed four people.',
      [{ kind: 'strike', perpetrator: 'RU', country: 'UA', place: 'Kharkiv' }]],
    // A capital is a place in the country, not the whole country.
    ['The envoys met in Cairo and talked over Israeli strikes on Doha at length.',
      [{ kind: 'strike', perpetrator: 'IL', country: 'QA', place: 'Doha' }]],
    // A whole country with a day of its own and no definite determiner: a report of one attack.
    ['An Iranian attack on Israel on Saturday night was the first from its own soil.',
      [{ kind: 'strike', perpetrator: 'IR', country: 'IL', place: 'Israel' }]],
  ])('%s', (text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });
});
