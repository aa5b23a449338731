/**
 * Session 23 (issue 14): who a role or a group names. Every sentence is ours, invented for its construction; none is taken
 * from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 23: a counterpart relative to a role (coref.counterpart-of-role)', () => {
  it.each([
    ['a minister named by a role: his counterpart is the other country\'s minister, not its president named later',
      'Norway\'s foreign minister met her Kenyan counterpart in Oslo on Saturday. Norwegian Foreign Minister Ola Strand called the talks frank. Kenyan Foreign Minister Amos Kiprop agreed, and Kenyan President Daniel Otieno sent greetings.', '2023-03-18',
      ['amos-kiprop + ola-strand 2023-03-18']],
    ['…nor a past president the story recalls',
      'Turkey\'s foreign minister held talks in Cairo on Saturday with his Egyptian counterpart. Turkish Foreign Minister Kemal Aydin arrived on Friday, the first visit since President Omar Farid was ousted. Egyptian Foreign Minister Samir Nabil called the visit historic.', '2023-03-18',
      ['kemal-aydin + samir-nabil 2023-03-18']],
    ['a leader named by a role: the counterpart is the other country\'s leader',
      'The Norwegian prime minister met his Kenyan counterpart in Oslo on Saturday. Norwegian Prime Minister Ola Strand called the talks frank. Kenyan Foreign Minister Amos Kiprop agreed, and Kenyan Prime Minister Daniel Otieno sent greetings.', '2023-03-18',
      ['daniel-otieno + ola-strand 2023-03-18']],
    ['a named minister: unchanged',
      'Norwegian Foreign Minister Ola Strand met her Kenyan counterpart in Oslo on Saturday. Kenyan President Daniel Otieno sent greetings, and Kenyan Foreign Minister Amos Kiprop praised the talks.', '2023-03-18',
      ['amos-kiprop + ola-strand 2023-03-18']],
  ])('%s', (_why, text, published, expected) => {
    expect(calls(`Headline of the story\n\n${text}`, published)).toEqual(expected);
  });
});

describe('session 23: a deputy, vice or shadow holder is not the office a plain role names (coref.not-a-lesser-holder)', () => {
  it.each([
    ['"the prime minister" is not the deputy prime minister named nearer',
      'Swedish Prime Minister Lars Berg stayed in Stockholm, while Swedish Deputy Prime Minister Karin Dahl flew to Oslo on Monday. The Swedish prime minister spoke by phone with Norwegian Prime Minister Per Moen on Tuesday.', '2023-05-10',
      ['lars-berg + per-moen 2023-05-09']],
    ['"the foreign secretary" is not the shadow foreign secretary',
      'British Foreign Secretary Tom Hale arrived in Paris on Monday. Shadow Foreign Secretary Ann Lowe criticised the trip. The British foreign secretary met French Foreign Minister Luc Morel on Tuesday.', '2023-05-10',
      ['luc-morel + tom-hale 2023-05-09']],
    ['…but a role that says "deputy" names the deputy',
      'Swedish Prime Minister Lars Berg stayed in Stockholm, while Swedish Deputy Prime Minister Karin Dahl flew to Oslo on Monday. The Swedish deputy prime minister met Norwegian Prime Minister Per Moen on Tuesday.', '2023-05-10',
      ['karin-dahl + per-moen 2023-05-09']],
  ])('%s', (_why, text, published, expected) => {
    expect(calls(`Headline of the story\n\n${text}`, published)).toEqual(expected);
  });
});

describe('session 23: a capitalised plural office with no determiner (coref.plural-office, BARE_PLURAL_OFFICE)', () => {
  it.each([
    ['"Presidents of A and B held talks" opening the sentence: each country\'s president the text names',
      'Presidents of Brazil and Argentina held talks in Brasilia on Tuesday. Brazilian President Luiz Inacio Lula da Silva called them useful, and Argentine President Alberto Fernandez agreed.', '2023-05-10',
      ['alberto-fernandez + luiz-inacio-lula-da-silva 2023-05-09']],
    ['…"The Presidents of" with a capital too',
      'The Presidents of Brazil and Argentina held talks in Brasilia on Tuesday. Brazilian President Luiz Inacio Lula da Silva called them useful, and Argentine President Alberto Fernandez agreed.', '2023-05-10',
      ['alberto-fernandez + luiz-inacio-lula-da-silva 2023-05-09']],
    ['…not when the text names only one of the two',
      'Presidents of Brazil and Argentina held talks in Brasilia on Tuesday. Brazilian President Luiz Inacio Lula da Silva called them useful.', '2023-05-10',
      []],
  ])('%s', (_why, text, published, expected) => {
    expect(calls(`Headline of the story\n\n${text}`, published)).toEqual(expected);
  });
  it('a headline verb after a plural title is no name ("Presidents Decide To …")', () => {
    expect(calls('Brazilian And Argentine Presidents Decide To Form Joint Panel\n\nThe presidents of Brazil and Argentina decided on Tuesday to form a joint panel. Brazilian President Luiz Inacio Lula da Silva and Argentine President Alberto Fernandez held talks in Brasilia on Tuesday.', '2023-05-10'))
      .toEqual(['alberto-fernandez + luiz-inacio-lula-da-silva 2023-05-09']);
  });
});
