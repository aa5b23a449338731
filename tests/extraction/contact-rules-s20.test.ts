/**
 * Session 20 (issue 14): contact constructions and their modality — a wire story's place with its country between
 * "met <day>" and "with"; a fronted contact phrase closed by an apposition between dashes; a headline's "Agrees
 * Meeting With" (a contact agreed to is one still to come). Every sentence is ours, invented for its construction;
 * none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

const both = ['alexander-stubb + kristen-michal 2024-05-06'];

describe('session 20: "met <day> in <city>, <country>, with" (contact.met-for-a-while-with)', () => {
  it.each([
    ['a place and its country between "met" and "with"',
      'Finnish President Alexander Stubb met Monday in Brussels, Belgium, with Estonian Prime Minister Kristen Michal.', both],
    ['a two-word country after the city',
      'Finnish President Alexander Stubb met on Monday in Geneva, United States, with Estonian Prime Minister Kristen Michal.', both],
    ['the plain place still counts',
      'Finnish President Alexander Stubb met Monday in Brussels with Estonian Prime Minister Kristen Michal.', both],
    ['a negated meeting stays out (contact.modality.verb-group)',
      'Finnish President Alexander Stubb did not meet Monday in Brussels, Belgium, with Estonian Prime Minister Kristen Michal.', []],
    ['a planned one stays out (contact.modality.verb-group)',
      'Finnish President Alexander Stubb will meet Friday in Brussels, Belgium, with Estonian Prime Minister Kristen Michal.', []],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-07')).toEqual(expected);
  });
});

describe('session 20: a fronted contact phrase closed by a dash apposition (contact.parties.dash-apposition)', () => {
  it.each([
    ['the subject follows the closing dash, not the name inside the apposition',
      'Speaking on Monday after talks with Kristen Michal - the Estonian prime minister - Finnish President Alexander Stubb said the cable would be repaired.', both],
    ['a title before the subject after the dash',
      'Speaking on Monday after talks with Estonian Prime Minister Kristen Michal - a former lawyer - Mr Stubb, the Finnish President, said the cable would be repaired.', both],
    ['a leader named inside the apposition takes no part',
      'Speaking on Monday after talks with Kristen Michal - an ally of Latvian President Edgars Rinkevics - Finnish President Alexander Stubb said the cable would be repaired.', both],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-07')).toEqual(expected);
  });
});

describe('session 20: a contact noun agreed to is one still to come (contact.modality.noun)', () => {
  it.each([
    ['a headline: "Agrees Meeting With"',
      'Finnish President Agrees Meeting With Estonian Counterpart\n\nFinnish President Alexander Stubb said on Monday he was ready to see Estonian Prime Minister Kristen Michal soon.', []],
    ['"agreed a meeting with"',
      'Finnish President Alexander Stubb on Monday agreed a meeting with Estonian Prime Minister Kristen Michal.', []],
    ['"agreed to talks with"',
      'Finnish President Alexander Stubb on Monday agreed to talks with Estonian Prime Minister Kristen Michal.', []],
    ['"agreed" that governs no contact noun leaves the talks as they are',
      'Finnish President Alexander Stubb, who agreed to the plan, held talks with Estonian Prime Minister Kristen Michal on Monday.', both],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-07')).toEqual(expected);
  });
});

describe('session 20: one participant named as present (contact.participants)', () => {
  const talks = 'Finnish President Alexander Stubb held talks with Estonian Prime Minister Kristen Michal in Tallinn on Monday. ';
  const three = ['alexander-stubb + edgars-rinkevics + kristen-michal 2024-05-06'];
  it.each([
    ['"Also present at the meeting was X"', `${talks}Also present at the meeting was Latvian President Edgars Rinkevics.`, three],
    ['"Also present was X"', `${talks}Also present was Latvian President Edgars Rinkevics.`, three],
    ['"Present at the talks was X", capitalised at the start of the sentence', `${talks}Present at the talks was Latvian President Edgars Rinkevics.`, three],
    ['one who was absent is no participant', `${talks}Latvian President Edgars Rinkevics was not present at the meeting.`, both],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-07')).toEqual(expected);
  });
});

describe('session 20: talks that involved two people (contact.noun-involving)', () => {
  it.each([
    ['"negotiations that at one point involved A and his counterpart, B": one contact, no day of its own',
      'After weeks of negotiations that at one point involved Finnish President Alexander Stubb and his Estonian counterpart, Kristen Michal, the two sides agreed on the cable on Monday.',
      ['alexander-stubb + kristen-michal undated']],
    ['"talks involving A and B"',
      'Talks involving Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal ended without a deal.',
      ['alexander-stubb + kristen-michal undated']],
    ['planned talks stay out (contact.modality.noun)',
      'Planned talks involving Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal were called off on Monday.', []],
    ['one person alone is no contact',
      'Talks involving Finnish President Alexander Stubb and a group of experts ended on Monday.', []],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-07')).toEqual(expected);
  });
});

describe('session 20: a joint interview given together (contact.press-conference-together)', () => {
  it.each([
    ['two coordinated parties who held a joint interview met',
      'Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal held a joint interview in Tallinn on Monday.', both],
    ['one party alone met no one named',
      'Finnish President Alexander Stubb held a joint interview with two newspapers on Monday.', []],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-07')).toEqual(expected);
  });
});

describe('session 20: what a host received must be a person, not a thing a name modifies (contact.hosted, AFTER_RECEIVED_PERSON)', () => {
  it.each([
    ['"received the United Nations report": the name modifies "report"',
      'Finnish President Alexander Stubb received the United Nations report on Monday.', []],
    ['"received X\'s envoy": the envoy was received, not X',
      "Finnish President Alexander Stubb received Estonian Prime Minister Kristen Michal's envoy on Monday.", []],
    ['a place after the person', 'Finnish President Alexander Stubb hosted Estonian Prime Minister Kristen Michal in Helsinki on Monday.', both],
    ['an adverb after the person', 'Finnish President Alexander Stubb received Estonian Prime Minister Kristen Michal warmly on Monday.', both],
    ['a relative clause after the person', 'Finnish President Alexander Stubb on Monday welcomed Estonian Prime Minister Kristen Michal, who arrived for talks.', both],
    ['the end of the sentence', 'Finnish President Alexander Stubb on Monday received Estonian Prime Minister Kristen Michal.', both],
    ['a purpose after the person', 'Finnish President Alexander Stubb on Monday hosted Estonian Prime Minister Kristen Michal for talks.', both],
  ])('%s', (_name, text, expected) => {
    expect(calls(text, '2024-05-07')).toEqual(expected);
  });
});
