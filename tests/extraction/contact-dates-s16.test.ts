/**
 * The day of a contact, session 16: a bare ordinal day ("on the 12th", agency copy translated from
 * Korean or Japanese) names a day of the story's month (`date.day-of-month`); a lead that names no day
 * takes the day on which the next paragraph's narration has its people speak of the story
 * (`date.lead-day-next`, borrowed); a contact told in the present progressive with no day anywhere is
 * going on at publication (`date.present-report`); a day after a trailing verb of saying dates the report,
 * and a next sentence that tells the event again with its own day dates the event (`date.said-day`,
 * `date.restated`). Every sentence is ours, invented for its construction; none is taken from a news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const facts = (text: string, publishedOn: string) => extractFacts(text, { publishedOn, gazetteer }).document;
const dated = (text: string, publishedOn: string) =>
  facts(text, publishedOn).calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date}`).sort();

describe('the day of a contact (session 16)', () => {
  it.each([
    ['"on the 12th" names the 12th of the story\'s month, and "that day" takes it up',
      'Border talks resume\n\nChancellor Olaf Scholz on the 12th agreed with French President Emmanuel Macron to reopen the rail link.\nThe chancellery said Scholz held a twenty-minute call with Macron at 6 p.m. that day, in which both backed the plan.', '2024-03-14',
      ['emmanuel-macron + olaf-scholz 2024-03-12']],
    ['a day of the month still to come in the story\'s month is the previous month\'s',
      'Chancellor Olaf Scholz on the 28th spoke with French President Emmanuel Macron about the rail link.', '2024-03-05',
      ['emmanuel-macron + olaf-scholz 2024-02-28']],
    ['an ordinal before a noun ("on the 12th anniversary") is no day',
      'Chancellor Olaf Scholz on the 12th anniversary of the rail treaty spoke with French President Emmanuel Macron.', '2024-03-14',
      ['emmanuel-macron + olaf-scholz null']],
    ['a lead with no day takes the day on which the next paragraph has its people speak of it (borrowed)',
      'Scholz hosts Macron\n\nChancellor Olaf Scholz pledged French President Emmanuel Macron a seat on the new rail board.\n\nScholz welcomed Macron to the chancellery, the first visit of a French leader since the election. The rail board was set up a year ago.\n\n"This is a good day for both our countries," Scholz said at a joint press conference in the chancellery garden on Saturday.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['the day so borrowed yields to a later report of the same contact with its own day',
      'Scholz hosts Macron\n\nChancellor Olaf Scholz pledged French President Emmanuel Macron a seat on the new rail board.\n\nScholz welcomed Macron to the chancellery, the first visit of a French leader since the election. The rail board was set up a year ago.\n\n"This is a good day for both our countries," Scholz said at a joint press conference in the chancellery garden on Saturday.\n\nScholz had received Macron at the chancellery on Friday evening, a spokesman said.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-15']],
    ['the day of another action in the next paragraph does not date the lead (a past-tense headline: a present one would give the report\'s day, date.present-report)',
      'Scholz hosted Macron\n\nChancellor Olaf Scholz pledged French President Emmanuel Macron a seat on the new rail board.\n\nScholz welcomed Macron to the chancellery, the first visit of a French leader since the election. The rail board was set up a year ago.\n\nThe chancellor has summoned the heads of the rail unions to the chancellery today to settle the strike.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz null']],
    ['a contact told in the present progressive, with no day anywhere, is going on at publication',
      'Scholz and Macron meet\n\nChancellor Olaf Scholz is meeting with French President Emmanuel Macron in the chancellery, their first talks since the rail strike ended.\n\nBoth want the new line finished within three years.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-17']],
    ['a day after a trailing verb of saying yields to the day the next sentence gives the contact it tells again',
      'Chancellor Olaf Scholz met French President Emmanuel Macron near Aachen, the chancellery said on Thursday.\nThe talks took place on Tuesday at a border station.', '2024-03-14',
      ['emmanuel-macron + olaf-scholz 2024-03-12']],
    ['a phrase that names no day ("this week") yields to the day a relative clause of the next sentence gives the contact',
      'Chancellor Olaf Scholz and French President Emmanuel Macron held a video call this week on the rail link, a spokesman said on Friday.\nThe spokesman said that during the video call, which took place on Tuesday, Scholz pressed for a faster timetable.', '2024-03-16',
      ['emmanuel-macron + olaf-scholz 2024-03-12']],
    ['with no such sentence, the day of the report stands',
      'Chancellor Olaf Scholz met French President Emmanuel Macron near Aachen, the chancellery said on Thursday.\nBoth leaders want the rail link open by the summer.', '2024-03-14',
      ['emmanuel-macron + olaf-scholz 2024-03-14']],
  ])('%s', (_why, text, publishedOn, expected) => {
    expect(dated(text, publishedOn)).toEqual(expected);
  });

  it('an attack reported with the day of its report takes the day the next sentence gives it (date.restated)', () => {
    const incidents = facts('A car bomb killed nine soldiers at an army post near Kandahar in Afghanistan, the army said on Thursday.\nThe blast occurred on Tuesday at the main gate of the post.', '2024-03-14').incidents;
    expect(incidents.map((i) => i.date)).toEqual(['2024-03-12']);
  });
});
