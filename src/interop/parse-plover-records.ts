/**
 * PLOVER event records (a JSON array, or JSON Lines) → normalised events. Fields as in the
 * PLOVER gold-standard records (openeventdata/PLOVER, version 0.5b1): `id`, `date`, `source` and
 * `target` (arrays of `{ actorText, code, sector }` or ""), `event`, `mode`, `context`, `text`,
 * `eventLoc`, `dead`, `injured`. `DOCUMENT` records carry documentation, not events, and are
 * passed over. A record that is not valid JSON, has no id, event or valid date is reported with
 * the line it starts on and skipped.
 *
 * @example
 *   for await (const row of parsePloverRecords(readLines(stream))) …
 */
import type { EventActor, NumberedLine, ParsedRow, SourceEvent } from './event-record.js';
import { scanJsonObjects } from './scan-json-objects.js';
import { isoDate } from './source-dates.js';

type Json = Record<string, unknown>;

export async function* parsePloverRecords(lines: AsyncIterable<NumberedLine> | Iterable<NumberedLine>): AsyncGenerator<ParsedRow> {
  for await (const chunk of scanJsonObjects(lines)) {
    if ('error' in chunk) {
      yield chunk;
      continue;
    }
    let record: Json;
    try {
      record = JSON.parse(chunk.text) as Json;
    } catch (err) {
      yield { line: chunk.line, error: `record is not valid JSON: ${(err as Error).message}` };
      continue;
    }
    if (record.event === 'DOCUMENT') continue;
    yield parsePloverRecord(chunk.line, record);
  }
}

/** One parsed record → an event, or the reason it cannot be used. */
export function parsePloverRecord(line: number, record: Json): ParsedRow {
  const id = typeof record.id === 'string' ? record.id.trim() : '';
  if (!id) return { line, error: 'record has no "id"' };
  const event = typeof record.event === 'string' ? record.event.trim().toUpperCase() : '';
  if (!event) return { line, error: `record ${id} has no "event"` };
  const date = typeof record.date === 'string' ? isoDate(record.date) : null;
  if (record.date !== undefined && record.date !== null && !date) {
    return { line, error: `record ${id}: "date" must be YYYY-MM-DD, got ${JSON.stringify(record.date)}` };
  }
  const loc = (record.eventLoc ?? {}) as Json;
  const result: SourceEvent = {
    line,
    format: 'plover',
    sourceId: id,
    date,
    cameo: typeof record.cameo === 'string' ? record.cameo : null,
    plover: { event, mode: text(record.mode), context: text(record.context) },
    source: actorsOf(record.source),
    target: actorsOf(record.target),
    text: text(record.text),
    sentence: null,
    article: {
      key: `plover ${id}`,
      url: text(record.url) ?? undefined,
      title: text(record.publication) ?? undefined,
      publishedOn: date,
    },
    place: { name: text(loc.name), countryCode: text(loc['country code']) ?? undefined },
    killed: count(record.dead),
    injured: count(record.injured),
  };
  return { line, event: result };
}

function actorsOf(value: unknown): EventActor[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((a): a is Json => typeof a === 'object' && a !== null)
    .map((a) => ({
      name: text(a.actorText) ?? undefined,
      code: text(a.code) ?? undefined,
      countryCode: text(a.code) ?? undefined,
      sectors: [text(a.sector)].filter((s): s is string => s !== null),
    }))
    .filter((a) => a.name || a.code);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** PLOVER writes counts as strings ("156"); anything that is not a whole number is unknown. */
function count(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/,/g, '')) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}
