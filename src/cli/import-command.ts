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
import { createReadStream, statSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { commandLogger } from './cli-config.js';
import { EXIT_CODES } from './exit-codes.js';
import type { RowError } from '../interop/event-record.js';

/** Rows listed on stderr per distinct reason; the rest are counted. */
const LISTED_PER_REASON = 3;

const FORMATS = ['gdelt', 'icews', 'plover', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import GDELT, ICEWS or PLOVER event data as calls, commitments and incidents, or a JSON Lines export.')
    .addArgument(new Argument('<format>', 'input format').choices(FORMATS))
    .argument('<file>', 'the file to import')
    .option('--no-progress', 'no progress bar (also off when stderr is not a terminal)')
    .option('--batch-size <n>', 'source articles written per transaction (1: one transaction per article)', '50')
    .action(async (format: Format, file: string, opts: { progress: boolean; batchSize: string }) => {
      let config: Config;
      let size: number;
      let batchSize: number;
      try {
        batchSize = parseBatchSize(opts.batchSize);
        config = loadConfig(process.env);
        size = statSync(file).size;
      } catch (err) {
        if (!(err instanceof ConfigError) && (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        process.stderr.write(`diplograph: ${err instanceof ConfigError ? err.message : `no such file: ${file}`}\n`);
        process.exitCode = EXIT_CODES.usage.code;
        return;
      }
      const logger = commandLogger(config);
      const { openGraph } = await import('../main.js');
      const graph = await openGraph(config, logger);
      const input = createReadStream(file);
      const t0 = performance.now();
      const bar = opts.progress && process.stderr.isTTY
        ? new SingleBar({ format: `import ${format} [{bar}] {percentage}% | {rows} rows | {kept} kept | {rate} rows/s`, stream: process.stderr }, Presets.shades_classic)
        : null;
      bar?.start(size, 0, { rows: 0, kept: 0, rate: '0' });
      const progress = (rows: number, kept: number, seconds: number) =>
        bar?.update(input.bytesRead, { rows, kept, rate: seconds > 0 ? Math.round(rows / seconds) : 0 });
      try {
        const { readLines } = await import('../interop/read-lines.js');
        let skipped: RowError[];
        let total: number;
        if (format === 'jsonl') {
          const { importJsonl } = await import('../interop/import-jsonl.js');
          const r = await importJsonl(graph.store, readLines(input), { onProgress: (s) => progress(s.lines, s.lines - s.skipped.length, (performance.now() - t0) / 1000) });
          bar?.stop();
          ({ skipped } = r);
          total = r.skipped.length;
          process.stdout.write(
            `jsonl: ${r.lines} lines read, ${r.nodes} nodes merged, ${r.relationshipsCreated} relationships created, ` +
              `${r.missingEnds} relationships with a missing end, ${total} skipped${lineList(skipped)}; ${rate(r.lines, r.seconds)}\n`,
          );
        } else {
          const [{ importEvents, parserFor }, { createInteropLookup }, { loadGazetteer }, { writeFacts, writeFactsBatch }] = await Promise.all([
            import('../interop/import-events.js'),
            import('../interop/interop-lookup.js'),
            import('../gazetteer/load-gazetteer.js'),
            import('../graph/write-facts.js'),
          ]);
          const s = await importEvents(parserFor(format)(readLines(input)), {
            lookup: createInteropLookup(loadGazetteer()),
            write: (doc) => writeFacts(graph.store, doc),
            writeBatch: (docs) => writeFactsBatch(graph.store, docs),
            batchSize,
            onProgress: (st) => progress(st.rowsRead, st.eventsKept, st.seconds),
          });
          bar?.stop();
          ({ skipped } = s);
          total = s.skippedCount;
          process.stdout.write(
            `${format}: ${s.rowsRead} rows read, ${s.eventsKept} events kept (${s.calls} calls, ${s.commitments} commitments, ` +
              `${s.incidents} incidents, ${s.documents} articles), ${s.notMapped} not mapped, ${total} skipped${lineList(skipped)}` +
              `${s.failed.length > 0 ? `, ${s.failed.length} articles failed` : ''}; ${rate(s.rowsRead, s.seconds)}\n`,
          );
          for (const f of s.failed) process.stderr.write(`${file}: article ${f.articleId} not written: ${f.error}\n`);
          if (s.failed.length > 0) process.exitCode = EXIT_CODES.failed.code;
        }
        process.stderr.write(skippedReport(file, skipped, total));
        if (total > 0) process.exitCode = EXIT_CODES.failed.code;
      } catch (err) {
        const { WrongFormatError } = await import('../interop/import-events.js');
        if (!(err instanceof WrongFormatError)) throw err;
        bar?.stop();
        process.stderr.write(`diplograph import: ${file} is not ${format} data: ${err.message}; nothing was imported\n`);
        process.exitCode = EXIT_CODES.usage.code;
      } finally {
        bar?.stop();
        input.destroy();
        await graph.store.close();
        await graph.neo4j?.stop();
      }
    });
}

function parseBatchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError([`--batch-size must be a positive integer, got ${JSON.stringify(value)}`]);
  return n;
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
