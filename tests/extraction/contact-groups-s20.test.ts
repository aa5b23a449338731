/**
 * Session 20 (issue 14): roles and groups resolved to the persons the text names elsewhere. Every
 * sentence is ours, invented for its construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 20: roles and groups', () => {
  it.each([
    ['a role of an office is not the person the text calls its former holder (coref.former-holder)',
      'Prime Minister Gordon Brown arrived in Washington. He wants to be seen as different from former prime minister Tony Blair, aides said. On Sunday night the prime minister had dinner with President George Bush at Camp David.', '2008-07-30',
      ['george-w-bush + gordon-brown 2008-07-27']],
    ['…nor the one set beside "the former prime minister" in apposition',
      'Prime Minister Gordon Brown arrived in Washington. He wants to be seen as different from Tony Blair, the former prime minister, aides said. On Sunday night the prime minister had dinner with President George Bush at Camp David.', '2008-07-30',
      ['george-w-bush + gordon-brown 2008-07-27']],
    ['…but a former holder of another office may hold this one',
      'Prime Minister Tony Blair arrived in Washington with Jack Straw, the former home secretary. On Sunday night the prime minister had dinner with President George Bush at Camp David.', '2004-07-30',
      ['george-w-bush + tony-blair 2004-07-25']],
    ['"their" in a fronted phrase whose main clause opens with "the pair" is the two persons named just before (contact.group.fronted-count)',
      'Chancellor Olaf Scholz said he had no regrets about his policy as President Emmanuel Macron admitted it might have cost him the vote. During their last official meeting in Paris, the pair praised each other\'s record.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz undated']],
    ['…and so with "the two leaders"',
      'Chancellor Olaf Scholz said he had no regrets about his policy as President Emmanuel Macron admitted it might have cost him the vote. After their talks at the Elysee, the two leaders toured an exhibition.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz undated']],
    ['…a main clause with a subject of another kind gives "their" no one',
      'Chancellor Olaf Scholz said he had no regrets about his policy as President Emmanuel Macron admitted it might have cost him the vote. During their last official meeting in Paris, ministers praised the record of both.', '2024-05-09',
      []],
    ['a plural office qualified by coordinated countries is the holder the text names in each (coref.plural-office)',
      'President Emmanuel Macron and President Frank-Walter Steinmeier opened the fair. The presidents of France and Germany met in Aachen on Tuesday.', '2024-05-09',
      ['emmanuel-macron + frank-walter-steinmeier 2024-05-07']],
    ['…and so with the countries\' adjectives before the office',
      'Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif flew to Tashkent. The Indian and Pakistani leaders met on the sidelines of the summit on Tuesday.', '2024-05-09',
      ['narendra-modi + shehbaz-sharif 2024-05-07']],
    ['…a holder the text does not name makes no one (no office holder is taken from the gazetteer for a plural)',
      'Foreign Minister Wang Yi flew to Moscow. On Tuesday the foreign ministers of China and Russia held talks.', '2024-05-09',
      []],
    ['…nor does a negated contact of the plural',
      'Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif flew to Tashkent. The Indian and Pakistani leaders did not meet on Tuesday.', '2024-05-09',
      []],
    ['a count of two as a contact verb\'s subject is the two persons named before; who follows the verb is met by them (contact.group.counted-subject)',
      'Chancellor Olaf Scholz and President Emmanuel Macron arrived in Kyiv. Both leaders met President Volodymyr Zelensky on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz + volodymyr-zelenskyy 2024-05-07']],
    ['…with two objects as well',
      'Chancellor Olaf Scholz and President Emmanuel Macron arrived in Kyiv. The two leaders then held talks with President Volodymyr Zelensky and Prime Minister Denys Shmyhal on Tuesday.', '2024-05-09',
      ['denys-shmyhal + emmanuel-macron + olaf-scholz + volodymyr-zelenskyy 2024-05-07']],
    ['…but a planned contact of the count is none',
      'Chancellor Olaf Scholz and President Emmanuel Macron arrived in Kyiv. Both leaders will meet President Volodymyr Zelensky on Tuesday.', '2024-05-09',
      []],
    ['"his counterpart from <country>" is that country\'s holder of the possessor\'s office the text names (coref.plural-office)',
      'President Lula da Silva flew to Beijing. On Tuesday President Xi Jinping held talks with his counterpart from Brazil.', '2024-05-09',
      ['luiz-inacio-lula-da-silva + xi-jinping 2024-05-07']],
    ['…and so with a name set beside it',
      'President Xi Jinping held talks with his counterpart from Brazil, Luiz Inacio Lula da Silva, on Tuesday.', '2024-05-09',
      ['luiz-inacio-lula-da-silva + xi-jinping 2024-05-07']],
    ['"his Indian and Brazilian counterparts" are the two ministers the text names: one meeting',
      'Foreign Minister Subrahmanyam Jaishankar and Foreign Minister Mauro Vieira flew to Beijing. On Tuesday Foreign Minister Wang Yi met his Indian and Brazilian counterparts.', '2024-05-09',
      ['mauro-vieira + subrahmanyam-jaishankar + wang-yi 2024-05-07']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
