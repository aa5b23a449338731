/**
 * Session 14 (issue 14): a multi-party call that only sums separate two-party meetings, a sentence
 * opening with the day's possessive that dates the contact just reported, a day qualifying another
 * event's noun that dates no later contact of its paragraph, a visit made to hold talks, and a page's
 * time stamps ("Written:", a numeric date with its clock time). Every sentence is ours, invented for its
 * construction; none is taken from a news text.
 */

import { callsOf as calls } from './helpers/calls-of.js';

describe('session 14: separate meetings, days of a visit, days of other events', () => {
  it.each([
    ['a headline listing everyone a leader met sums the separate meetings the story reports (merge.union-of-separate)',
      'Scholz meets Polish counterpart Tusk, Danish minister Rasmussen\n\nWARSAW, May 9 - Chancellor Olaf Scholz held a bilateral meeting with his Polish counterpart Donald Tusk on the sidelines of a regional forum here today.\nThey discussed energy links and border crossings.\nEarlier, Scholz received a courtesy call from Denmark\'s Foreign Minister Lars Lokke Rasmussen.', '2024-05-09',
      ['donald-tusk + olaf-scholz 2024-05-09', 'lars-lokke-rasmussen + olaf-scholz 2024-05-09']],
    ['a meeting of three the story reports as one stays one call',
      'Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk and French President Emmanuel Macron in Weimar on Tuesday. The three leaders discussed aid to Kyiv.', '2024-05-09',
      ['donald-tusk + emmanuel-macron + olaf-scholz 2024-05-07']],
    ['"Friday\'s visit" after a visit told without a day dates its talks',
      'Orvalen holds talks with Karis in Tallinn\n\nPresident Tomas Orvalen of Finland has travelled to Estonia to hold talks with his counterpart, President Alar Karis.\nThis was President Orvalen\'s first trip abroad since he took office.\nFriday’s visit was part of a tour of Baltic capitals.', '2024-03-16',
      ['alar-karis + tomas-orvalen 2024-03-15']],
    ['a day that qualifies another event ("the June 2 blast") dates no contact of a later sentence',
      'Nordic minister in Kyiv\n\nSwedish Foreign Minister Margot Wallstrom visited Kyiv and held talks with Ukrainian leaders. The June 2 blast at a Karsk market had shocked the region, and security was high. Wallstrom\'s meeting with Prime Minister Volodymyr Groysman also touched on energy.', '2019-06-08',
      ['margot-wallstrom + volodymyr-groysman undated']],
    ['the day of a contact noun earlier in the paragraph still dates it',
      'Nordic minister in Kyiv\n\nSwedish Foreign Minister Margot Wallstrom visited Kyiv on Tuesday. The June 4 talks were her first there. Wallstrom\'s meeting with Prime Minister Volodymyr Groysman also touched on energy.', '2019-06-08',
      ['margot-wallstrom + volodymyr-groysman 2019-06-04']],
    ['a visit made to hold bilateral talks with someone reports the talks',
      'Orvalen in Tallinn\n\nPresident Tomas Orvalen of Finland has visited Estonia to hold bilateral talks with President Alar Karis.', '2024-03-16',
      ['alar-karis + tomas-orvalen undated']],
    ['a numeric date with its clock time stamps the page and dates no contact',
      'Swedish Minister Meets With Estonian President in Tallinn\n\nFiled: 2024-03-16 08:41:07 Revised: 2024-03-16 09:12:55\n\nSwedish Minister Meets With Estonian President in Tallinn\n\nPhoto : Baltic Wire\n\nSwedish Foreign Minister Margot Wallstrom held talks with Estonian President Alar Karis in Tallinn on Friday.', '2024-03-16',
      ['alar-karis + margot-wallstrom 2024-03-15']],
    ['"Written:" before a date stamps the page',
      'Wallstrom meets Karis\n\nWritten: 16 March 2024\n\nWallstrom meets Karis\n\nSwedish Foreign Minister Margot Wallstrom met Estonian President Alar Karis in Tallinn on Friday.', '2024-03-16',
      ['alar-karis + margot-wallstrom 2024-03-15']],
  ])('%s', (_what, text, publishedOn, expected) => {
    expect(calls(text, publishedOn)).toEqual(expected);
  });
});
