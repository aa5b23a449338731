/**
 * Session 17 (issue 14): party selection — which of a sentence's people are a contact's parties, the day of each
 * contact of a gapped list, and one contact told twice in a sentence. Every sentence is ours, invented for its construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 17: party selection', () => {
  it.each([
    ['"met A on Monday and B on Tuesday": the second meeting has its own day (contact.parties.gapped-group-day)',
      'President Halvor Dahl of Norway met Chancellor Olaf Scholz on Monday and French President Emmanuel Macron on Tuesday.', '2024-03-08',
      ['emmanuel-macron + halvor-dahl 2024-03-05', 'halvor-dahl + olaf-scholz 2024-03-04']],
    ['"met A in the morning and B in the afternoon on Wednesday": one day for both (contact.parties.gapped-group-day)',
      'German Chancellor Olaf Scholz met Spanish Prime Minister Pedro Sanchez in the morning and Italian Prime Minister Giorgia Meloni in the afternoon on Wednesday.', '2024-03-08',
      ['giorgia-meloni + olaf-scholz 2024-03-06', 'olaf-scholz + pedro-sanchez 2024-03-06']],
    ['"X and his nephew … who spoke": the possessive pronoun names whose nephew, not a party (contact.parties.possessor-not-subject)',
      'Lebanese President Joseph Aoun condemned the raid on Tuesday.\n\nAmong those killed were militia commander Karim Haddad and his nephew, Omar, a militia aide who spoke to reporters in Tyre said.', '2025-04-02',
      []],
    ['"met A at his residence and then spoke with B": the later contact is the subject\'s, past the possessive (contact.parties.possessor-not-subject)',
      'President Halvor Dahl of Norway met Chancellor Olaf Scholz at his residence and then spoke with French President Emmanuel Macron.', '2024-03-08',
      ['emmanuel-macron + halvor-dahl undated', 'halvor-dahl + olaf-scholz undated']],
    ['"laid a wreath for A at his tomb, held talks with B": past the pronoun is a preposition\'s object, not the subject (contact.parties.possessor-not-subject)',
      'During the visit, Prime Minister Halvor Dahl of Norway laid a wreath for President Olav Berg at his tomb, held talks with his Danish counterpart Mette Frederiksen and toured the harbour.', '2024-03-08',
      ['halvor-dahl + mette-frederiksen undated']],
    ['"sat down with Chinese State Councillor and Defence Minister X": one person of two titles is the object (contact.parties.double-title)',
      'Pakistani Foreign Minister Shah Mahmood Qureshi sat down with Chinese State Councillor and Defence Minister Wei Fenghe in Beijing on Tuesday.', '2019-03-08',
      ['shah-mehmood-qureshi + wei-fenghe 2019-03-05']],
    ['"officials present were A and B" after a lone party: no contact of him with them (contact.parties.present-not-counterpart)',
      'The First Lady welcomed Prime Minister Jonas Gahr Store at the palace on Tuesday.\nIndian officials present were External Affairs Minister S Jaishankar and Finance Minister Nirmala Sitharaman.', '2024-03-08',
      []],
    ['"earlier talks between A and B, where the two discussed": one contact, which a later report with its own day joins (merge.same-sentence-report)',
      'President Halvor Dahl of Norway met German Chancellor Olaf Scholz in Berlin.\n\nThe visit followed earlier talks between Dahl and his Swedish counterpart Ulf Kristersson, where the two discussed fishing quotas.\n\nDahl held talks with Kristersson in Oslo on Wednesday.', '2024-03-15',
      ['halvor-dahl + olaf-scholz undated', 'halvor-dahl + ulf-kristersson 2024-03-13']],
  ])('%s', (_name, text, date, expected) => {
    expect(calls(text, date)).toEqual(expected);
  });
});
