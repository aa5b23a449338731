/**
 * The one shape every event-data parser yields (GDELT, ICEWS, PLOVER), so the mapping to facts
 * documents is written once. Parsers only normalise the layout; they keep the source's own
 * codes and names (an ISO alpha-3 or CAMEO country code, an ICEWS country name) and leave the
 * gazetteer look-ups to the mapping, which stays pure by receiving a lookup.
 *
 * @example
 *   // ICEWS line 254 of the sample file:
 *   { line: 254, format: 'icews', sourceId: '32890295', date: '2018-06-01', cameo: '041', plover: null,
 *     source: [{ name: 'Vladimir Putin', countryName: 'Russian Federation', sectors: ['Government', …] }],
 *     target: [{ name: 'Benjamin Netanyahu', countryName: 'Israel', sectors: […] }],
 *     text: 'Discuss by telephone', article: { key: 'icews-story 47401297', storyId: '47401297', … } }
 */

export type EventFormat = 'gdelt' | 'icews' | 'plover';

/** One side of an event as the source names it. Every field may be missing. */
export interface EventActor {
  /** A person or organisation name ("Vladimir Putin", "UN Security Council", "ZIMBABWEAN"). */
  name?: string;
  /** The source's actor code ("ZWEGOV", PLOVER "USA"). */
  code?: string;
  /** A country code as the source writes it: ISO/CAMEO alpha-3 ("RUS", "JAP"). */
  countryCode?: string;
  /** A country name as the source writes it ("Russian Federation"). */
  countryName?: string;
  /** Sector or type codes ("GOV", "Executive Office"). */
  sectors: string[];
}

/** The report an event came from: its URL (GDELT) or story id (ICEWS), or the record itself (PLOVER). */
export interface EventArticle {
  /** Groups the events of one source article: "url https://…", "icews-story 47401297", "plover <id>". */
  key: string;
  url?: string;
  storyId?: string;
  title?: string;
  publishedOn: string | null;
}

export interface SourceEvent {
  line: number;
  format: EventFormat;
  /** GLOBALEVENTID, ICEWS Event ID, PLOVER id. */
  sourceId: string;
  /** YYYY-MM-DD, or null when the source gives none. */
  date: string | null;
  /** The CAMEO event code as a string with its leading zeros ("041"), when the format has one. */
  cameo: string | null;
  /** The PLOVER event type and mode, when the format has them. */
  plover: { event: string; mode: string | null; context: string | null } | null;
  source: EventActor[];
  target: EventActor[];
  /** The source sentence (PLOVER `text`) or event description (ICEWS `Event Text`); null for GDELT. */
  text: string | null;
  /** 0-based index of the sentence in the story, when the format gives it (ICEWS). */
  sentence: number | null;
  article: EventArticle;
  place: { name: string | null; countryCode?: string; countryName?: string };
  killed: number | null;
  injured: number | null;
}

/** A row that could not be read: reported with its line number and skipped; the rest loads. */
export interface RowError {
  line: number;
  error: string;
}

export type ParsedRow = { line: number; event: SourceEvent } | RowError;

/** True for the rows a parser reports as bad. */
export function isRowError(row: ParsedRow): row is RowError {
  return 'error' in row;
}

/** A numbered line of input text. */
export interface NumberedLine {
  line: number;
  text: string;
}
