/**
 * Session 22 (issue 14): contact constructions whose verb group or object order no rule knew — an adverb inside a
 * passive ("was also received by"), a day set between the verb and its object, commas around the adverbials
 * between "met" and "with", talks going on as the report is written, and the plural present of a headline or
 * lede ("A and B meet in X"). Every sentence is ours, invented for its construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 22: verb groups and object order of contact verbs', () => {
  it.each([
    ['an adverb inside the passive (contact.received-by)',
      'Estonian Prime Minister Kristen Michal flew to Oslo and was later received by Norwegian Prime Minister Jonas Gahr Store.', '2024-05-09',
      ['jonas-gahr-store + kristen-michal undated']],
    ['an -ly adverb inside the passive (contact.received-by)',
      'Spanish Prime Minister Pedro Sanchez landed in Rabat and was cordially greeted by Moroccan Prime Minister Aziz Akhannouch.', '2024-05-09',
      ['aziz-akhannouch + pedro-sanchez undated']],
    ['the meal a passive host gave, before "by" (contact.received-by)',
      'Ghanaian President Nana Akufo-Addo was also hosted for dinner by Nigerian President Bola Tinubu.', '2024-05-09',
      ['bola-tinubu + nana-akufo-addo undated']],
    ['a negation is no adverb of the passive',
      'Ghanaian President Nana Akufo-Addo was not received by Nigerian President Bola Tinubu.', '2024-05-09',
      []],
    ['a day between "received" and its object (contact.hosted, INSERTED_DAY_AT)',
      'Romanian Foreign Minister Bogdan Aurescu received on Monday the Foreign Minister of Moldova, Nicu Popescu.', '2024-05-09',
      ['bogdan-aurescu + nicu-popescu 2024-05-06']],
    ['a day between "received" and a thing received is no contact',
      'Romanian Foreign Minister Bogdan Aurescu received on Monday the report of the Moldovan ombudsman.', '2024-05-09',
      []],
    ['commas around the adverbials between "met" and "with" (contact.met-for-a-while-with)',
      'Dutch Prime Minister Mark Rutte met, on Tuesday, by video link, with Belgian Prime Minister Alexander De Croo.', '2024-05-09',
      ['alexander-de-croo + mark-rutte 2024-05-07']],
    ['a comma before a pronoun opens another clause: its "with" is not the meeting\'s',
      'Dutch Prime Minister Mark Rutte met on Tuesday, he said, with nobody from Belgian Prime Minister Alexander De Croo\'s cabinet.', '2024-05-09',
      []],
    ['talks going on as the report is written (contact.entered-noun, "are engaged in")',
      'Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan are currently engaged in closed-door talks in Nairobi.', '2024-05-09',
      ['samia-suluhu-hassan + william-ruto undated']],
    ['the plural present of a lede (contact.meet-plural)',
      'Norwegian Foreign Minister Espen Barth Eide and his Danish counterpart Lars Lokke Rasmussen meet in Oslo with their delegations.', '2024-05-09',
      ['espen-barth-eide + lars-lokke-rasmussen undated']],
    ['a plural present with a time still to come is a plan (contact.modality.scheduled-present)',
      'Norwegian Foreign Minister Espen Barth Eide and his Danish counterpart Lars Lokke Rasmussen meet in Oslo in a few hours.', '2024-05-09',
      []],
    ['"will meet" and "to meet" are plans, not the plural present',
      'Norwegian Foreign Minister Espen Barth Eide and his Danish counterpart Lars Lokke Rasmussen will meet in Oslo. Kenyan President William Ruto is due to meet in Arusha with Tanzanian President Samia Suluhu Hassan.', '2024-05-09',
      []],
    ['a habitual plural present is no contact',
      'The foreign ministers of the Nordic states meet every spring.', '2024-05-09',
      []],
    ['co-chairing a meeting with someone (contact.co-chaired)',
      'Kenyan President William Ruto co-chaired the trade forum in Mombasa with Tanzanian President Samia Suluhu Hassan on Monday.', '2024-05-09',
      ['samia-suluhu-hassan + william-ruto 2024-05-06']],
    ['two parties who co-chaired a meeting (contact.co-chaired)',
      'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan co-chaired the joint commission on Monday.', '2024-05-09',
      ['samia-suluhu-hassan + william-ruto 2024-05-06']],
    ['a forum that "will be co-chaired by" two leaders is a plan',
      'The forum will be co-chaired by Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan.', '2024-05-09',
      []],
    ['a phone call made "to" someone (contact.call-to, not contact.held-noun)',
      'Kenyan President William Ruto made a phone call to Tanzanian President Samia Suluhu Hassan on Monday.', '2024-05-09',
      ['samia-suluhu-hassan + william-ruto 2024-05-06']],
    ['a call made to the nation is no contact',
      'Kenyan President William Ruto made a call to the nation on Monday.', '2024-05-09',
      []],
    ['talks that "will be held by" two leaders are a plan (contact.event-held-by)',
      'The talks will be held by Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan.', '2024-05-09',
      []],
    ['a dinner hosted by someone that the subject "will attend" is a plan (contact.event-held-by, nounLed)',
      'Kenyan President William Ruto will attend a dinner hosted by Tanzanian President Samia Suluhu Hassan.', '2024-05-09',
      []],
    ['a dinner hosted by someone that the subject attended (contact.event-held-by)',
      'Kenyan President William Ruto attended a dinner hosted by Tanzanian President Samia Suluhu Hassan.', '2024-05-09',
      ['samia-suluhu-hassan + william-ruto undated']],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
