/**
 * Session 19 (issue 14): party selection — which of a sentence's people are a contact's parties, and
 * when one verb with several objects reports one contact or one with each. Every sentence is ours,
 * invented for its construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 19: party selection', () => {
  it.each([
    ['a contact noun coordinated with the talks before it has their subject, not the person met (contact.parties.coordinated-contact-noun)',
      'Chancellor Olaf Scholz held long talks with President Emmanuel Macron and a short meeting with Prime Minister Mark Rutte in Brussels on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07', 'mark-rutte + olaf-scholz 2024-05-07']],
    ['…and after "and later a call with" as before',
      'Olaf Scholz had a lunch with Emmanuel Macron and later a phone call with Mark Rutte on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07', 'mark-rutte + olaf-scholz 2024-05-07']],
    ['a president and a prime minister of one country met by a visitor: one meeting each (contact.parties.two-heads-each)',
      'Chancellor Olaf Scholz met Indian President Droupadi Murmu and Prime Minister Narendra Modi in New Delhi on Tuesday.', '2024-05-09',
      ['droupadi-murmu + olaf-scholz 2024-05-07', 'narendra-modi + olaf-scholz 2024-05-07']],
    ['…unless the sentence names a joint meeting',
      'Chancellor Olaf Scholz held a joint meeting with Indian President Droupadi Murmu and Prime Minister Narendra Modi in New Delhi on Tuesday.', '2024-05-09',
      ['droupadi-murmu + narendra-modi + olaf-scholz 2024-05-07']],
    ['a president and his foreign minister are met together',
      'Chancellor Olaf Scholz met French President Emmanuel Macron and Foreign Minister Stephane Sejourne in Paris on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz + stephane-sejourne 2024-05-07']],
    ['two ministers of one country "discussed … with" are one delegation (contact.parties.one-delegation)',
      'President Volodymyr Zelensky discussed grain corridors with French Foreign Minister Stephane Sejourne and French Finance Minister Bruno Le Maire in Kyiv on Tuesday.', '2024-05-09',
      ['bruno-le-maire + stephane-sejourne + volodymyr-zelenskyy 2024-05-07']],
    ['…leaders of two countries "discussed … with" are a conversation with each (contact.parties.spoke-with-each)',
      'President Volodymyr Zelensky discussed air defence with Chancellor Olaf Scholz and President Emmanuel Macron on Tuesday.', '2024-05-09',
      ['emmanuel-macron + volodymyr-zelenskyy 2024-05-07', 'olaf-scholz + volodymyr-zelenskyy 2024-05-07']],
    ['a person after "and" with a contact verb of his own opens a new clause, he is no second object (contact.parties.new-clause-subject)',
      'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday and Prime Minister Giorgia Meloni spoke with Mark Rutte on Wednesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07', 'giorgia-meloni + mark-rutte 2024-05-08']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 19: the merged call takes the present-tense day only when no report dates it (date.present-report, merge-calls.ts)', () => {
  it.each([
    ['a present-tense headline and an undated body report: the report\'s day',
      'Chancellor Olaf Scholz meets French President Emmanuel Macron in Lille\n\nChancellor Olaf Scholz met French President Emmanuel Macron in Lille, where the two discussed the rail link.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-17']],
    ['…a body report with its own day keeps that day',
      'Chancellor Olaf Scholz meets French President Emmanuel Macron in Lille\n\nChancellor Olaf Scholz met French President Emmanuel Macron in Lille on Friday, where the two discussed the rail link.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-15']],
    ['…a body report that puts it in a period gives no day',
      'Chancellor Olaf Scholz meets French President Emmanuel Macron in Lille\n\nChancellor Olaf Scholz met French President Emmanuel Macron in Lille last week, where the two discussed the rail link.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz undated']],
    ['…a past-tense headline implies no day',
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Lille\n\nChancellor Olaf Scholz met French President Emmanuel Macron in Lille, where the two discussed the rail link.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz undated']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 19: a count of two persons with no one named near it (contact.group, THE_TWO_NAMED_BEFORE in contact-group.ts)', () => {
  it.each([
    ['"the two leaders" are the person named last in the sentences before and the one before him of another country',
      'Norwegian Premier Lars Holm said Dutch Prime Minister Mark Rutte would arrive at the harbour.\n\nIt is the first official visit by Rutte to the country in ten years.\n\nOn Tuesday the two leaders held talks at the castle.', '2023-05-10',
      ['lars-holm + mark-rutte 2023-05-09']],
    ['…the sentence before naming only one of them',
      'Prime Minister Jonas Gahr Store said Prime Minister Mark Rutte would visit Norway next year. Rutte, who took office in 2010, leads a coalition. On Thursday the two leaders spoke by phone about herring.', '2023-05-12',
      ['jonas-gahr-store + mark-rutte 2023-05-11']],
    ['…"the two sides" are no count of persons',
      'Norwegian Premier Lars Holm said Dutch Prime Minister Mark Rutte would arrive at the harbour.\n\nIt is the first official visit by Rutte to the country in ten years.\n\nOn Tuesday the two sides held talks at the castle.', '2023-05-10',
      []],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
