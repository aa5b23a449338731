/**
 * Session 18 (issue 14): party selection — a possessive among a verb's objects, the objects of a fronted phrase, a
 * list joined to "the meeting", and a person after "and" who opens a clause of his own. Every sentence is ours,
 * invented for its construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 18: party selection', () => {
  it.each([
    ['"X said Y had spoken to his counterparts in …": the possessive names whose counterparts, not one spoken to (contact.parties.possessor-not-object)',
      'Norwegian Foreign Minister Halvor Dahl met Danish Foreign Minister Olav Brekke in Bergen on Monday.\n\nSpokesman Per Lundgaard said Dahl had spoken to his counterparts in Finland, Estonia and Iceland over the past two days.', '2024-03-06',
      ['halvor-dahl + olav-brekke 2024-03-04']],
    ['"met her on Monday": "her" with no noun after it is the object pronoun, still a party (contact.parties.possessor-not-object reads "her" as possessive only before a noun)',
      'Norwegian Prime Minister Anna Dahl visited Copenhagen on Monday. Danish Prime Minister Olav Holmsen met her on Monday at the palace.', '2024-03-06',
      ['anna-dahl + olav-holmsen 2024-03-04']],
    ['"At his meeting with A, the premier said": who follows the fronted phrase\'s comma is its subject, the one "his" names (contact.parties.comma-not-list, coref.cataphoric-possessive)',
      'Danish President Olav Brekke opened the fishing fair in Aarhus.\n\nAt his meeting with Danish Parliament Speaker Karin Holmsen, Norwegian Prime Minister Halvor Dahl praised the fishing accord.', '2024-03-06',
      ['halvor-dahl + karin-holmsen undated']],
    ['"At A\'s meeting with B, C said": C, after the fronted phrase\'s comma, is the main clause\'s subject, not one more person met (contact.parties.comma-not-list)',
      'At Danish President Olav Brekke\'s meeting with Swedish Prime Minister Karin Holmsen, Norwegian Prime Minister Halvor Dahl stood in the second row.', '2024-03-06',
      ['karin-holmsen + olav-brekke undated']],
    ['"remarked during the talks that were joined by A, B and C, director of …": the list joins the meeting\'s call (no talks of the listed people among themselves)',
      'Norwegian Prime Minister Halvor Dahl met with Danish Prime Minister Olav Brekke on Thursday in Copenhagen.\n\n"Fish prices matter to both our coasts," Dahl remarked during the talks that were joined by Foreign Minister Ane Solvik, Trade Minister Karin Holmsen and Jens Aalberg, director of the Danish Fisheries Agency.', '2024-03-08',
      ['ane-solvik + halvor-dahl + jens-aalberg + karin-holmsen + olav-brekke 2024-03-07']],
    ['"met A in Oslo on Monday and B told reporters …": B opens a clause of his own, no second meeting (contact.parties.new-clause-subject)',
      'Norwegian Prime Minister Halvor Dahl met Danish Foreign Minister Olav Brekke in Oslo on Monday and Finnish President Aino Lindqvist told reporters the talks had been useful.', '2024-03-06',
      ['halvor-dahl + olav-brekke 2024-03-04']],
  ])('%s', (_name, text, date, expected) => {
    expect(calls(text, date)).toEqual(expected);
  });
});
