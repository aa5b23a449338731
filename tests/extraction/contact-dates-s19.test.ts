/**
 * The day of a contact, session 19: the present tense of a dated report implies its day (GUIDE.md "gives or
 * implies the day", the lead's decision of session 19). A headline that tells the contact in the present tense
 * ("A meets B", "A, B hold phone talks"), or the lede's present perfect ("A has welcomed B to …") under such a
 * headline, dates a contact no report of the story dates (date.present-report through presentReportDay; the
 * merge applies it to the whole call). Planned, habitual, negated contacts and a contact in another clause of
 * the headline are not dated so. A weekday with its calendar day in brackets ("on Monday (March 4)") names that
 * day (date.weekday-with-date), also in a story published weeks later. Every sentence is ours, invented for its construction; none is taken from a
 * news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { runStages } from '../../src/extraction/pipeline.js';
import { presentReportDay } from '../../src/extraction/date-for-sentence.js';
import { callsOf } from './helpers/calls-of.js';

const gazetteer = loadGazetteer();

/** The present-tense day of the contact whose trigger is the first `trigger` of the text (after the header). */
const presentDay = (text: string, trigger: string): string | null => {
  const article = runStages(`date 2024-03-17\n${text}`, {}, gazetteer);
  const at = article.scan.indexOf(trigger);
  const s = article.sentences.find((t) => t.start <= at && at < t.end)!;
  const day = presentReportDay(article, s, at);
  return day ? `${day.date} ${day.dateText}` : null;
};

describe('a contact told in the present tense of a dated report (session 19)', () => {
  it.each([
    ['a headline\'s present-tense verb of the contact', 'Chancellor Varga meets President Lindqvist in Vienna\n\nThe two discussed gas transit.', 'meets', '2024-03-17 meets'],
    ['a headline\'s coordinated subject with a plural verb and a contact noun', 'Varga, Lindqvist hold phone talks on gas transit\n\nThe call covered the pipeline.', 'phone talks', '2024-03-17 hold'],
    ['a headline verb after a fronted phrase', 'Amid the pipeline dispute, Varga receives Lindqvist in Vienna\n\nThe visit was brief.', 'receives', '2024-03-17 receives'],
    ['a planned contact ("to meet")', 'Varga to meet Lindqvist in Vienna\n\nThe visit was announced.', 'meet', null],
    ['a planned contact ("set to host")', 'Varga set to host Lindqvist in Vienna\n\nThe visit was announced.', 'host', null],
    ['a negated contact', 'Varga does not meet Lindqvist in Vienna\n\nThe visit was cancelled.', 'meet', null],
    ['a habitual contact', 'Varga says he speaks with Lindqvist several times a day\n\nThe two are close.', 'speaks', null],
    ['a contact in another clause of the headline', 'Varga praises ties after his call with Lindqvist\n\nThe call was long.', 'call with', null],
    ['a past-tense headline', 'Varga met Lindqvist in Vienna\n\nThe two discussed gas transit.', 'met', null],
    ['the lede\'s present perfect under a present-tense headline', 'Varga welcomes Lindqvist to Vienna\n\nChancellor Varga has welcomed President Lindqvist to Vienna for talks on gas transit.', 'has welcomed', '2024-03-17 has welcomed'],
    ['the lede\'s present perfect under a past-tense headline', 'Varga welcomed Lindqvist to Vienna\n\nChancellor Varga has welcomed President Lindqvist to Vienna for talks on gas transit.', 'has welcomed', null],
    ['a present perfect after the lede', 'Varga welcomes Lindqvist to Vienna\n\nChancellor Varga spoke of the pipeline across the northern plain on the eve of the vote.\n\nThe talks in the old palace covered gas transit, grain exports and the ferry link.\n\nVarga has also met President Holm of the northern league in the palace gardens.', 'has also met', null],
  ])('%s', (_why, text, trigger, expected) => {
    expect(presentDay(text, trigger)).toEqual(expected);
  });
});

describe('a weekday with its calendar day in brackets (session 19)', () => {
  it.each([
    ['the bracketed day, in a story published two weeks later',
      'Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Lille on Monday (March 4). The two discussed the rail link.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-04']],
    ['a bare weekday still counts back from publication',
      'Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Lille on Monday. The two discussed the rail link.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-11']],
  ])('%s', (_why, text, publishedOn, expected) => {
    expect(callsOf(text, publishedOn)).toEqual(expected);
  });
});
