/**
 * ICEWS event files (Harvard Dataverse "events.YYYY.*.tab") → normalised events. Tab-separated
 * with a header line naming the 20 columns; missing values are empty or `NA`; sector lists are
 * comma-joined. Columns are found by header name, so a file with the columns in another order
 * (or extra ones) still reads. A row with the wrong column count, a bad date or no CAMEO code is
 * reported with its line number and skipped.
 *
 * @example
 *   for await (const row of parseIcewsEvents(readLines(stream))) …
 */
import type { EventActor, NumberedLine, ParsedRow, SourceEvent } from './event-record.js';
import { isoDate } from './source-dates.js';

const REQUIRED = ['Event ID', 'Event Date', 'Source Name', 'Source Country', 'CAMEO Code', 'Target Name', 'Target Country', 'Story ID'] as const;

export async function* parseIcewsEvents(lines: AsyncIterable<NumberedLine> | Iterable<NumberedLine>): AsyncGenerator<ParsedRow> {
  let header: Map<string, number> | null = null;
  let width = 0;
  for await (const { line, text } of lines) {
    if (text.trim() === '') continue;
    if (!header) {
      const names = text.split('\t').map((n) => n.trim().replace(/^\uFEFF/, ''));
      const missing = REQUIRED.filter((n) => !names.includes(n));
      if (missing.length > 0) {
        // Without a header no row can be read: report it once and stop.
        yield { line, error: `the first line must be the ICEWS header; missing columns: ${missing.join(', ')}` };
        return;
      }
      header = new Map(names.map((n, i) => [n, i]));
      width = names.length;
      continue;
    }
    yield parseIcewsRow(line, text, header, width);
  }
}

/** One data row, given the header's column positions. */
export function parseIcewsRow(line: number, text: string, header: Map<string, number>, width: number): ParsedRow {
  const fields = text.split('\t');
  if (fields.length !== width) return { line, error: `expected ${width} tab-separated columns as in the header, got ${fields.length}` };
  const get = (name: string): string => {
    const i = header.get(name);
    const value = i === undefined ? '' : fields[i].trim();
    return value === 'NA' ? '' : value;
  };
  const sourceId = get('Event ID');
  if (!sourceId) return { line, error: 'Event ID is empty' };
  const date = isoDate(get('Event Date'));
  if (!date) return { line, error: `Event Date must be a date as YYYY-MM-DD, got ${JSON.stringify(get('Event Date'))}` };
  const cameo = get('CAMEO Code');
  if (!/^\d{2,4}$/.test(cameo)) return { line, error: `CAMEO Code must be a code such as "041", got ${JSON.stringify(cameo)}` };
  const storyId = get('Story ID');
  const sentence = Number.parseInt(get('Sentence Number'), 10);
  const event: SourceEvent = {
    line,
    format: 'icews',
    sourceId,
    date,
    cameo,
    plover: null,
    source: actorOf(get, 'Source'),
    target: actorOf(get, 'Target'),
    text: get('Event Text') || null,
    sentence: Number.isInteger(sentence) && sentence > 0 ? sentence - 1 : null,
    article: {
      key: storyId ? `icews-story ${storyId}` : `icews-event ${sourceId}`,
      storyId: storyId || undefined,
      title: get('Publisher') || undefined,
      publishedOn: date,
    },
    place: {
      name: [get('City'), get('District'), get('Province')].filter(Boolean).join(', ') || null,
      countryName: get('Country') || undefined,
    },
    killed: null,
    injured: null,
  };
  return { line, event };
}

function actorOf(get: (name: string) => string, side: 'Source' | 'Target'): EventActor[] {
  const name = get(`${side} Name`);
  if (!name) return [];
  const sectors = get(`${side} Sectors`).split(',').map((s) => s.trim()).filter(Boolean);
  return [{ name, countryName: get(`${side} Country`) || undefined, sectors }];
}
