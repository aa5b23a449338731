/**
 * GDELT 2.0 event export rows → normalised events. The export is tab-separated, 61 columns, no
 * header, empty strings for missing values (field order: the GDELT 2.0 Event Codebook's; see
 * docs/interop.md). A row with another column count, a bad date or
 * no event code is reported with its line number and skipped.
 *
 * @example
 *   for await (const row of parseGdeltEvents(readLines(stream))) {
 *     if (isRowError(row)) report(row.line, row.error); else keep(row.event);
 *   }
 */
import type { EventActor, NumberedLine, ParsedRow, SourceEvent } from './event-record.js';
import { compactDate } from './source-dates.js';

/** GDELT 2.0 event fields in file order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
] as const;

type Column = (typeof GDELT_COLUMNS)[number];
const INDEX = Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, i])) as Record<Column, number>;

export async function* parseGdeltEvents(lines: AsyncIterable<NumberedLine> | Iterable<NumberedLine>): AsyncGenerator<ParsedRow> {
  for await (const { line, text } of lines) {
    if (text.trim() === '') continue;
    yield parseGdeltRow(line, text);
  }
}

/** One export row → an event, or the reason it cannot be read. */
export function parseGdeltRow(line: number, text: string): ParsedRow {
  const fields = text.split('\t');
  if (fields.length !== GDELT_COLUMNS.length) {
    return { line, error: `expected ${GDELT_COLUMNS.length} tab-separated columns (GDELT 2.0 event export), got ${fields.length}` };
  }
  const get = (name: Column) => fields[INDEX[name]].trim();
  const sourceId = get('GLOBALEVENTID');
  if (!/^\d+$/.test(sourceId)) return { line, error: `GLOBALEVENTID must be a number, got ${JSON.stringify(sourceId)}` };
  const date = compactDate(get('SQLDATE'));
  if (!date) return { line, error: `SQLDATE must be a date as YYYYMMDD, got ${JSON.stringify(get('SQLDATE'))}` };
  const cameo = get('EventCode');
  if (!/^\d{2,4}$/.test(cameo)) return { line, error: `EventCode must be a CAMEO code such as "042", got ${JSON.stringify(cameo)}` };
  const url = get('SOURCEURL');
  // Early GDELT rows name a wire service instead of a URL: those still group by event.
  const isUrl = /^https?:\/\//i.test(url);
  const event: SourceEvent = {
    line,
    format: 'gdelt',
    sourceId,
    date,
    cameo,
    plover: null,
    source: actorOf(get, '1'),
    target: actorOf(get, '2'),
    text: null,
    sentence: null,
    article: {
      key: isUrl ? `url ${url}` : `gdelt-event ${sourceId}`,
      url: isUrl ? url : undefined,
      title: isUrl || !url ? undefined : url,
      publishedOn: compactDate(get('DATEADDED')) ?? date,
    },
    place: { name: get('ActionGeo_FullName') || null },
    killed: null,
    injured: null,
  };
  return { line, event };
}

function actorOf(get: (name: Column) => string, n: '1' | '2'): EventActor[] {
  const code = get(`Actor${n}Code` as Column);
  if (!code) return [];
  const sectors = (['Type1Code', 'Type2Code', 'Type3Code'] as const).map((t) => get(`Actor${n}${t}` as Column)).filter(Boolean);
  return [
    {
      code,
      name: get(`Actor${n}Name` as Column) || undefined,
      countryCode: get(`Actor${n}CountryCode` as Column) || undefined,
      sectors,
    },
  ];
}
