/**
 * The import pipeline for event data: parsed rows → facts fragments → one facts document per
 * article → the graph's writer. With `writeBatch` the released documents are written `batchSize`
 * per transaction; when a batch fails with a database error its documents are written one by one
 * (`write`), so one bad article cannot lose the others, and those that still fail are listed in
 * `failed`. Without `writeBatch` every document is its own transaction and the first failure
 * stops the import. Bad rows are counted and listed by line; events outside the imported families
 * are counted as not mapped. A file whose first rows are all bad (a comma-separated file given as
 * ICEWS, say) is not in the format at all: the import stops with a `WrongFormatError` before
 * anything is written. Calls, commitments and incidents are counted once each however many
 * articles report them (`reports` counts the reports). The writers are passed in, so the
 * pipeline runs without a database in tests.
 *
 * @example
 *   const stats = await importEvents(parseIcewsEvents(readLines(stream)), {
 *     lookup: createInteropLookup(loadGazetteer()),
 *     write: (doc) => writeFacts(store, doc),
 *     writeBatch: (docs) => writeFactsBatch(store, docs),
 *   });
 *   // { rowsRead: 3705, eventsKept: 712, notMapped: 2990, skipped: [{ line: 17, error: '…' }], documents: 540, failed: [], … }
 */
import type { FactsDocument } from '../facts/facts-document.js';
import { isRowError, type EventFormat, type NumberedLine, type ParsedRow, type RowError } from './event-record.js';
import { eventToFacts } from './event-to-facts.js';
import { DocumentWriter, type FailedDocument } from './document-writer.js';
import { FactsBatcher } from './facts-batcher.js';
import type { InteropLookup } from './interop-lookup.js';
import { parseGdeltEvents } from './parse-gdelt-events.js';
import { parseIcewsEvents } from './parse-icews-events.js';
import { parsePloverRecords } from './parse-plover-records.js';
import { WrongFormatError, WRONG_FORMAT_ROWS } from './wrong-format-error.js';

export interface ImportStats {
  /** Data rows (or records) read, good and bad. */
  rowsRead: number;
  eventsKept: number;
  /** Good rows that are not consult, aid, sanction or force events, or lack the actors a fact needs. */
  notMapped: number;
  /** Bad rows, by line; at most `maxListed` are listed, `skippedCount` counts them all. */
  skipped: RowError[];
  skippedCount: number;
  documents: number;
  /** How many calls, commitments and incidents the written articles report, counting a fact once per article. */
  reports: number;
  /** Documents the database refused even when written alone (batched imports only): nothing of them was written. */
  failed: FailedDocument[];
  /** Distinct calls, commitments and incidents written (a call reported by two articles counts once). */
  calls: number;
  commitments: number;
  incidents: number;
  seconds: number;
}


export interface ImportOptions {
  lookup: InteropLookup;
  /** Writes one document in its own transaction. */
  write: (doc: FactsDocument) => Promise<unknown>;
  /** Writes many documents in one transaction (writeFactsBatch); when given, documents are written in batches. */
  writeBatch?: (docs: FactsDocument[]) => Promise<unknown>;
  /** Documents per batch when `writeBatch` is given (default 50). */
  batchSize?: number;
  /** Called after every row, for progress bars. */
  onProgress?: (stats: ImportStats) => void;
  maxOpen?: number;
  maxListed?: number;
  /**
   * Transactions in flight at once: by default 4 single documents, or 1 batch with `writeBatch`.
   * Several small transactions keep the server busy while the next rows are parsed, and the
   * driver retries one that lost a deadlock on a shared node (a Country). Large batches that
   * create the same new nodes in different orders deadlock again on every retry, and one batch
   * at a time loads as fast (bench/load-graph.ts).
   */
  concurrency?: number;
}

/** The parser for a format. */
export function parserFor(format: EventFormat): (lines: AsyncIterable<NumberedLine>) => AsyncGenerator<ParsedRow> {
  return { gdelt: parseGdeltEvents, icews: parseIcewsEvents, plover: parsePloverRecords }[format];
}

export async function importEvents(rows: AsyncIterable<ParsedRow>, options: ImportOptions): Promise<ImportStats> {
  const started = performance.now();
  const stats: ImportStats = {
    rowsRead: 0, eventsKept: 0, notMapped: 0, skipped: [], skippedCount: 0, documents: 0, reports: 0, failed: [], calls: 0, commitments: 0, incidents: 0, seconds: 0,
  };
  const batcher = new FactsBatcher(options.maxOpen ?? 500);
  const maxListed = options.maxListed ?? 1000;
  const writer = new DocumentWriter(options, stats);
  for await (const row of rows) {
    stats.rowsRead++;
    if (isRowError(row)) {
      stats.skippedCount++;
      if (stats.skipped.length < maxListed) stats.skipped.push(row);
      if (stats.skippedCount === WRONG_FORMAT_ROWS && stats.rowsRead === WRONG_FORMAT_ROWS) throw new WrongFormatError(WRONG_FORMAT_ROWS, stats.skipped[0]);
    } else {
      const mapped = eventToFacts(row.event, options.lookup);
      if (mapped.kept) {
        stats.eventsKept++;
        await writer.add(batcher.add(mapped.facts));
      } else stats.notMapped++;
    }
    stats.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(stats);
  }
  // A short file with no readable row at all is in another format too.
  if (stats.rowsRead > 0 && stats.skippedCount === stats.rowsRead) throw new WrongFormatError(stats.rowsRead, stats.skipped[0]);
  await writer.add(batcher.flush());
  await writer.finish();
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
