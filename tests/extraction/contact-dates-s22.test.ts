/**
 * The day of a contact, session 22. A bare year in the contact's own clause ("first met him in Oslo in 2009")
 * dates it to that year: no day of its paragraph or of the lead (date.no-day), even when the contact's trigger
 * opens with "after" ("after meeting …"), which is no subordinator of another clause then. A contact whose own
 * clause says it is going on or has just begun ("is taking place", "is being held", "has begun talks with") is of
 * the report's day (date.under-way), for a call no report dates; the lede's present perfect stays the report's day
 * only under a present-tense headline (the annotators' convention: "has met" with no day is null). A wire dateline
 * with its month in capitals ("DEC. 3 --") dates the story (date.dateline). Every sentence is ours, invented for
 * its construction; none is taken from a news text.
 */
import { callsOf } from './helpers/calls-of.js';

const PUBLISHED = '2024-03-13'; // a Wednesday

describe('a bare year in the contact\'s clause names no day (session 22, date.no-day)', () => {
  it.each([
    ['a year after the contact', 'Chancellor Anna Varga arrived in Oslo on Monday.\n\nShe first met Swedish Prime Minister Erik Lindqvist in Stockholm in 2009, when both were ministers.', ['anna-varga + erik-lindqvist undated']],
    ['a trigger that opens with "after": the year is still its own', 'Chancellor Anna Varga spoke in Oslo on Monday.\n\nVarga was criticised after meeting Swedish Prime Minister Erik Lindqvist in Stockholm in 2019 for what deputies called a soft line.', ['anna-varga + erik-lindqvist undated']],
    ['a year before the contact', 'Chancellor Anna Varga spoke in Oslo on Monday.\n\nIn 2019 Varga held talks with Swedish Prime Minister Erik Lindqvist in Stockholm.', ['anna-varga + erik-lindqvist undated']],
    ['not a year in another clause after "since"', 'Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Stockholm on Monday, their first talks since the border dispute flared in 2019.', ['anna-varga + erik-lindqvist 2024-03-11']],
    ['not a year in a relative clause', 'Chancellor Anna Varga, who took office in 2019, met Swedish Prime Minister Erik Lindqvist in Stockholm on Monday.', ['anna-varga + erik-lindqvist 2024-03-11']],
    ['a day of its own stands', 'Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Stockholm on Monday, the first visit by a chancellor in 2024.', ['anna-varga + erik-lindqvist 2024-03-11']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(`Headline of the story\n\n${text}`, PUBLISHED)).toEqual(expected);
  });
});

describe('a contact going on as the report is written (session 22, date.under-way)', () => {
  it.each([
    ['"is taking place"', 'Varga and Lindqvist held talks in Vienna\n\nThe meeting between Chancellor Anna Varga and Swedish Prime Minister Erik Lindqvist is taking place in Vienna, her office said.', ['anna-varga + erik-lindqvist 2024-03-13']],
    ['"has just begun"', 'Varga and Lindqvist held talks in Vienna\n\nThe meeting of Chancellor Anna Varga and Swedish Prime Minister Erik Lindqvist has just begun in the old palace.', ['anna-varga + erik-lindqvist 2024-03-13']],
    ['"has begun talks with"', 'Varga and Lindqvist held talks in Vienna\n\nVIENNA -- Chancellor Anna Varga has begun tense summit talks with Swedish Prime Minister Erik Lindqvist over gas transit.', ['anna-varga + erik-lindqvist 2024-03-13']],
    ['not a habit', 'Varga and Lindqvist held talks in Vienna\n\nThe meeting between Chancellor Anna Varga and Swedish Prime Minister Erik Lindqvist is held every year in the old palace.', ['anna-varga + erik-lindqvist undated']],
    ['not a clause on another event', 'Varga and Lindqvist held talks in Vienna\n\nChancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Vienna, where a trade fair is taking place.', ['anna-varga + erik-lindqvist undated']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('the lede\'s present perfect dates the contact only under a present-tense headline (session 22 keeps session 19\'s line)', () => {
  it.each([
    ['under a past-tense headline: no day', 'Varga and Lindqvist held talks in Vienna\n\nChancellor Anna Varga has met Swedish Prime Minister Erik Lindqvist in Vienna for talks on gas transit.', ['anna-varga + erik-lindqvist undated']],
    ['under a present-tense headline: the report\'s day', 'Varga meets Lindqvist in Vienna\n\nChancellor Anna Varga has met Swedish Prime Minister Erik Lindqvist in Vienna for talks on gas transit.', ['anna-varga + erik-lindqvist 2024-03-13']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('a wire dateline with its month in capitals dates the story (session 22, date.dateline)', () => {
  it.each([
    ['"DEC. 3 --": "today" is the dateline\'s day', 'Leaders end talks on a ship\n\nTALLINN, ESTONIA, DEC. 3 -- Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist today aboard a ferry.', '1989-12-04', ['anna-varga + erik-lindqvist 1989-12-03']],
    ['"MAY 12 -": a weekday counts from it', 'Leaders end talks on a ship\n\nTALLINN, MAY 12 - Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist on Monday aboard a ferry.', '2024-05-14', ['anna-varga + erik-lindqvist 2024-05-06']],
  ])('%s', (_why, text, publishedOn, expected) => {
    expect(callsOf(text, publishedOn)).toEqual(expected);
  });
});

describe('the lead\'s day before a wire dateline\'s filing day (session 22)', () => {
  it.each([
    ['an agency\'s dateline with the day inside its brackets is the filing day; a later contact takes the lead\'s day',
      'Ministry praises talks\n\nOSLO (Nordic Wire / Baltic Desk - 13th March, 2024) The ministry called the talks held on Monday in Vienna useful, a spokesman told reporters.\n\nThe spokesman said that during the visit Chancellor Anna Varga also had a long conversation with Swedish Prime Minister Erik Lindqvist.',
      ['anna-varga + erik-lindqvist 2024-03-11']],
    ['with no day in the lead\'s prose, the dateline\'s day stands',
      'Ministry praises talks\n\nOSLO (Nordic Wire / Baltic Desk - 12th March, 2024) The ministry called the talks in Vienna useful, a spokesman told reporters.\n\nThe spokesman said that during the visit Chancellor Anna Varga also had a long conversation with Swedish Prime Minister Erik Lindqvist.',
      ['anna-varga + erik-lindqvist 2024-03-12']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('"recent" marks an earlier contact than the story\'s (session 22, prior-contact)', () => {
  it.each([
    ['"her recent phone talks with" takes no day of the story', 'Chancellor Anna Varga arrived in Oslo on Monday.\n\nVarga said her recent phone talks with Swedish Prime Minister Erik Lindqvist had eased the dispute.', ['anna-varga + erik-lindqvist undated']],
    ['a contact of the story\'s day stays dated', 'Chancellor Anna Varga arrived in Oslo on Monday.\n\nVarga held phone talks with Swedish Prime Minister Erik Lindqvist on Monday.', ['anna-varga + erik-lindqvist 2024-03-11']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(`Headline of the story\n\n${text}`, PUBLISHED)).toEqual(expected);
  });
});
