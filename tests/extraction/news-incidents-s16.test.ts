/**
 * Session 16 (issue 15): the incident procedure as a whole — the kind follows who attacked (a state
 * strikes, an armed group attacks); the day comes from the strike's own clause, not the attribution
 * after it, else from a sentence that retells the strike; a report whose day is not its own joins the
 * report of the same attack that has one; a country beside the strike is not where it struck; people
 * killed in an attack no state makes.
 * Sentences written for these tests (publication day Thursday 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, country, date, killed, evidence }) => ({ kind, country, date, killed, rule: evidence[0].rule }));

describe('incidents of session 16', () => {
  it.each([
    // incident.group-attack: an armed group that launches or fires attacks; a single drone, "toward".
    ['Houthi rebels launched a drone at the port of Eilat on Sunday.', [{ kind: 'attack', country: 'IL', date: '2025-07-06', killed: null, rule: 'incident.country-strikes' }]],
    ['Hezbollah fighters fired rockets toward Haifa on Monday.', [{ kind: 'attack', country: 'IL', date: '2025-07-07', killed: null, rule: 'incident.country-strikes' }]],
    ['Houthi militias fired three missiles at Ashdod on Tuesday.', [{ kind: 'attack', country: 'IL', date: '2025-07-08', killed: null, rule: 'incident.country-strikes' }]],
    // The group struck is no attacker: a state's strike.
    ['Five militants were killed by drone strikes in Khost on Monday.', [{ kind: 'strike', country: 'AF', date: '2025-07-07', killed: 5, rule: 'incident.attack-on' }]],
    // incident.attribution-date + incident.retelling: the governor's Wednesday dates the report; the missiles struck on Tuesday.
    ['Nine people died when Russian missiles struck a market in Sumy, the regional governor said on Wednesday. The missiles struck before dawn on Tuesday.',
      [{ kind: 'strike', country: 'UA', date: '2025-07-08', killed: 9, rule: 'incident.country-strikes' }]],
    ['A suicide attack killed nine guards at a checkpoint in Kandahar, police said on Wednesday. The suicide blast occurred on Tuesday.',
      [{ kind: 'attack', country: 'AF', date: '2025-07-08', killed: 9, rule: 'incident.bomb-attack' }]],
    // With no retelling, the report's day stays the strike's.
    ['Nine people died when Russian missiles struck a market in Sumy, the regional governor said on Wednesday.',
      [{ kind: 'strike', country: 'UA', date: '2025-07-09', killed: 9, rule: 'incident.country-strikes' }]],
    // A headline's strike has no day of its own (the dateline's is the story's): it is the strike the body dates, one incident.
    ['Russian missiles hit Kharkiv\n\nKYIV, July 10 (Reuters) - Russian missiles hit a school in Kharkiv on Tuesday, killing four people.',
      [{ kind: 'strike', country: 'UA', date: '2025-07-08', killed: 4, rule: 'incident.strike' }]],
    // A country at the border is beside the attack, not where it happened.
    ['A car bomb killed six soldiers in Peshawar, near the Afghan border, on Tuesday.', [{ kind: 'attack', country: 'PK', date: '2025-07-08', killed: 6, rule: 'incident.bomb-attack' }]],
    // incident.killed-in-attack: people killed in an attack no state makes; dated by the manager's "It took place … on Tuesday".
    ['Police in Kenya reported that eleven guests died in an attack on a lodge in Lodwar county.\n\n"It took place just before dawn on Tuesday," the lodge manager told reporters.',
      [{ kind: 'attack', country: 'KE', date: '2025-07-08', killed: 11, rule: 'incident.killed-in-attack' }]],
    ['Twelve people were killed in an attack on a guest house in Kandahar on Tuesday.', [{ kind: 'attack', country: 'AF', date: '2025-07-08', killed: 12, rule: 'incident.killed-in-attack' }]],
    // A state named in the phrase: a strike (incident.named-attack); a heart attack is none.
    ['Four soldiers were killed in a Russian attack on a base in Sumy on Tuesday.', [{ kind: 'strike', country: 'UA', date: '2025-07-08', killed: 4, rule: 'incident.named-attack' }]],
    ['The minister died in a heart attack in Kabul on Tuesday.', []],
    // A strike discussed at a meeting happened (no day of its own here); the possibility of strikes did not.
    ['The two ministers met in Riyadh to discuss Russian strikes on Kyiv and the grain corridor.', [{ kind: 'strike', country: 'UA', date: null, killed: null, rule: 'incident.named-attack' }]],
    ['Israeli officials discussed the possibility of air strikes on Iran.', []],
  ])('reads %j', (text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });
});
