/**
 * Session 21 (issue 14): the modality of a contact noun's clause — contacts still to come, asked for or only
 * weighed that had passed as held. Every sentence is ours, invented for its construction; none is taken from a
 * news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 21: a contact noun in a clause about a contact still to come', () => {
  it.each([
    ['a contact noun as subject of "is to" / "are to" (contact.modality.noun-subject-future)',
      'An aide said the talks with Austrian Chancellor Karl Nehammer are to centre on the gas transit.', '2024-05-09',
      []],
    ['"is to" after a contact noun with its possessor (contact.modality.noun-subject-future)',
      "Dutch Prime Minister Mark Rutte's meeting with Belgian Prime Minister Alexander De Croo is to take up the port dispute.", '2024-05-09',
      []],
    ['a past time ("last week") between the noun and "are to" keeps the contact held (contact.modality.noun-subject-future)',
      "Dutch Prime Minister Mark Rutte's talks with Belgian Prime Minister Alexander De Croo last week are to be followed by a summit.", '2024-05-09',
      ['alexander-de-croo + mark-rutte undated']],
    ['"is to" before a noun phrase is no future verb group (contact.modality.noun-subject-future)',
      "Dutch Prime Minister Mark Rutte's meeting with Belgian Prime Minister Alexander De Croo on Monday is to the credit of both.", '2024-05-09',
      ['alexander-de-croo + mark-rutte 2024-05-06']],
    ['a present-tense departure for a contact (contact.modality.noun)',
      'Finnish President Alexander Stubb leaves for Oslo for a short meeting with Norwegian Prime Minister Jonas Gahr Store.', '2024-05-09',
      []],
    ['a past departure for a contact in a past narrative is still one that happened',
      'Finnish President Alexander Stubb left for Oslo on Monday and held a short meeting with Norwegian Prime Minister Jonas Gahr Store.', '2024-05-09',
      ['alexander-stubb + jonas-gahr-store 2024-05-06']],
    ['the prospects or timing of a summit meeting (contact.modality.noun)',
      'The envoys weighed the timing of a summit meeting of Indian Prime Minister Narendra Modi with Chinese President Xi Jinping.', '2024-05-09',
      []],
    ['a request for a meeting, with "for" between (contact.modality.noun)',
      'Rome said there had been no request for a meeting between Italian Prime Minister Giorgia Meloni and Libyan Prime Minister Abdul Hamid Dbeibah.', '2024-05-09',
      []],
    ['a meeting whose holding "has been confirmed" is still to come',
      "Spanish Prime Minister Pedro Sanchez's meeting with Moroccan King Mohammed VI in Rabat has been confirmed.", '2024-05-09',
      []],
    ['a contact noun in a clause whose verb "expects to" (contact.modality.future-clause)',
      'Irish Prime Minister Simon Harris said he expects to raise fishing during the June meeting with Portuguese Prime Minister Luis Montenegro.', '2024-05-09',
      []],
    ['a held meeting welcomed by others stays held',
      "Spanish Prime Minister Pedro Sanchez's meeting with Moroccan King Mohammed VI on Monday has been praised by exporters.", '2024-05-09',
      ['mohammed-vi + pedro-sanchez 2024-05-06']],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 21: a verb that enters, begins, continues or concludes a contact noun holds it', () => {
  it.each([
    ['a coordinated subject "went into a closed-door meeting" (contact.entered-noun)',
      'Senegalese President Bassirou Diomaye Faye and Gambian President Adama Barrow went into a closed-door meeting in Dakar on Monday.', '2024-05-09',
      ['adama-barrow + bassirou-diomaye-faye 2024-05-06']],
    ['"were engaged in talks" (contact.entered-noun)',
      'Senegalese President Bassirou Diomaye Faye and Gambian President Adama Barrow were engaged in talks for three hours on Monday.', '2024-05-09',
      ['adama-barrow + bassirou-diomaye-faye 2024-05-06']],
    ['"began talks with" (contact.entered-noun)',
      'Senegalese President Bassirou Diomaye Faye began talks with Gambian President Adama Barrow in Banjul on Monday.', '2024-05-09',
      ['adama-barrow + bassirou-diomaye-faye 2024-05-06']],
    ['"continued his meeting with … over lunch" (contact.entered-noun)',
      'Senegalese President Bassirou Diomaye Faye continued his meeting with Gambian President Adama Barrow over lunch on Monday.', '2024-05-09',
      ['adama-barrow + bassirou-diomaye-faye 2024-05-06']],
    ['a future "will begin talks with" is no contact (contact.modality.verb-group)',
      'Senegalese President Bassirou Diomaye Faye will begin talks with Gambian President Adama Barrow in Banjul next week.', '2024-05-09',
      []],
    ['"began a visit" names no contact noun',
      'Senegalese President Bassirou Diomaye Faye began a two-day visit to Gambia on Monday.', '2024-05-09',
      []],
    ['a participle "concluding two days of talks" after a coordinated subject (contact.entered-noun)',
      'Senegalese President Bassirou Diomaye Faye and Gambian President Adama Barrow, concluding two days of border talks in Banjul on Monday, praised the new ferry line.', '2024-05-09',
      ['adama-barrow + bassirou-diomaye-faye 2024-05-06']],
    ['a fronted "At a meeting in <place>," with a coordinated subject (contact.after-talks)',
      'At a meeting in Banjul on Monday, Senegalese President Bassirou Diomaye Faye and Gambian President Adama Barrow settled the ferry dispute.', '2024-05-09',
      ['adama-barrow + bassirou-diomaye-faye 2024-05-06']],
    ['a fronted "At a press conference," is no contact of the people it names',
      'At a press conference in Dakar on Monday, Senegalese President Bassirou Diomaye Faye criticised Gambian President Adama Barrow.', '2024-05-09',
      []],
    ['preparations for a meeting are no meeting (contact.modality.noun)',
      'Senegalese President Bassirou Diomaye Faye ordered preparations for a meeting with Gambian President Adama Barrow.', '2024-05-09',
      []],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 21: a present progressive contact is going on at the report, unless its clause makes it a plan', () => {
  it.each([
    ['"is meeting" with no time of its own: the report\'s day (contact.was-meeting, date.present-report)',
      'Kenyan President William Ruto is meeting Tanzanian President Samia Suluhu Hassan at the State House in Nairobi.', '2024-05-09',
      ['samia-suluhu-hassan + william-ruto 2024-05-09']],
    ['"is holding a meeting with", a relative clause\'s day aside (contact.modality.progressive-plan)',
      'Kenyan President William Ruto is holding a meeting with Tanzanian President Samia Suluhu Hassan, who flew in on Tuesday.', '2024-05-09',
      ['samia-suluhu-hassan + william-ruto 2024-05-09']],
    ['"is meeting … on Friday" is a plan (contact.modality.progressive-plan)',
      'Kenyan President William Ruto is meeting Tanzanian President Samia Suluhu Hassan in Nairobi on Friday.', '2024-05-09',
      []],
    ['"is holding talks with … next week" is a plan (contact.modality.progressive-plan)',
      'Kenyan President William Ruto is holding talks with Tanzanian President Samia Suluhu Hassan next week.', '2024-05-09',
      []],
    ['"is meeting" in a temporal clause is a plan (contact.modality.progressive-plan)',
      'Kenyan President William Ruto will sign the rail deal when he is meeting Tanzanian President Samia Suluhu Hassan.', '2024-05-09',
      []],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
