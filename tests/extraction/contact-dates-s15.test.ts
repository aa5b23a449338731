/**
 * The day of a contact, session 15: "this afternoon" names the day; a day in quoted words is the
 * speaker's, not that of a contact reported outside the quotation (`date.quoted`); a contact in a web
 * lead's first sentence takes the day the lead's next sentence names (`date.lead-day-back`), a borrowed
 * day that a later report of the same contact with its own day overrides; "days later" names no known day;
 * a day after ", adding that" dates what was added. Every sentence is ours,
 * invented for its construction; none is taken from a news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const dated = (text: string, publishedOn: string) =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date}`).sort();

describe('the day of a contact (session 15)', () => {
  it.each([
    ['"this afternoon" in the lead names the publication day, which dates a later contact with none of its own',
      'Chancellor Olaf Scholz invited French President Emmanuel Macron to open a rail link near Aachen.\nThe two leaders gave a statement to the press in Berlin this afternoon.\nAfter meeting with Macron in the chancellery, Scholz announced a fund for border towns.', '2024-03-16',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['a day in quoted words (a plan) does not date the contact reported outside the quotation',
      'Chancellor Olaf Scholz spent Thursday receiving guests in Berlin.\n"On March 28 we will open the new bridge together," Scholz wrote after meeting with French President Emmanuel Macron.', '2024-03-16',
      ['emmanuel-macron + olaf-scholz 2024-03-14']],
    ['a contact in the lead\'s first sentence takes the day the lead\'s second sentence names',
      'Chancellor Olaf Scholz held separate calls with French President Emmanuel Macron and Polish President Andrzej Duda.\n"We agreed to keep the border crossings open," Scholz wrote on X tonight.\nThe border dispute flared last week.', '2024-03-16',
      ['andrzej-duda + olaf-scholz 2024-03-16', 'emmanuel-macron + olaf-scholz 2024-03-16']],
    ['the lead\'s day is borrowed: a later report of the same contact with its own day overrides it',
      'Chancellor Olaf Scholz spoke with French President Emmanuel Macron about grain prices.\nScholz described the talks to reporters in Berlin on Friday.\nScholz had spoken with Macron by phone on Wednesday, his spokesman said.', '2024-03-16',
      ['emmanuel-macron + olaf-scholz 2024-03-13']],
    ['an uncounted "days later" after a dated event names no known day (a counted "two days later" does)',
      'Chancellor Olaf Scholz opened a trade fair in Hanover on May 3.\nDays later, Scholz visited French President Emmanuel Macron at the Elysee.\nTwo days later, Scholz received Polish President Andrzej Duda in Berlin.', '2024-06-20',
      ['andrzej-duda + olaf-scholz null', 'emmanuel-macron + olaf-scholz null']],
    ['a day after ", adding that" dates what was added, not the contact the sentence reports before it',
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Thursday.\nScholz called his talks with Macron "useful", adding that the tariff deal signed yesterday with Warsaw would stand.', '2024-03-16',
      ['emmanuel-macron + olaf-scholz 2024-03-14']],
  ])('%s', (_why, text, publishedOn, expected) => {
    expect(dated(text, publishedOn)).toEqual(expected);
  });
});
