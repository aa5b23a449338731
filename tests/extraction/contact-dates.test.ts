/**
 * The day a contact takes: phrases that count days from the day just reported, a deictic phrase that
 * opens its sentence, "a day after" counted from the paragraph's day, and paragraphs in the layouts
 * news arrives in (one paragraph per line, indented wire paragraphs), which bound how far back a
 * contact looks for its day. Every sentence is ours, invented for its construction; none is taken
 * from a news text.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';

const gazetteer = loadGazetteer();
const dated = (text: string, publishedOn: string) =>
  extractFacts(text, { publishedOn, gazetteer }).document.calls.map((c) => `${[...c.participants].sort().join(' + ')} ${c.date}`).sort();

describe('the day of a contact', () => {
  it.each([
    ['"a day earlier" is the day before the day just reported',
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Thursday. A day earlier, Scholz had spoken by telephone with Polish President Andrzej Duda.', '2024-03-16',
      ['andrzej-duda + olaf-scholz 2024-03-13', 'emmanuel-macron + olaf-scholz 2024-03-14']],
    ['"the next day" is the day after the day just reported',
      'Chancellor Olaf Scholz arrived in Warsaw on Monday. The next day he held talks with Polish President Andrzej Duda.', '2024-03-16',
      ['andrzej-duda + olaf-scholz 2024-03-12']],
    ['"Last night" opening its sentence is the day before publication',
      'Last night Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron.', '2024-03-16',
      ['emmanuel-macron + olaf-scholz 2024-03-15']],
    ['"This morning" opening its sentence is the day of publication',
      'This morning Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.', '2024-03-16',
      ['emmanuel-macron + olaf-scholz 2024-03-16']],
    ['"a day after" counts back from the day its paragraph gives, not only from a day in its own sentence',
      'Chancellor Olaf Scholz met French President Emmanuel Macron on Thursday. The meeting came a day after Scholz held a call with Polish President Andrzej Duda.', '2024-03-16',
      ['andrzej-duda + olaf-scholz 2024-03-13', 'emmanuel-macron + olaf-scholz 2024-03-14']],
    ['in a text with one paragraph per line, a day two paragraphs back does not date a contact; the lead\'s day does',
      'Chancellor Olaf Scholz met French President Emmanuel Macron on Thursday.\nThe two leaders discussed energy prices.\nOn Tuesday Scholz had visited a factory in Saxony.\nScholz also spoke with Polish President Andrzej Duda.', '2024-03-16',
      ['andrzej-duda + olaf-scholz 2024-03-14', 'emmanuel-macron + olaf-scholz 2024-03-14']],
    ['in web copy the lead is the first two one-sentence paragraphs: its day dates a later contact with none of its own',
      'Chancellor Olaf Scholz travelled to Paris for a summit of European leaders.\nThe summit opened on Thursday with a dinner at the Elysee.\nScholz held talks there with Polish President Andrzej Duda.', '2024-03-16',
      ['andrzej-duda + olaf-scholz 2024-03-14']],
  ])('%s', (_why, text, publishedOn, expected) => {
    expect(dated(text, publishedOn)).toEqual(expected);
  });
});
