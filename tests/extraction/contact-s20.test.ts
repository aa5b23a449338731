/**
 * Session 20 (issue 14): party selection — who is the subject of a contact verb when a phrase that
 * qualifies the subject names other people before the verb. Every sentence is ours, invented for its
 * construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 20: the subject stands before a phrase that qualifies it', () => {
  it.each([
    ['a participial phrase with no commas ("X supported by A and B held talks with …"): the subject is X (contact.parties.bare-participle-before)',
      'On Tuesday, President Volodymyr Zelensky supported by Foreign Minister Dmytro Kuleba and Defence Minister Rustem Umerov held bilateral talks with Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister Mark Rutte.', '2024-05-09',
      ['emmanuel-macron + volodymyr-zelenskyy 2024-05-07', 'mark-rutte + volodymyr-zelenskyy 2024-05-07', 'olaf-scholz + volodymyr-zelenskyy 2024-05-07']],
    ['…with "accompanied by" and "flanked by" as well',
      'President Volodymyr Zelensky accompanied by Foreign Minister Dmytro Kuleba met Chancellor Olaf Scholz on Tuesday.', '2024-05-09',
      ['olaf-scholz + volodymyr-zelenskyy 2024-05-07']],
    ['…and after a determiner inside the phrase',
      'Yesterday President Volodymyr Zelensky flanked by his Foreign Minister Dmytro Kuleba met Chancellor Olaf Scholz.', '2024-05-09',
      ['olaf-scholz + volodymyr-zelenskyy 2024-05-08']],
    ['a prepositional object before a comma and a verb with no subject: the verb is the clause subject\'s (contact.parties.prepositional-object-not-subject)',
      'Chancellor Olaf Scholz besides meeting with President Emmanuel Macron, reviewed the trade agenda in talks with Prime Minister Mark Rutte on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07', 'mark-rutte + olaf-scholz 2024-05-07']],
    ['…a phrase between commas before the contact verb itself',
      'Chancellor Olaf Scholz, after a lunch with President Emmanuel Macron, held talks with Prime Minister Mark Rutte on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07', 'mark-rutte + olaf-scholz 2024-05-07']],
    ['…an appositive with "of" between commas',
      'Chancellor Olaf Scholz, a friend of President Emmanuel Macron, met Prime Minister Mark Rutte on Tuesday.', '2024-05-09',
      ['mark-rutte + olaf-scholz 2024-05-07']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 20: where the person before the verb is its subject (negatives)', () => {
  it.each([
    ['a relative clause after the prepositional object: "who" opens the object\'s own clause',
      'Chancellor Olaf Scholz spoke with President Emmanuel Macron, who held talks with Prime Minister Mark Rutte on Tuesday.', '2024-05-09',
      ['emmanuel-macron + mark-rutte 2024-05-07', 'emmanuel-macron + olaf-scholz undated']],
    ['a fronted phrase with no subject before it: the person after "according to" stays as before',
      'According to President Emmanuel Macron, talks with Prime Minister Mark Rutte on Tuesday were useful.', '2024-05-09',
      ['emmanuel-macron + mark-rutte 2024-05-07']],
    ['a passive "was accompanied by" is the clause\'s own verb, not a phrase of its subject',
      'Prime Minister Mark Rutte was accompanied by Foreign Minister Hanke Bruins Slot when he met Chancellor Olaf Scholz on Tuesday.', '2024-05-09',
      ['mark-rutte + olaf-scholz 2024-05-07']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 20: those present "at the meeting" join the story\'s contact however many sentences told it (contact.parties.present-at-the-meeting)', () => {
  const told = 'Prime Minister Narendra Modi received Foreign Minister Penny Wong in New Delhi on Tuesday.\n\nIn the meeting, Modi and Wong discussed trade and shipping.\n\n"We had a warm exchange," Modi said.\n\n"The partnership grows," he added.\n\n';
  it.each([
    ['a list after "present at the meeting were", paragraphs of quotes after the contact: one call of all of them',
      `${told}Also present at the meeting were External Affairs Minister Subrahmanyam Jaishankar and Trade Minister Piyush Goyal.`, '2024-05-09',
      ['narendra-modi + penny-wong + piyush-goyal + subrahmanyam-jaishankar 2024-05-07']],
    ['…"present were" with no meeting named, as far from the contact, joins nothing',
      `${told}Also present were External Affairs Minister Subrahmanyam Jaishankar and Trade Minister Piyush Goyal.`, '2024-05-09',
      ['narendra-modi + penny-wong 2024-05-07']],
    ['…a report of the same parties on another day keeps its own parties',
      'Prime Minister Narendra Modi met Foreign Minister Penny Wong in New Delhi on Tuesday.\n\nModi met Wong again in Mumbai on Wednesday.\n\nAlso present at the meeting were External Affairs Minister Subrahmanyam Jaishankar and Trade Minister Piyush Goyal.', '2024-05-09',
      ['narendra-modi + penny-wong + piyush-goyal + subrahmanyam-jaishankar 2024-05-08', 'narendra-modi + penny-wong 2024-05-07']],
    ['…past a lone party quoted after the contact ("We also exchanged views," X said): the list joins the contact of two',
      'Prime Minister Narendra Modi received Foreign Minister Penny Wong in New Delhi on Tuesday.\n\n"We also exchanged views on regional security," Modi said.\n\nAlso present at the meeting was External Affairs Minister Subrahmanyam Jaishankar.', '2024-05-09',
      ['narendra-modi + penny-wong + subrahmanyam-jaishankar 2024-05-07']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
