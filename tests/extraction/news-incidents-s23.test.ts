/**
 * Session 23 (issue 15): decisions a strike passes through. A sentence may tell two strikes, one answering the other in a
 * later clause (incident.second-strike), each dated by its own clause (incident.later-clause-day); a participle after
 * "in turn" or "also" takes the subject the sentence opens with; an object owned by "its" or "their" was the other
 * country's (incident.possessed-object); a barrage launched is a strike, and the demonym of a strike the act answers
 * ("responded to …") is no attacker of the act. Armed groups named by an adjective and "fighters" attack. Sentences
 * written for these tests (publication day Thursday 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, perpetrator, country, date }) => ({ kind, perpetrator, country, date }));

describe('incidents of session 23', () => {
  it('tells two strikes of one sentence, each with its own day', () => {
    expect(incidents('Indian rockets hit three depots in Pakistan on Tuesday, with Pakistan in turn striking army posts inside India on Wednesday, officials said.'))
      .toEqual(expect.arrayContaining([
        { kind: 'strike', perpetrator: 'IN', country: 'PK', date: '2025-07-08' },
        { kind: 'strike', perpetrator: 'PK', country: 'IN', date: '2025-07-09' },
      ]));
  });

  it('keeps one strike when a second verb tells the same attack on the same country', () => {
    expect(incidents('Russian missiles hit Kharkiv on Tuesday, while Russian drones struck Kharkiv again, the mayor said.')).toHaveLength(1);
  });

  it('takes the opening subject for a participle after "in turn"', () => {
    expect(incidents('Pakistan answered on Wednesday, in turn striking army posts inside India.'))
      .toEqual([{ kind: 'strike', perpetrator: 'PK', country: 'IN', date: '2025-07-09' }]);
  });

  it.each([
    ['Iran said Israeli jets bombed its runways on Tuesday morning.', [{ kind: 'strike', perpetrator: 'IL', country: 'IR', date: '2025-07-08' }]],
    // "its" with no other country in the paragraph names nothing struck.
    ['Israel said its jets struck their positions on Tuesday.', []],
  ])('reads what "its" or "their" owns: %s', (text, expected) => expect(incidents(text)).toEqual(expected));

  it('reads a barrage launched on a region as a strike', () => {
    expect(incidents('Russia launched a barrage on the Kharkiv region on Tuesday, the governor said.'))
      .toEqual([{ kind: 'strike', perpetrator: 'RU', country: 'UA', date: '2025-07-08' }]);
  });

  it('gives no attacker from the demonym of the strike an act answers', () => {
    expect(incidents('Israel responded to the Hamas attack on Sderot on Tuesday, the army said.').every((i) => i.perpetrator !== 'IL' || i.country !== 'IL')).toBe(true);
  });

  it('reads "Jihadist fighters attacked" as an attack by no state', () => {
    expect(incidents('Jihadist fighters attacked an army base in northern Mali on Tuesday, killing eight soldiers.'))
      .toEqual([{ kind: 'attack', perpetrator: null, country: 'ML', date: '2025-07-08' }]);
  });
});
