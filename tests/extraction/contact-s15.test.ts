/**
 * Session 15 (issue 14): party selection — which of a sentence's people are a contact's parties — and
 * contacts that did not happen. Every sentence is ours, invented for its construction; none is taken
 * from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 15: party selection and contacts that did not happen', () => {
  it.each([
    ['a spokesman quoting "the two sides discussed … with" is no party (contact.parties.third-person-in-quote)',
      'Scholz and Macron spoke by phone on Tuesday.\n"The two sides discussed grain exports with the Nordic Council as well," government spokesman Steffen Hebestreit said.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07']],
    ['a participle qualifying a preposition\'s object reports no contact of the clause\'s subject (contact.parties.reduced-relative)',
      'Scholz held a phone call with Macron on Tuesday.\nForeign Minister Annalena Baerbock and Finance Minister Christian Lindner will brief the cabinet on the matters discussed on the call, Scholz said.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07']],
    ['people present during a meeting already reported hold no contact among themselves (contact.parties.attendees-present)',
      'Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Berlin on Tuesday.\nDuring the meeting, Foreign Minister Annalena Baerbock, French Foreign Minister Stephane Sejourne and other senior officials of both countries were present.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07']],
    ['"called X, whose …, a partner": a relative clause does not hide the complement (contact.parties.past-relative)',
      'Scholz called Macron, whose party lost the vote in June, "a partner Germany can rely on" in a speech on Tuesday.', '2024-05-09',
      []],
    ['"the two discussed" after talks between two people names those two, not everyone before (contact.parties.two-of-kind)',
      'Olaf Scholz\'s meeting with Emmanuel Macron followed talks between Annalena Baerbock and French Foreign Minister Stephane Sejourne on Monday, where the two discussed the budget.', '2024-05-09',
      ['annalena-baerbock + stephane-sejourne 2024-05-06', 'emmanuel-macron + olaf-scholz 2024-05-06']],
    ['"between the two leaders" is no contact of two officials just named (contact.parties.two-of-kind)',
      'Scholz held a phone call with Macron on Tuesday.\nForeign Minister Annalena Baerbock and French Foreign Minister Stephane Sejourne held talks in Paris on Wednesday.\nThe conversation between the two leaders on Tuesday was their first since May.', '2024-05-09',
      ['annalena-baerbock + stephane-sejourne 2024-05-08', 'emmanuel-macron + olaf-scholz 2024-05-07']],
    ['"was scheduled to fly in for talks with" is a plan, not a contact (contact.modality.future-clause)',
      'Scholz was scheduled to fly to Paris on Saturday for talks with President Emmanuel Macron, but cancelled the trip.', '2024-05-09',
      []],
    ['"looks forward to holding discussions with" is a hope, not a contact (contact.modality.noun)',
      '"Our chancellor looks forward to holding talks with Macron about trade," spokesman Steffen Hebestreit said of Macron\'s visit next week. Scholz is Germany\'s chancellor.', '2024-05-09',
      []],
    ['"Both heads of state" refers to the two leaders of the story (GROUP)',
      'Chancellor Olaf Scholz and President Emmanuel Macron opened a rail line in Strasbourg on Tuesday.\nBoth heads of state held talks in the town hall on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07']],
    ['a headline contact inside the story\'s contact of more parties is that contact (contact.parties.headline-partial)',
      'Scholz meets Macron in Paris\n\nChancellor Olaf Scholz met French President Emmanuel Macron and Foreign Minister Stephane Sejourne in Paris, discussing energy and trade.', '2024-05-09',
      // the headline's present tense dates the merged call (date.present-report, session 19)
      ['emmanuel-macron + olaf-scholz + stephane-sejourne 2024-05-09']],
    ['a role in a headline names the person the story gives that title (coref.title-in-text)',
      'Saudi crown prince hosts Turkish minister\n\nSaudi Crown Prince Mohammed bin Salman met Turkish Foreign Minister Hakan Fidan in Jeddah on Monday.', '2024-05-09',
      ['hakan-fidan + mohammed-bin-salman 2024-05-06']],
    ['one accompanying the subject is not its subject (contact.parties.accompanied-by)',
      'Chancellor Olaf Scholz, accompanied by Foreign Minister Annalena Baerbock, met French President Emmanuel Macron in Paris on Tuesday.', '2024-05-09',
      ['emmanuel-macron + olaf-scholz 2024-05-07']],
    ['one who joined the subject joins no contact reported before (contact.parties.accompanied-by)',
      'Polish Prime Minister Donald Tusk held talks with Czech Prime Minister Petr Fiala on Wednesday.\n\nJapanese Prime Minister Fumio Kishida, who was joined by Foreign Minister Yoko Kamikawa, held talks with Indian Prime Minister Narendra Modi on Wednesday.', '2024-05-09',
      ['donald-tusk + petr-fiala 2024-05-08', 'fumio-kishida + narendra-modi 2024-05-08']],
    ['"met Monday in <Place> with X": a named place between "met" and "with" (contact.met-for-a-while-with)',
      'Chancellor Olaf Scholz met Tuesday in Palazzo Chigi with his Italian counterpart Giorgia Meloni to talk about migration.', '2024-05-09',
      ['giorgia-meloni + olaf-scholz 2024-05-07']],
    ['"met in <Place> with the EU mediator": a body before a role noun names whose the person is, not a party (GROUP_AFTER)',
      'Prime Minister Edi Rama and President Aleksandar Vucic met in Ohrid with the EU envoy to discuss the border.', '2024-05-09',
      ['aleksandar-vucic + edi-rama undated']],
    ['"The two met …, where X said …": a person in a clause after "where" does not hide the two named before (contact-group SUBORDINATE)',
      'Nordic talks\n\nOSLO, Norway — President Emmanuel Macron warned Premier Li Qiang of China about steel dumping.\nThe two met in a hotel lobby in Oslo earlier this week, where Macron raised trade.', '2023-09-07',
      ['emmanuel-macron + li-qiang undated']],
    ['"A and her counterpart B": the possessive after "A and" is A\'s, not the sentence\'s first person\'s (coref.coordinated-owner)',
      'Olaf Scholz\'s meeting with Emmanuel Macron followed talks between Annalena Baerbock and her French counterpart Stephane Sejourne on Monday, where the two discussed the budget.', '2024-05-09',
      ['annalena-baerbock + stephane-sejourne 2024-05-06', 'emmanuel-macron + olaf-scholz 2024-05-06']],
  ])('%s', (_what, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
