/**
 * Session 15 (issue 15): what an incident is, read from its clause — a force that bombarded, a suicide
 * bomber who acted, a clash between two states with its dead; a town owned by a region the gazetteer
 * knows; each casualty count with its own verb. Sentences written for these tests.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, country, date, killed, injured, evidence }) => ({ kind, country, date, killed, injured, rule: evidence[0].rule }));

describe('incidents of session 15', () => {
  it.each([
    // A force that bombarded a place: a strike (incident.strike's verbs).
    ['Turkish forces bombarded northern parts of Syria on Monday.', { kind: 'strike', country: 'SY', date: '2025-07-07', killed: null, injured: null, rule: 'incident.strike' }],
    // A suicide bomber who blew himself up: an attack, placed by the town.
    ['A suicide bomber blew himself up at a checkpoint in Kandahar on Sunday, killing nine people.', { kind: 'attack', country: 'AF', date: '2025-07-06', killed: 9, injured: null, rule: 'incident.bomb-attack' }],
    // A suicide bombing that killed is an attack, not a strike.
    ['The suicide bombing killed eight soldiers and wounded 12 others in Kunduz on Friday.', { kind: 'attack', country: 'AF', date: '2025-07-04', killed: 8, injured: 12, rule: 'incident.bomb-attack' }],
    // "Balochistan's Gwadar": the town's owner locates it.
    ["Two guards were hurt in a bomb blast at a market in Balochistan's Gwadar on Friday.", { kind: 'attack', country: 'PK', date: '2025-07-04', killed: null, injured: 2, rule: 'incident.bomb-attack' }],
    // incident.casualties-apart: "killed six and wounded 41" is 41 injured.
    ['A car bomb killed six and wounded 41 in Mosul on Monday.', { kind: 'attack', country: 'IQ', date: '2025-07-07', killed: 6, injured: 41, rule: 'incident.bomb-attack' }],
    ['A Russian missile hit a depot in Sumy on Monday, killing two people and wounding at least 17.', { kind: 'strike', country: 'UA', date: '2025-07-07', killed: 2, injured: 17, rule: 'incident.strike' }],
    // incident.clash: on a border or between two states, with its dead; no country.
    ['Two Peruvian soldiers died in border clashes with Ecuadorian troops on Monday.', { kind: 'clash', country: null, date: '2025-07-07', killed: 2, injured: null, rule: 'incident.clash' }],
    ['Fierce clashes between Indian and Chinese troops left 20 soldiers dead on Monday.', { kind: 'clash', country: null, date: '2025-07-07', killed: 20, injured: null, rule: 'incident.clash' }],
  ])('reads %j', (text, expected) => {
    expect(incidents(text)).toEqual([expected]);
  });

  it.each([
    // A clash inside one country (police and protesters), or one without dead, is no clash incident.
    ['Clashes between police and protesters in Lima killed two people on Monday.'],
    ['Clashes erupted on the border with Ecuador on Monday.'],
  ])('reads no incident in %j', (text) => {
    expect(incidents(text)).toEqual([]);
  });
});
