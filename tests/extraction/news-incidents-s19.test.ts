/**
 * Session 19 (issue 15): a strike with no day of its own clause takes the day of the report its sentence tells it in
 * ("On Tuesday, the governor said …") before a day of an earlier sentence or of the story (incident.report-day); a country
 * named in the attribution after the strike's clause is the source's, not where the strike was.
 * Sentences written for these tests (publication day Thursday 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, perpetrator, country, date }) => ({ kind, perpetrator, country, date }));

describe('incidents of session 19', () => {
  it.each([
    // The report's day opens the sentence, before its verb of saying.
    ['The harbour cranes of Odesa stood idle on Wednesday.\n\nOn Tuesday, the regional governor said six dock workers died after Russian forces launched a wave of drone strikes on Odesa.',
      [{ kind: 'strike', perpetrator: 'RU', country: 'UA', date: '2025-07-08' }]],
    // A day of the strike's own clause still comes first.
    ['The harbour cranes of Odesa stood idle on Wednesday.\n\nOn Tuesday, the regional governor said Russian forces had launched a wave of drone strikes on Odesa on Sunday.',
      [{ kind: 'strike', perpetrator: 'RU', country: 'UA', date: '2025-07-06' }]],
    // A day inside quoted words is the speaker's, not the report's: the earlier sentence's day stays.
    ['The harbour cranes of Odesa stood idle on Wednesday.\n\n"We buried them on Tuesday," the regional governor said after Russian forces launched a wave of drone strikes on Odesa.',
      [{ kind: 'strike', perpetrator: 'RU', country: 'UA', date: '2025-07-09' }]],
  ])('%s', (text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });

  it('reads a place the 120-character reach cuts to its word\'s end ("in the Kh|arkiv region" is no place "Kh")', () => {
    const text = "Speaking about the shelling of the country's third city, Olena Marchuk-Dovzhenko, a senior press spokeswoman for the regional rescue service in the Kharkiv region, said crews saved four people.";
    expect(extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents.map((i) => [i.country, i.place])).toEqual([['UA', 'Kharkiv']]);
  });

  it('takes no struck country from the attribution after the strike\'s clause (", the paper reported, citing British officials")', () => {
    const text = 'A rebel drone attack on a grain carrier in the Gulf of Aden on Friday set its deck on fire, the paper reported, citing British and Dutch officials.';
    expect(incidents(text).map((i) => i.country)).not.toContain('GB');
    expect(incidents(text).map((i) => i.country)).not.toContain('NL');
  });
});
