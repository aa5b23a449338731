/**
 * The import pipeline for event data: parsed rows → facts fragments → one facts document per
 * article → `write` (the graph's writer, one transaction per document). Bad rows are counted
 * and listed by line; events outside the imported families are counted as not mapped. The
 * writer is passed in, so the pipeline runs without a database in tests.
 *
 * @example
 *   const stats = await importEvents(parseIcewsEvents(readLines(stream)), {
 *     lookup: createInteropLookup(loadGazetteer()),
 *     write: (doc) => writeFacts(store, doc),
 *   });
 *   // { rowsRead: 3705, eventsKept: 712, notMapped: 2990, skipped: [{ line: 17, error: '…' }], documents: 540, … }
 */
import type { FactsDocument } from '../facts/facts-document.js';
import { isRowError, type EventFormat, type NumberedLine, type ParsedRow, type RowError } from './event-record.js';
import { eventToFacts } from './event-to-facts.js';
import { FactsBatcher } from './facts-batcher.js';
import type { InteropLookup } from './interop-lookup.js';
import { parseGdeltEvents } from './parse-gdelt-events.js';
import { parseIcewsEvents } from './parse-icews-events.js';
import { parsePloverRecords } from './parse-plover-records.js';

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
  calls: number;
  commitments: number;
  incidents: number;
  seconds: number;
}

export interface ImportOptions {
  lookup: InteropLookup;
  write: (doc: FactsDocument) => Promise<unknown>;
  /** Called after every row, for progress bars. */
  onProgress?: (stats: ImportStats) => void;
  maxOpen?: number;
  maxListed?: number;
  /**
   * Documents written at once, each in its own transaction. Several in flight keep the server
   * busy while the next rows are parsed; the writer's MERGEs make the order irrelevant, and the
   * driver retries a transaction that lost a deadlock on a shared node (a Country).
   */
  concurrency?: number;
}

/** The parser for a format. */
export function parserFor(format: EventFormat): (lines: AsyncIterable<NumberedLine>) => AsyncGenerator<ParsedRow> {
  return { gdelt: parseGdeltEvents, icews: parseIcewsEvents, plover: parsePloverRecords }[format];
}

export async function importEvents(rows: AsyncIterable<ParsedRow>, options: ImportOptions): Promise<ImportStats> {
  const started = performance.now();
  const stats: ImportStats = { rowsRead: 0, eventsKept: 0, notMapped: 0, skipped: [], skippedCount: 0, documents: 0, calls: 0, commitments: 0, incidents: 0, seconds: 0 };
  const batcher = new FactsBatcher(options.maxOpen ?? 500);
  const maxListed = options.maxListed ?? 1000;
  const concurrency = options.concurrency ?? 4;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  const writeOne = (doc: FactsDocument) => {
    const done: Promise<void> = options.write(doc).then(
      () => {
        stats.documents++;
        stats.calls += doc.calls.length;
        stats.commitments += doc.commitments.length;
        stats.incidents += doc.incidents.length;
      },
      (err: unknown) => void (failure ??= err),
    ).finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  const write = async (docs: FactsDocument[]) => {
    for (const doc of docs) {
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (failure) throw failure;
      writeOne(doc);
    }
  };
  for await (const row of rows) {
    stats.rowsRead++;
    if (isRowError(row)) {
      stats.skippedCount++;
      if (stats.skipped.length < maxListed) stats.skipped.push(row);
    } else {
      const mapped = eventToFacts(row.event, options.lookup);
      if (mapped.kept) {
        stats.eventsKept++;
        await write(batcher.add(mapped.facts));
      } else stats.notMapped++;
    }
    stats.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(stats);
  }
  await write(batcher.flush());
  await Promise.all(inFlight);
  if (failure) throw failure;
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
