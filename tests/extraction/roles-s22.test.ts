/**
 * Session 22 (issue 14): who a role or a group names. Every sentence is ours, invented for its construction; none is taken
 * from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 22: roles and groups', () => {
  it.each([
    ['"FM" names the foreign minister the text names (coref.office-synonym)',
      'Foreign Minister Hakan Fidan flew to Cairo on Monday. On Tuesday the Turkish FM met Foreign Minister Badr Abdelatty at the ministry.', '2024-05-09',
      ['badr-abdelatty + hakan-fidan 2024-05-07']],
    ['…and so does "top diplomat"',
      'Foreign Minister Hakan Fidan flew to Cairo on Monday. Turkey\'s top diplomat held talks with Foreign Minister Badr Abdelatty on Tuesday.', '2024-05-09',
      ['badr-abdelatty + hakan-fidan 2024-05-07']],
    ['…the president the text names is no foreign minister: the gazetteer\'s is',
      'President Recep Tayyip Erdogan flew to Cairo on Monday. On Tuesday the Turkish FM met Foreign Minister Badr Abdelatty at the ministry.', '2024-05-09',
      ['badr-abdelatty + hakan-fidan 2024-05-07']],
    ['"head of government" names the prime minister',
      'Prime Minister Sanna Marin travelled to Stockholm on Wednesday. The Finnish head of government met Prime Minister Ulf Kristersson on Thursday.', '2023-02-03',
      ['sanna-marin + ulf-kristersson 2023-02-02']],
    ['"the President of the Government of <country>" is its prime minister (coref.president-of-government)',
      'Prime Minister Pedro Sanchez flew to Rabat on Monday. On Tuesday King Mohammed VI received the President of the Government of Spain at the palace.', '2024-02-23',
      ['mohammed-vi + pedro-sanchez 2024-02-20']],
    ['…and so is "the President of the Spanish Government"',
      'Prime Minister Pedro Sanchez flew to Rabat on Monday. On Tuesday King Mohammed VI held talks with the President of the Spanish Government.', '2024-02-23',
      ['mohammed-vi + pedro-sanchez 2024-02-20']],
    ['…but "the Spanish president" of a country with a president stays its president',
      'President Emmanuel Macron flew to Rabat on Monday. On Tuesday King Mohammed VI held talks with the French president.', '2024-02-23',
      ['emmanuel-macron + mohammed-vi 2024-02-20']],
    ['a role with no country names the person the text gives that title (coref.title-in-text), not one it only serves',
      'Prime Minister and Crown Prince Mohammed bin Salman greeted the emir at the airport. Later, the Crown Prince, in place of King Salman, held talks with Emir Mishal Al-Ahmad Al-Sabah on Tuesday.', '2024-01-31',
      ['mishal-al-ahmad-al-sabah + mohammed-bin-salman 2024-01-30']],
    ['…but not a shadow holder of the office',
      'Shadow Home Secretary David Davis criticised the plan. Home Secretary David Blunkett flew to Paris on Monday. The home secretary met Interior Minister Dominique de Villepin on Tuesday.', '2004-12-02',
      ['david-blunkett + dominique-de-villepin 2004-11-30']],
    ['a count of two as its clause\'s subject is not the one reporting the contact before it (contact.group.count-own-clause)',
      'President Vladimir Putin and President Emmanuel Macron toured the fort at Bregancon on Monday. A Kremlin spokesman, Dmitry Peskov, said that the two leaders had a long private conversation.', '2019-08-20',
      ['emmanuel-macron + vladimir-putin 2019-08-19']],
    ['…nor the one person a fronted phrase names, who is one of the pair',
      'President Vladimir Putin and President Emmanuel Macron toured the fort at Bregancon on Monday. During Putin\'s stay at the fort, the two leaders had a long private conversation.', '2019-08-20',
      ['emmanuel-macron + vladimir-putin 2019-08-19']],
    ['…but a person of the fronted phrase who is neither one of the pair nor reporting leaves the count unread',
      'President Vladimir Putin and President Emmanuel Macron toured the fort at Bregancon on Monday. During Chancellor Olaf Scholz\'s visit, the two leaders had a long private conversation.', '2019-08-20',
      []],
    ['…and a contact of the count still to come is none',
      'President Vladimir Putin and President Emmanuel Macron toured the fort at Bregancon on Monday. Dmitry Peskov said the two leaders will hold talks on Friday.', '2019-08-20',
      []],
    ['"the two leaders" are two leaders: a spokesman named last before them is none of the pair (THE_TWO_NAMED_BEFORE with kindOf)',
      'President Vladimir Putin and President Emmanuel Macron toured the fort at Bregancon on Monday, spokesman Dmitry Peskov said. The two leaders then had a long private conversation.', '2019-08-20',
      ['emmanuel-macron + vladimir-putin 2019-08-19']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
