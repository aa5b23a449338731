/**
 * The event-data parsers on fixture rows in the real formats: good rows become normalised
 * events, bad rows are reported with their line number, and nothing stops at a bad row.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { isRowError, type ParsedRow, type SourceEvent } from '../../../src/interop/event-record.js';
import { parseGdeltEvents } from '../../../src/interop/parse-gdelt-events.js';
import { parseIcewsEvents } from '../../../src/interop/parse-icews-events.js';
import { parsePloverRecords } from '../../../src/interop/parse-plover-records.js';
import { linesOf, readLines } from '../../../src/interop/read-lines.js';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/interop', name);

async function collect(rows: AsyncIterable<ParsedRow>): Promise<{ events: SourceEvent[]; errors: Array<{ line: number; error: string }> }> {
  const events: SourceEvent[] = [];
  const errors: Array<{ line: number; error: string }> = [];
  for await (const row of rows) (isRowError(row) ? errors.push(row) : events.push(row.event));
  return { events, errors };
}

describe('GDELT 2.0 event export parser', () => {
  it('reads every well-formed row and reports the truncated and misdated ones by line', async () => {
    const { events, errors } = await collect(parseGdeltEvents(readLines(createReadStream(fixture('gdelt-events.tsv')))));
    expect(events).toHaveLength(11);
    expect(errors).toEqual([
      { line: 9, error: expect.stringContaining('expected 61 tab-separated columns') },
      { line: 11, error: expect.stringContaining('SQLDATE must be a date') },
    ]);
  });

  it('keeps codes, names, the article URL and the publication date of a row', async () => {
    const { events } = await collect(parseGdeltEvents(readLines(createReadStream(fixture('gdelt-events.tsv')))));
    expect(events[0]).toMatchObject({
      line: 1,
      format: 'gdelt',
      sourceId: '913097142',
      date: '2020-03-18',
      cameo: '042',
      source: [{ code: 'ZWEGOV', name: 'ZIMBABWEAN', countryCode: 'ZWE', sectors: ['GOV'] }],
      target: [{ code: 'BLRBUS', name: 'BELARUSIAN', countryCode: 'BLR', sectors: ['BUS'] }],
      text: null,
      article: { url: expect.stringMatching(/^https:\/\/eng\.belta\.by\//), publishedOn: '2020-03-18' },
      place: { name: 'Hwange, Zimbabwe (general), Zimbabwe' },
    });
  });

  it('gives a side with no actor code no actor', async () => {
    const fields = Array.from({ length: 61 }, () => '');
    Object.assign(fields, { 0: '1', 1: '20200101', 26: '042' });
    const { events } = await collect(parseGdeltEvents(linesOf(fields.join('\t'))));
    expect(events[0]).toMatchObject({ source: [], target: [], article: { key: 'gdelt-event 1' } });
  });
});

describe('ICEWS event file parser', () => {
  it('reads rows by header name and reports a bad date and a short row by line', async () => {
    const { events, errors } = await collect(parseIcewsEvents(readLines(createReadStream(fixture('icews-events.tab')))));
    expect(events).toHaveLength(10);
    expect(errors).toEqual([
      { line: 5, error: expect.stringContaining('Event Date must be a date') },
      { line: 10, error: 'expected 20 tab-separated columns as in the header, got 12' },
    ]);
    expect(events[0]).toMatchObject({
      line: 2,
      sourceId: '32890295',
      date: '2018-06-01',
      cameo: '041',
      text: 'Discuss by telephone',
      sentence: 0,
      source: [{ name: 'Vladimir Putin', countryName: 'Russian Federation' }],
      target: [{ name: 'Benjamin Netanyahu', countryName: 'Israel' }],
      article: { key: 'icews-story 47401297', storyId: '47401297', title: 'Trend News Agency (Azerbaijan)' },
    });
  });

  it('treats NA as missing', async () => {
    const { events } = await collect(parseIcewsEvents(readLines(createReadStream(fixture('icews-events.tab')))));
    const unsc = events.find((e) => e.sourceId === '32888516')!;
    expect(unsc.source).toEqual([{ name: 'UN Security Council', countryName: undefined, sectors: expect.arrayContaining(['Global']) }]);
    expect(unsc.target[0].sectors).toEqual([]);
  });

  it('refuses a file without the ICEWS header, once', async () => {
    const { events, errors } = await collect(parseIcewsEvents(linesOf('1\t2018-06-01\tA\n2\t2018-06-01\tB\n')));
    expect(events).toEqual([]);
    expect(errors).toEqual([{ line: 1, error: expect.stringContaining('missing columns: Event ID') }]);
  });
});

describe('PLOVER record parser', () => {
  it('reads records of a pretty-printed array, skips DOCUMENT records, and reports bad ones by their first line', async () => {
    const { events, errors } = await collect(parsePloverRecords(readLines(createReadStream(fixture('plover-records.json')))));
    expect(events.map((e) => e.sourceId)).toEqual([
      'PLOVER-GSR01-CONSULT-0002',
      'PLOVER-GSR01-CONSULT-0005',
      'PLOVER-GSR01-AID-0003',
      'PLOVER-GSR01-SANCTION-0006',
      'PLOVER-GSR01-FIGHT-0005',
      'PLOVER-GSR01-ASSAULT-0001',
      'PLOVER-GSR01-DEMAND-0001',
    ]);
    expect(errors).toEqual([
      { line: 65, error: expect.stringContaining('record is not valid JSON') },
      { line: 105, error: 'record CONSTRUCTED-BAD-DATE-0002: "date" must be YYYY-MM-DD, got "2000-13-45"' },
    ]);
  });

  it('keeps the text, both source actors, the mode and the death toll', async () => {
    const { events } = await collect(parsePloverRecords(readLines(createReadStream(fixture('plover-records.json')))));
    expect(events[0]).toMatchObject({
      line: 14,
      plover: { event: 'CONSULT', mode: 'phone', context: 'diplomatic' },
      source: [{ name: 'U.S. Secretary of State Warren Christopher', countryCode: 'USA' }, { name: 'Russian Foreign Minister Andrei Kozyrev' }],
      target: [],
      text: expect.stringMatching(/^U\.S\. Secretary of State Warren Christopher telephoned/),
    });
    expect(events.find((e) => e.sourceId.endsWith('ASSAULT-0001'))).toMatchObject({ killed: 156, injured: null });
  });

  it('reads JSON Lines too, and reports text between records', async () => {
    const text = '{"id": "a", "event": "CONSULT", "date": "2020-01-01"}\n{"id": "b", "event": "AID"}\nnonsense\n';
    const { events, errors } = await collect(parsePloverRecords(linesOf(text)));
    expect(events.map((e) => e.sourceId)).toEqual(['a', 'b']);
    expect(errors).toEqual([{ line: 3, error: 'unexpected "n" between records (expected a JSON object)' }]);
  });

  it('reports a record left open at the end of the file', async () => {
    const { errors } = await collect(parsePloverRecords(linesOf('[\n{"id": "a",\n')));
    expect(errors).toEqual([{ line: 2, error: 'record is not closed before the end of the file' }]);
  });
});
