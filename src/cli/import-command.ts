/**
 * `diplograph import gdelt|icews|plover|jsonl FILE`: loads event data (GDELT 2.0 event export,
 * ICEWS event files, PLOVER JSON records) as facts documents through the graph's batch writer
 * (`--batch-size` source articles per transaction; a batch the database refuses is written again
 * one article per transaction, and the articles that still fail are listed), or a JSON Lines
 * export back into the graph. A progress bar on
 * stderr follows the bytes read; the summary gives rows read, events kept (distinct calls,
 * commitments and incidents: a call two articles report counts once), rows skipped with their
 * line numbers, and rows per second. Skipped rows are listed on stderr, a few per reason. A file
 * not in the given format stops at its first rows with one message, before anything is written.
 * Exit codes (exit-codes.ts): 1 if any row was skipped or any article failed, 2 for a missing file,
 * a file in another format or a configuration error.
 *
 * @example
 *   npx diplograph import icews events.2018.sample.tab
 *   // icews: 3705 rows read, 1248 events kept (458 calls, 50 commitments, 229 incidents, 550 articles), 2457 not mapped, 0 skipped; 1830 rows/s in 2.0 s
 */
import { createReadStream, statSync, type ReadStream } from 'node:fs';
import { Argument, type Command } from 'commander';
import { EXIT_CODES } from './exit-codes.js';
import { withGraph } from './with-graph.js';
import type { RowError } from '../interop/event-record.js';
import type { GraphStore } from '../graph/graph-store.js';

/** Rows listed on stderr per distinct reason; the rest are counted. */
const LISTED_PER_REASON = 3;

const FORMATS = ['gdelt', 'icews', 'plover', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** Moves the progress bar: rows read, rows kept, seconds since the start. */
type Progress = (rows: number, kept: number, seconds: number) => void;

/** What an import did: its summary line, the articles it could not write, the rows it skipped (listed, and how many in all). */
interface ImportOutcome {
  summary: string;
  failures: string[];
  skipped: RowError[];
  total: number;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import GDELT, ICEWS or PLOVER event data as calls, commitments and incidents, or a JSON Lines export.')
    .addArgument(new Argument('<format>', 'input format').choices(FORMATS))
    .argument('<file>', 'the file to import')
    .option('--no-progress', 'no progress bar (also off when stderr is not a terminal)')
    .option('--batch-size <n>', 'source articles written per transaction (1: one transaction per article)', '50')
    .action(async (format: Format, file: string, opts: { progress: boolean; batchSize: string }) => {
      const batchSize = Number(opts.batchSize);
      const problems = Number.isInteger(batchSize) && batchSize >= 1 ? [] : [`--batch-size must be a positive integer, got ${JSON.stringify(opts.batchSize)}`];
      const size = fileSize(file);
      if (size === null) problems.push(`no such file: ${file}`);
      const bar = { show: opts.progress, format: `import ${format} [{bar}] {percentage}% | {rows} rows | {kept} kept | {rate} rows/s` };
      await withGraph({ command: 'import', problems, bar }, async ({ store, bar }) => {
        const input = createReadStream(file);
        const t0 = performance.now();
        bar?.start(size!, 0, { rows: 0, kept: 0, rate: '0' });
        const progress: Progress = (rows, kept, seconds) =>
          bar?.update(input.bytesRead, { rows, kept, rate: seconds > 0 ? Math.round(rows / seconds) : 0 });
        try {
          const done = format === 'jsonl' ? await importJsonlFile(store, input, t0, progress) : await importEventFile(store, format, file, input, batchSize, progress);
          bar?.stop();
          process.stdout.write(`${done.summary}\n`);
          process.stderr.write([...done.failures, skippedReport(file, done.skipped, done.total)].join(''));
          if (done.total > 0 || done.failures.length > 0) process.exitCode = EXIT_CODES.failed.code;
        } catch (err) {
          const { WrongFormatError } = await import('../interop/wrong-format-error.js');
          if (!(err instanceof WrongFormatError)) throw err;
          bar?.stop();
          process.stderr.write(`diplograph import: ${file} is not ${format} data: ${err.message}; nothing was imported\n`);
          process.exitCode = EXIT_CODES.usage.code;
        } finally {
          input.destroy();
        }
      });
    });
}

function fileSize(file: string): number | null {
  try {
    return statSync(file).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return null;
  }
}

async function importJsonlFile(store: GraphStore, input: ReadStream, t0: number, progress: Progress): Promise<ImportOutcome> {
  const [{ readLines }, { importJsonl }] = await Promise.all([import('../interop/read-lines.js'), import('../interop/import-jsonl.js')]);
  const r = await importJsonl(store, readLines(input), { onProgress: (s) => progress(s.lines, s.lines - s.skipped.length, (performance.now() - t0) / 1000) });
  const summary =
    `jsonl: ${r.lines} lines read, ${r.nodes} nodes merged, ${r.relationshipsCreated} relationships created, ` +
    `${r.missingEnds} relationships with a missing end, ${r.aggregateLines} contact-aggregate lines recounted from the calls, ${r.skipped.length} skipped${lineList(r.skipped)}; ${rate(r.lines, r.seconds)}`;
  return { summary, failures: [], skipped: r.skipped, total: r.skipped.length };
}

async function importEventFile(store: GraphStore, format: Exclude<Format, 'jsonl'>, file: string, input: ReadStream, batchSize: number, progress: Progress): Promise<ImportOutcome> {
  const [{ readLines }, { importEvents, parserFor }, { createInteropLookup }, { loadGazetteer }, { writeFacts, writeFactsBatch }] = await Promise.all([
    import('../interop/read-lines.js'),
    import('../interop/import-events.js'),
    import('../interop/interop-lookup.js'),
    import('../gazetteer/load-gazetteer.js'),
    import('../graph/write-facts.js'),
  ]);
  const s = await importEvents(parserFor(format)(readLines(input)), {
    lookup: createInteropLookup(loadGazetteer()),
    write: (doc) => writeFacts(store, doc),
    writeBatch: (docs) => writeFactsBatch(store, docs),
    batchSize,
    onProgress: (st) => progress(st.rowsRead, st.eventsKept, st.seconds),
  });
  const summary =
    `${format}: ${s.rowsRead} rows read, ${s.eventsKept} events kept (${s.calls} calls, ${s.commitments} commitments, ` +
    `${s.incidents} incidents, ${s.documents} articles), ${s.notMapped} not mapped, ${s.skippedCount} skipped${lineList(s.skipped)}` +
    `${s.failed.length > 0 ? `, ${s.failed.length} articles failed` : ''}; ${rate(s.rowsRead, s.seconds)}`;
  const failures = s.failed.map((f) => `${file}: article ${f.articleId} not written: ${f.error}\n`);
  return { summary, failures, skipped: s.skipped, total: s.skippedCount };
}

/** The skipped rows, a few per reason: a file with one fault on every line says so once, not a thousand times. */
function skippedReport(file: string, skipped: RowError[], total: number): string {
  const byReason = new Map<string, RowError[]>();
  for (const row of skipped) byReason.set(row.error, [...(byReason.get(row.error) ?? []), row]);
  const lines: string[] = [];
  for (const [reason, rows] of byReason) {
    for (const row of rows.slice(0, LISTED_PER_REASON)) lines.push(`${file}:${row.line}: skipped: ${reason}`);
    if (rows.length > LISTED_PER_REASON) lines.push(`${file}: … and ${rows.length - LISTED_PER_REASON} more rows skipped: ${reason}`);
  }
  if (total > skipped.length) lines.push(`${file}: … and ${total - skipped.length} more skipped rows not listed`);
  return lines.map((line) => `${line}\n`).join('');
}

function lineList(skipped: RowError[]): string {
  if (skipped.length === 0) return '';
  const shown = skipped.slice(0, 20).map((r) => r.line);
  return ` (line${shown.length > 1 ? 's' : ''} ${shown.join(', ')}${skipped.length > 20 ? ', …' : ''})`;
}

function rate(rows: number, seconds: number): string {
  return `${seconds > 0 ? Math.round(rows / seconds) : rows} rows/s in ${seconds.toFixed(1)} s`;
}
