/**
 * The day of a contact, session 21. A bare weekday in a clause whose verb is still to come ("She will visit
 * Tallinn on Friday") names the coming such day, not the last one: it dates no contact told as done, nor the
 * lead or the paragraph (date.weekday-ahead); a plan for the story's own day stays that day. "Earlier in the
 * day" points back to the day of the narrated events, passing over a day of another event named on the way
 * (date.anaphoric-narrated-day). A wire dateline dates the story in more agencies' forms: the day before the month
 * ("Tallinn, 12 March -"), an agency between slashes ("/BNS/") or holding one ("(ERR/BNS)"), a comma before the
 * agency, a full stop after the day (date.dateline). A headline in title case tells its contact in the present tense
 * too ("Varga Meets Swedish Premier", date.present-report). Every sentence is ours, invented for its construction; none is taken from a
 * news text.
 */
import { callsOf } from './helpers/calls-of.js';

const PUBLISHED = '2024-03-13'; // a Wednesday

describe('a weekday of a plan (session 21)', () => {
  it.each([
    ['a plan in the lead is no day of the story', 'Chancellor Anna Varga flew to Stockholm. She will visit Tallinn on Friday.\n\nVarga met Swedish Prime Minister Erik Lindqvist at his country residence.', ['anna-varga + erik-lindqvist undated']],
    ['a plan earlier in the paragraph is no day of a later contact', 'Chancellor Anna Varga is due to address the Riksdag on Friday. Varga also held talks with Swedish Prime Minister Erik Lindqvist.', ['anna-varga + erik-lindqvist undated']],
    ['a plan in an earlier clause of the sentence', 'The two are set to meet again on Saturday, and Chancellor Anna Varga spoke by phone with Swedish Prime Minister Erik Lindqvist.', ['anna-varga + erik-lindqvist undated']],
    ['"will be held": the participle stays in the plan', 'A donors\' conference will be held on Friday.\nChancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Vienna.', ['anna-varga + erik-lindqvist undated']],
    ['a past verb after the future ends the plan', 'Chancellor Anna Varga will brief deputies about the talks she held on Tuesday.\n\nVarga also met Swedish Prime Minister Erik Lindqvist.', ['anna-varga + erik-lindqvist 2024-03-12']],
    ['a plan for the story\'s own day may be told as done', 'Chancellor Anna Varga will hold talks in Vienna on Wednesday with Swedish Prime Minister Erik Lindqvist.\n\nVarga is hosting a dinner for Lindqvist after their talks, her office said.', ['anna-varga + erik-lindqvist 2024-03-13']],
    ['a weekday before a noun is no day of the plan', 'Chancellor Anna Varga is expected to brief deputies on her Monday talks in Stockholm.\n\nVarga met Swedish Prime Minister Erik Lindqvist at his country residence.', ['anna-varga + erik-lindqvist 2024-03-11']],
    ['a contact told as done keeps its own weekday', 'Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist on Monday. They will meet again on Friday.', ['anna-varga + erik-lindqvist 2024-03-11']],
    ['"would" in a past report is left as it was', 'Chancellor Anna Varga said on Monday she would meet Swedish Prime Minister Erik Lindqvist. Varga met Lindqvist on Tuesday.', ['anna-varga + erik-lindqvist 2024-03-12']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('"earlier in the day" points back to the narrated day (session 21)', () => {
  it.each([
    ['a relative clause\'s day is passed over', 'Chancellor Anna Varga on Wednesday met Swedish Prime Minister Erik Lindqvist in Oslo.\n\nThe talks were held in the hall of the fair that opened on Tuesday.\n\nEarlier in the day, Varga met Danish Prime Minister Mette Frederiksen.', ['anna-varga + erik-lindqvist 2024-03-13', 'anna-varga + mette-frederiksen 2024-03-13']],
    ['a day "ahead of" another event is passed over', 'Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Oslo on Tuesday, before the vote on Wednesday.\nLater that day, Varga met Danish Prime Minister Mette Frederiksen.', ['anna-varga + erik-lindqvist 2024-03-12', 'anna-varga + mette-frederiksen 2024-03-12']],
    ['the narrated day itself is taken', 'Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Oslo on Tuesday. Earlier in the day, she spoke with Danish Prime Minister Mette Frederiksen.', ['anna-varga + erik-lindqvist 2024-03-12', 'anna-varga + mette-frederiksen 2024-03-12']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(`Headline of the story\n\n${text}`, PUBLISHED)).toEqual(expected);
  });
});

describe('wire datelines of more agencies (session 21)', () => {
  const PAPER = '2024-03-13'; // the paper of the day after the wire story
  it.each([
    ['the day before the month, an agency holding a slash', 'Tallinn, 12 March 2024 (ERR/BNS) - Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist today.'],
    ['an agency between slashes after a full stop', 'TALLINN, March 12. /BNS/. Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist today.'],
    ['the day before the month, an agency between slashes', 'Tallinn, 12 March /BNS/ - Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist today.'],
    ['a comma before the agency', 'Tallinn, Mar 12, (BNS/ERR) - Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist today.'],
  ])('%s', (_why, text) => {
    expect(callsOf(`Headline of the story\n\n${text}`, PAPER)).toEqual(['anna-varga + erik-lindqvist 2024-03-12']);
  });

  it('a place and a day in prose are no dateline', () => {
    expect(callsOf('Headline of the story\n\nIn Tallinn, 12 March was a quiet day. Chancellor Anna Varga met Swedish Prime Minister Erik Lindqvist today.', PAPER)).toEqual(['anna-varga + erik-lindqvist 2024-03-13']);
  });
});

describe('a title-case headline in the present tense (session 21)', () => {
  it.each([
    ['"Meets" takes the publication day', 'Chancellor Varga Meets Swedish Prime Minister Lindqvist on Sidelines of Nordic Forum\n\nChancellor Anna Varga and Swedish Prime Minister Erik Lindqvist discussed gas transit and the ferry link.', ['anna-varga + erik-lindqvist 2024-03-13']],
    ['"To Meet" is a plan', 'Varga To Meet Lindqvist In Oslo\n\nChancellor Anna Varga and Swedish Prime Minister Erik Lindqvist discussed gas transit by phone last month.', ['anna-varga + erik-lindqvist undated']],
    ['the body\'s own day stands', 'Chancellor Varga Meets Swedish Prime Minister Lindqvist\n\nChancellor Anna Varga met Swedish Prime Minister Erik Lindqvist in Oslo on Monday.', ['anna-varga + erik-lindqvist 2024-03-11']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});
