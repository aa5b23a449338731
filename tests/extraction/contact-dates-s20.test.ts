/**
 * The day of a contact, session 20. A day in a fronted phrase that "ahead of", "before", "since" or "until"
 * opens dates that phrase's event (date.fronted-other-clause-day); days counted from an event whose day follows
 * ("two days after the March 9 vote") count from that day (date.days-from-event); weeks, months or years counted from another
 * event name no day (date.no-day), where chrono counted them from the publication day into the future; "the
 * previous evening" is the day before the one just reported (date.shifted); a day that qualifies a contact noun
 * ("Monday's talks") dates the story's contact when nothing nearer does (date.story-contact-day), and a day
 * "ahead of" which the story stands ("ahead of Friday's summit") is no day of its lead; a paragraph that goes on
 * from the events just told ("After these talks, …") takes their day, not the lead's (date.continuing-paragraph). Every sentence is ours,
 * invented for its construction; none is taken from a news text.
 */
import { callsOf } from './helpers/calls-of.js';

const PUBLISHED = '2024-03-13'; // a Wednesday

describe('a day in another clause than the contact (session 20)', () => {
  it.each([
    ['a fronted "ahead of" phrase names a later event', 'Ahead of the rail summit on Thursday, Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.', ['emmanuel-macron + olaf-scholz undated']],
    ['a fronted "before" phrase', 'Before the vote on Sunday, Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris.', ['emmanuel-macron + olaf-scholz undated']],
    ['a day of its own before the fronted phrase still dates the contact', 'On Tuesday, before the vote, Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris.', ['emmanuel-macron + olaf-scholz 2024-03-12']],
    ['a fronted "after" phrase most often tells the same day, and keeps it', 'After arriving in Paris on Monday, Chancellor Olaf Scholz met French President Emmanuel Macron.', ['emmanuel-macron + olaf-scholz 2024-03-11']],
    ['weeks counted from another event name no day', 'Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris, a week after the Polish election on March 3.', ['emmanuel-macron + olaf-scholz undated']],
    ['months counted from another event name no day', 'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris two months before the summit.', ['emmanuel-macron + olaf-scholz undated']],
    ['a day of its own beside the counted weeks still dates the contact', 'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday, a week after the vote.', ['emmanuel-macron + olaf-scholz 2024-03-11']],
    ['"a week ago" counts from publication', 'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris a week ago.', ['emmanuel-macron + olaf-scholz 2024-03-06']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('a day counted from the day just reported (session 20)', () => {
  it.each([
    ['"the previous evening"', 'On Tuesday, Chancellor Olaf Scholz said he had spoken to French President Emmanuel Macron the previous evening.', ['emmanuel-macron + olaf-scholz 2024-03-11']],
    ['"the next morning"', 'Chancellor Olaf Scholz arrived in Paris on Monday. The next morning he met French President Emmanuel Macron.', ['emmanuel-macron + olaf-scholz 2024-03-12']],
    ['days after the event whose day follows', 'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris two days after the March 9 vote.', ['emmanuel-macron + olaf-scholz 2024-03-11']],
    ['days before the event whose day follows', 'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris three days before the vote on March 14.', ['emmanuel-macron + olaf-scholz 2024-03-11']],
    ['days after an event the text does not date', 'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris a day after the vote.', ['emmanuel-macron + olaf-scholz undated']],
    ['"a day after" as the trigger of the earlier contact', 'Chancellor Olaf Scholz met French President Emmanuel Macron on Tuesday, a day after speaking with US President Joe Biden.', ['emmanuel-macron + olaf-scholz 2024-03-12', 'joe-biden + olaf-scholz 2024-03-11']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('the day the story gives its contact noun (session 20)', () => {
  const lead = 'Chancellor Olaf Scholz and French President Emmanuel Macron discussed the rail link and the grain quota.\n\n';
  it.each([
    ['"at Monday\'s talks" later in the story', `${lead}At Monday's talks, Scholz also raised the ferry tariffs, an aide said.`, ['emmanuel-macron + olaf-scholz 2024-03-11']],
    ['a contact noun the story stands ahead of', `${lead}Ahead of Friday's summit, Scholz also raised the ferry tariffs, an aide said.`, ['emmanuel-macron + olaf-scholz undated']],
    ['a day of another event\'s noun', `${lead}Sunday's election had raised the stakes for both.`, ['emmanuel-macron + olaf-scholz undated']],
    ['two contact nouns on different days: no story day', `${lead}The aides spoke of the ferry tariffs at length.\n\nScholz praised Monday's talks with the unions and Tuesday's meeting with the farmers.`, ['emmanuel-macron + olaf-scholz undated']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});

describe('a paragraph that goes on from the events just told (session 20)', () => {
  const lead = 'Chancellor Olaf Scholz arrived in Paris today for a two-day visit.\n\nOn Tuesday, Scholz held talks with French President Emmanuel Macron at the Elysee.\n\n';
  it.each([
    ['"After these talks" two paragraphs on', `${lead}The talks covered the rail link and the grain quota.\n\nAfter these talks, Scholz also met Polish Prime Minister Donald Tusk.`, ['donald-tusk + olaf-scholz 2024-03-12', 'emmanuel-macron + olaf-scholz 2024-03-12']],
    ['"Later," in the next paragraph', `${lead}Later, Scholz spoke by phone with Polish Prime Minister Donald Tusk.`, ['donald-tusk + olaf-scholz 2024-03-12', 'emmanuel-macron + olaf-scholz 2024-03-12']],
    ['a paragraph that does not go on from them takes the lead\'s day', `${lead}The talks covered the rail link and the grain quota.\n\nScholz also met Polish Prime Minister Donald Tusk.`, ['donald-tusk + olaf-scholz 2024-03-13', 'emmanuel-macron + olaf-scholz 2024-03-12']],
  ])('%s', (_why, text, expected) => {
    expect(callsOf(text, PUBLISHED)).toEqual(expected);
  });
});
