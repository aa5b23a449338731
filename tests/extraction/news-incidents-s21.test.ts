/**
 * Session 21 (issue 15): a bomb attack is an `attack` however the story names it (a blast, a suicide bomber's act, a
 * bombing: the corpus gold's kind; incident-rules.ts says why the story's own word was taken back); a stabbing or knife attack is an attack (incident.stabbing), a betrayal "in the back" none; a
 * known town the clause opens with places the attack ("In Karachi late on Friday, a suicide bombing …"), and a known town
 * beats the demonym of those killed; an attack the lead tells in the present perfect with no day is of the story's day
 * (incident.lead-day); one placed "last year" is history. Sentences written for these tests (publication day Thursday
 * 2025-07-10).
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const incidents = (text: string) => extractFacts(text, { publishedOn: '2025-07-10', gazetteer }).document.incidents
  .map(({ kind, perpetrator, country, date }) => ({ kind, perpetrator, country, date }));

describe('incidents of session 21', () => {
  it.each([
    // A blast no one is told to have set off: an attack.
    ['A bomb blast at a mosque in Quetta killed seven worshippers on Friday.',
      [{ kind: 'attack', perpetrator: null, country: 'PK', date: '2025-07-04' }]],
    ['Twin explosions tore through a market in Mosul on Monday, killing 14 shoppers.',
      [{ kind: 'attack', perpetrator: null, country: 'IQ', date: '2025-07-07' }]],
    // A suicide bomber as the subject, with words between him and the verb: an attack.
    ['A suicide bomber disguised as a guard killed nine people at a checkpoint in Kandahar on Sunday.',
      [{ kind: 'attack', perpetrator: null, country: 'AF', date: '2025-07-06' }]],
    // A bombing named so: an attack too.
    ['A restaurant bombing in Mosul killed 11 people on Wednesday.',
      [{ kind: 'attack', perpetrator: null, country: 'IQ', date: '2025-07-09' }]],
    // The town the clause opens with is where it happened; a suicide bombing aboard a bus is no state's strike.
    ['In Karachi late on Friday, a suicide bombing on a minibus killed 12 passengers.',
      [{ kind: 'attack', perpetrator: null, country: 'PK', date: '2025-07-04' }]],
    // A known town beats the demonym of those killed.
    ['A suicide bomber killed eight tourists, mostly Germans, in Istanbul on Tuesday.',
      [{ kind: 'attack', perpetrator: null, country: 'TR', date: '2025-07-08' }]],
    // Stabbings and knife attacks.
    ['A councillor was stabbed at a rally in Manchester on Saturday and died in hospital.',
      [{ kind: 'attack', perpetrator: null, country: 'GB', date: '2025-07-05' }]],
    ['On Sunday in Munich, a man grabbed a kitchen knife and began to stab shoppers outside a bakery.',
      [{ kind: 'attack', perpetrator: null, country: 'DE', date: '2025-07-06' }]],
    // The lead's present perfect with no day: the story's day; the past tense keeps no day.
    ['Israel has launched a wave of air strikes across Gaza that killed nine people.',
      [{ kind: 'strike', perpetrator: 'IL', country: 'PS', date: '2025-07-10' }]],
    ['Israel bombed two depots in Gaza, killing nine people.',
      [{ kind: 'strike', perpetrator: 'IL', country: 'PS', date: null }]],
    // History recalled: bombings placed last year are none; the day's attack stays.
    ['A bomb went off in Izmir on Monday, wounding four. Two bombings last year in Ankara killed more than 100 people.',
      [{ kind: 'attack', perpetrator: null, country: 'TR', date: '2025-07-07' }]],
  ])('reads %j', (text, expected) => {
    expect(incidents(text)).toEqual(expected);
  });

  it.each([
    // A betrayal said so is no stabbing.
    'The senator said his own party had stabbed him in the back over the budget.',
    'Backstabbing inside the coalition has slowed the budget talks in Warsaw.',
    // The stabbing told again, named by a definite article, adds nothing on its own.
    'The minister in Berlin called the stabbing an attack on democracy.',
    // Bombings placed last year are history.
    'Two bombings last year in Ankara killed more than 100 people.',
  ])('finds no incident in %j', (text) => {
    expect(incidents(text)).toEqual([]);
  });
});
