/**
 * A file whose first rows are all bad is in another format (a comma-separated file given as
 * ICEWS, a CSV given as JSON Lines): the import stops before anything is written, with one
 * message, instead of listing a thousand bad rows.
 *
 * @example
 *   if (skipped === WRONG_FORMAT_ROWS && read === WRONG_FORMAT_ROWS) throw new WrongFormatError(read, firstBadRow);
 */
import type { RowError } from './event-record.js';

/** The first rows of the input were all bad: it is not in the format asked for. Nothing was written. */
export class WrongFormatError extends Error {
  constructor(
    readonly rows: number,
    readonly first: RowError,
  ) {
    super(`the first ${rows === 1 ? 'row' : `${rows} rows`} cannot be read (line ${first.line}: ${first.error})`);
  }
}

/** How many bad rows in a row, with none good before them, prove a file is in another format. */
export const WRONG_FORMAT_ROWS = 20;
