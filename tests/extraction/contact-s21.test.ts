/**
 * Session 21 (issue 14): when two reports of the same parties are one contact. Every sentence is ours,
 * invented for its construction; none is taken from a news text.
 */

import { mergeCalls, type ContactDraft } from '../../src/extraction/merge-calls.js';
import { callsOf as calls } from './helpers/calls-of.js';

/** A report of a meeting of `participants` told in sentence `sentence`, with the day and date phrase the dates stage gave it. */
const report = (sentence: number, participants: string[], date: string | null, dateText: string | null): ContactDraft => ({
  participants, medium: 'in_person', date, dateText, topics: [], sentence, prior: false, partial: false,
  evidence: [{ start: sentence * 100, end: sentence * 100 + 10, rule: 'contact.met-with', sentence }],
});
const merged = (sentences: string[], reports: ContactDraft[]) =>
  mergeCalls(reports, () => true, (k) => sentences[k]).map((c) => `${c.participants.join(' + ')} ${c.date ?? 'undated'}`);

describe('session 21: a contact dated only to another month is another contact (merge.other-month)', () => {
  const pair = ['lars-dahl', 'erik-berg'];
  it.each([
    ['a past perfect with a month before the story\'s: two contacts, the earlier one undated',
      ['Dahl met Berg in Oslo on Tuesday to talk about fishing.', 'Dahl had also met Berg in Rome in January, when the two spoke about energy.'],
      [report(0, pair, '2024-03-12', 'on Tuesday'), report(1, pair, null, 'January,')],
      ['lars-dahl + erik-berg 2024-03-12', 'lars-dahl + erik-berg undated']],
    ['"last November" in the report\'s sentence, told before the dated report',
      ['Dahl remembered his meeting with Berg last November at a summit in Lima.', 'Dahl held talks with Berg on Thursday.'],
      [report(0, pair, null, 'November'), report(1, pair, '2024-03-14', 'on Thursday')],
      ['lars-dahl + erik-berg undated', 'lars-dahl + erik-berg 2024-03-14']],
    ['a past perfect with another year',
      ['Dahl received Berg in Oslo on Tuesday.', 'The two had first met in 2019 in Geneva.'],
      [report(0, pair, '2024-03-12', 'on Tuesday'), report(1, pair, null, '2019')],
      ['lars-dahl + erik-berg 2024-03-12', 'lars-dahl + erik-berg undated']],
  ])('%s', (_construction, sentences, reports, expected) => {
    expect(merged(sentences, reports)).toEqual(expected);
  });

  it.each([
    ['the month of the dated report itself: one contact',
      ['Dahl met Berg in Oslo on Tuesday.', 'Dahl had met Berg in March to settle the quotas.'],
      [report(0, pair, '2024-03-12', 'on Tuesday'), report(1, pair, null, 'March')],
      ['lars-dahl + erik-berg 2024-03-12']],
    ['a month that dates another clause ("since his election in June"), no past perfect: one contact',
      ['Since his election in June, Dahl met Berg at his residence.', 'Dahl and Berg met on Saturday, the premier\'s office said.'],
      [report(0, pair, null, 'June'), report(1, pair, '2024-08-24', 'on Saturday')],
      ['lars-dahl + erik-berg 2024-08-24']],
    ['a month in a clause about another visit, no past perfect: one contact',
      ['Dahl welcomed Berg and thanked him for the reception on his own visit in September.', 'Dahl met Berg on Thursday afternoon.'],
      [report(0, pair, null, 'September'), report(1, pair, '2024-05-16', 'on Thursday')],
      ['lars-dahl + erik-berg 2024-05-16']],
  ])('not apart: %s', (_construction, sentences, reports, expected) => {
    expect(merged(sentences, reports)).toEqual(expected);
  });
});

describe('session 21: a role that says "former" never names the present holder (coref.former-role)', () => {
  it.each([
    ['the name set after a long apposition is the former holder, not the prime minister named before',
      'Japanese Prime Minister Shigeru Ishiba received President Lee Jae-myung in Tokyo on Saturday. On Sunday, Lee met with former Japanese Prime Minister and veteran lawmaker, Yoshihide Suga.', '2025-08-25',
      ['lee-jae-myung + shigeru-ishiba 2025-08-23', 'lee-jae-myung + yoshihide-suga 2025-08-24']],
    ['…with another country and office',
      'Prime Minister Keir Starmer hosted Chancellor Friedrich Merz in London on Monday. On Tuesday, Merz had breakfast with former British Prime Minister and author of a new memoir, Tony Blair.', '2025-07-20',
      ['friedrich-merz + keir-starmer 2025-07-14', 'friedrich-merz + tony-blair 2025-07-15']],
    ['an unnamed former holder is no one: no second contact with the sitting prime minister',
      'Japanese Prime Minister Shigeru Ishiba received President Lee Jae-myung in Tokyo on Saturday. On Sunday, Lee also held talks with a former Japanese prime minister.', '2025-08-25',
      ['lee-jae-myung + shigeru-ishiba 2025-08-23']],
    ['a role without "former" still names the sitting holder',
      'Prime Minister Keir Starmer hosted Chancellor Friedrich Merz in London on Monday. Merz later held talks with the British prime minister on trade.', '2025-07-20',
      ['friedrich-merz + keir-starmer 2025-07-14']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});

describe('session 21: a possessive before an apposition is the determiner of the party after it (objectsAfter)', () => {
  it.each([
    ['"met her colleague, Prime Minister X,": X is the party',
      'Danish Prime Minister Mette Frederiksen travelled to Oslo on Monday. There Frederiksen met her colleague, Prime Minister Jonas Gahr Støre, for a working lunch.', '2023-05-10',
      ['jonas-gahr-store + mette-frederiksen 2023-05-08']],
    ['the bare gap still works ("with his counterpart X")',
      'Danish Prime Minister Mette Frederiksen travelled to Oslo on Monday. There Frederiksen lunched with her counterpart Jonas Gahr Støre.', '2023-05-10',
      ['jonas-gahr-store + mette-frederiksen 2023-05-08']],
  ])('%s', (_construction, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
