/**
 * Session 23 (issue 14): decisions about calls the extractor made false — a contact told as history ("recalled his
 * call with"), an ordinal counted up to the story's own contact ("their first meeting since the election"), a
 * finite passive whose subject is no party ("The banquet was hosted by X, and Y said"), the passive of "discussed"
 * (its subject is the topic), a refusal to hold talks, and talks that lie ahead of their parties. Every sentence is ours, invented for its construction;
 * none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 23: contacts told as history, passives with no party, refusals', () => {
  it.each([
    ['a contact someone recalls is an earlier one: no day of the story, kept apart from it (contact.prior.recalled)',
      'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\n\nRuto recalled his telephone conversation with Museveni in March, when the border reopened.', '2024-05-09',
      ['william-ruto + yoweri-museveni 2024-05-06', 'william-ruto + yoweri-museveni undated']],
    ['a contact not recalled is the story\'s own',
      'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\n\nIn his telephone conversation with Museveni, Ruto raised the rail line.', '2024-05-09',
      ['william-ruto + yoweri-museveni 2024-05-06']],
    ['"their first meeting since" counts up to the story\'s own contact (contact.prior.counted-since)',
      'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\n\nThe talks were the third summit between the two presidents since 2020. It was their first meeting since the floods.', '2024-05-09',
      ['william-ruto + yoweri-museveni 2024-05-06']],
    ['"their first meeting" with a later summit counted elsewhere is still an earlier one',
      'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday, their second summit.\n\nTheir first meeting was held in Nairobi in 2021.', '2024-05-09',
      ['william-ruto + yoweri-museveni 2024-05-06', 'william-ruto + yoweri-museveni undated']],
    ['a finite passive whose subject names no party: the speaker after the comma is no guest (contact.parties.finite-passive-subject)',
      'The state banquet was hosted by Tanzanian President Samia Suluhu Hassan, and Kenyan Foreign Minister Musalia Mudavadi said he welcomed the visit.', '2024-05-09',
      []],
    ['a finite passive with a party for its subject is a contact',
      'Kenyan Foreign Minister Musalia Mudavadi was hosted by Tanzanian President Samia Suluhu Hassan in Dodoma.', '2024-05-09',
      ['musalia-mudavadi + samia-suluhu-hassan undated']],
    ['a dinner hosted by someone, fronted, still has the main clause\'s subject for its guest (contact.event-held-by)',
      'At a dinner given for him by Tanzanian President Samia Suluhu Hassan, Kenyan Foreign Minister Musalia Mudavadi praised the new road.', '2024-05-09',
      ['musalia-mudavadi + samia-suluhu-hassan undated']],
    ['the passive of "discussed" has the topic for its subject: a meeting being discussed is no contact',
      'A meeting between Kenyan President William Ruto and Ugandan President Yoweri Museveni in Arusha was being discussed, Nairobi said, and Ruto said it could happen soon.', '2024-05-09',
      []],
    ['the active "discussed … with" is a contact (contact.discussed-with)',
      'Kenyan President William Ruto discussed the rail line with Ugandan President Yoweri Museveni on Friday.', '2024-05-09',
      ['william-ruto + yoweri-museveni 2024-05-03']],
    ['refusing or rebuffing to hold talks is no contact (contact.modality.noun)',
      'Kenyan President William Ruto, who rebuffed holding summit talks with Ugandan President Yoweri Museveni all year, spoke in Mombasa.', '2024-05-09',
      []],
    ['talks that lie "ahead of them" are still to come (contact.modality.ahead-of-parties)',
      'Kenyan President William Ruto said he and Ugandan President Yoweri Museveni had long and hard talks ahead of them.', '2024-05-09',
      []],
    ['talks held "ahead of" another event happened',
      'Kenyan President William Ruto held talks on Friday in Entebbe with Ugandan President Yoweri Museveni ahead of the regional summit.', '2024-05-09',
      ['william-ruto + yoweri-museveni 2024-05-03']],
    ['without such a phrase the "with" names the meeting\'s other party',
      'Kenyan President William Ruto held a meeting on Friday with Rwandan President Paul Kagame before the summit.', '2024-05-09',
      ['paul-kagame + william-ruto 2024-05-03']],
  ])('%s', (_name, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 23: a "with" that belongs to other talks named after the meeting', () => {
  it('"A and B held a meeting before their separate talks with C": C is no party of the A-B meeting, and each met C on his own (contact.parties.other-contact-before-with)', () => {
    const found = calls(
      'Kenyan President William Ruto and Ugandan President Yoweri Museveni held a meeting on Friday before their separate talks with Rwandan President Paul Kagame.',
      '2024-05-09',
    );
    expect(found).toContain('william-ruto + yoweri-museveni 2024-05-03');
    expect(found.filter((c) => c.split(' + ').length > 2)).toEqual([]);
    expect(found.map((c) => c.replace(/ [^ ]+$/, ''))).toEqual(expect.arrayContaining(['paul-kagame + william-ruto', 'paul-kagame + yoweri-museveni']));
  });
});
