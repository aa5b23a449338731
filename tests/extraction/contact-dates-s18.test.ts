/**
 * The day of a contact, session 18: a day in a clause on a person that opens after the contact (", who …",
 * ", whose …") dates that person's other event, also when the clause runs to the end of the sentence
 * (date.trailing-relative) or is written without a space after its comma (date.relative-clause); the contact
 * takes the day its paragraph or story gives. An uncounted "a few days ago" names no day (date.no-day), as
 * "a few days later" does. Every sentence is ours, invented for its construction; none is taken from a news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const dated = (text: string, publishedOn: string) =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date}`).sort();

describe('the day of a contact (session 18)', () => {
  it.each([
    ['a month in a sentence-final clause on the counterpart is not the contact\'s period',
      'Chancellor Olaf Scholz returned to Berlin on Saturday. Scholz also met French President Emmanuel Macron, who hosted the rail forum in Lille last month.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['a day in a sentence-final clause on the counterpart dates that person\'s plan, not the contact',
      'Chancellor Olaf Scholz flew to Warsaw on Saturday. Scholz held talks with Polish Prime Minister Donald Tusk, who will open the ferry terminal in Gdynia tomorrow.', '2024-03-17',
      ['donald-tusk + olaf-scholz 2024-03-16']],
    ['a clause on a person written without a space after its comma is still a relative clause',
      'Chancellor Olaf Scholz flew to Warsaw on Saturday. Scholz and Polish Prime Minister Donald Tusk,who will open the ferry terminal in Gdynia tomorrow,discussed the border crossings.', '2024-03-17',
      ['donald-tusk + olaf-scholz 2024-03-16']],
    ['"a few days ago" names no day',
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Lille a few days ago.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz null']],
    ['a counted "three days ago" still names its day',
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Lille three days ago.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-14']],
    ['a contact told inside the clause on a person keeps the clause\'s day',
      'Polish Prime Minister Donald Tusk, who met Chancellor Olaf Scholz in Warsaw on Saturday, praised the ferry deal.', '2024-03-17',
      ['donald-tusk + olaf-scholz 2024-03-16']],
    ['a clause on the contact\'s own noun keeps its day',
      'Chancellor Olaf Scholz praised his call with French President Emmanuel Macron, which took place on Friday.', '2024-03-17',
      ['emmanuel-macron + olaf-scholz 2024-03-15']],
    ['the contact\'s own day after the clause on a person still dates it',
      'Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk, who arrived in Berlin at noon, on Saturday.', '2024-03-17',
      ['donald-tusk + olaf-scholz 2024-03-16']],
  ])('%s', (_why, text, publishedOn, expected) => {
    expect(dated(text, publishedOn)).toEqual(expected);
  });
});
