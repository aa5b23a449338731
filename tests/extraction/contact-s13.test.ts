/**
 * Session 13 (issue 14): a minister's counterpart, a call with its day before "from", a page's time
 * stamp, a lead after boilerplate lines, a contact undone by the verb "had" is the auxiliary of, and a contact of an earlier week kept
 * apart from the story's. Every sentence is ours, invented for its construction; none is taken from a
 * news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 13: contacts found, parties and days', () => {
  it.each([
    ['a foreign minister\'s counterpart is the other country\'s minister, though its president is named nearer',
      'Russian Foreign Minister Sergei Lavrov landed in Delhi on Monday evening. On Tuesday Jaishankar received his Russian counterpart at Hyderabad House, days before Prime Minister Narendra Modi was to see President Vladimir Putin.', '2024-03-13',
      ['sergei-lavrov + subrahmanyam-jaishankar 2024-03-12']],
    ['a day between "call" and "from"',
      'Chancellor Olaf Scholz received a telephone call on Thursday from Polish President Andrzej Duda, his office said.', '2024-03-15',
      ['andrzej-duda + olaf-scholz 2024-03-14']],
    ['a page\'s "Updated" stamp dates no contact; the day of the contact\'s own clause does',
      'Scholz meets Duda in Berlin (Photo: dpa)\nUpdated 12 March 2024\nThe Weekly Courier\nBERLIN: Chancellor Olaf Scholz met with Polish President Andrzej Duda at the Chancellery in Berlin on Monday.\n\nEarlier, Duda held talks with French President Emmanuel Macron by telephone.', '2024-03-12',
      ['andrzej-duda + emmanuel-macron 2024-03-11', 'andrzej-duda + olaf-scholz 2024-03-11']],
    ['a meeting the subject had already scrapped is no contact',
      'US President Joe Biden had already scrapped a meeting with Chancellor Olaf Scholz, and aides said nothing new was planned.', '2024-03-13',
      []],
    ['a meeting of an earlier week stays apart from the one the story dates',
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Strasbourg on Sunday. Scholz had met Macron in Lyon last week over farm subsidies.', '2024-03-10',
      ['emmanuel-macron + olaf-scholz 2024-03-10', 'emmanuel-macron + olaf-scholz undated']],
    ['short dateless lines before the story are no lead; the lead\'s day dates a later contact',
      'Putin and Xi meet in Kazan\n\nSkip to navigation\n\nFrom the Eastern Wire, a daily digest\n\nPhoto: Kremlin press office\n\nRussian President Vladimir Putin opened an economic forum in Kazan today, with ministers from forty countries in the hall.\n\nOn the sidelines, Putin and Chinese President Xi Jinping met for two hours.', '2024-10-22',
      ['vladimir-putin + xi-jinping 2024-10-22']],
    ['a news conference with someone, not called joint, is a meeting with them',
      '"Our borders stay open," Chancellor Olaf Scholz said on Tuesday during the press conference with Polish President Andrzej Duda in Warsaw.', '2024-03-13',
      ['andrzej-duda + olaf-scholz 2024-03-12']],
    ['a news conference with reporters is no meeting',
      'Chancellor Olaf Scholz held a press conference with reporters in Berlin on Tuesday.', '2024-03-13',
      []],
  ])('%s', (_what, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
