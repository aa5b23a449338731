/**
 * `diplograph export --format graphml|gexf|csv|jsonl [--from D] [--to D] [--country XX] [--out PATH]`:
 * streams the graph, or the calls in a date window and/or touching a country with their
 * participants and countries, to a file (a folder for csv: nodes.csv + edges.csv) or stdout,
 * with a progress bar on stderr. Exit code 2 (exit-codes.ts) on a bad option or configuration,
 * including an --out whose folder does not exist: checked before the database is opened.
 *
 * @example
 *   npx diplograph export --format graphml --country UA --from 2022-02-01 --out ukraine.graphml
 *   npx diplograph export --format jsonl > graph.jsonl
 */
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { withGraph } from './with-graph.js';
import { isoDate } from '../interop/source-dates.js';
import type { ExportFormat, ExportTarget } from '../interop/export-graph.js';
import { streamSink } from '../interop/text-sink.js';

interface ExportOpts {
  format: ExportFormat;
  from?: string;
  to?: string;
  country?: string;
  out?: string;
  pageSize: string;
  progress: boolean;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Export the graph, or the calls of a window or country with their participants, for Gephi, NetworkX and spreadsheets.')
    .addOption(new Option('--format <format>', 'output format').choices(['graphml', 'gexf', 'csv', 'jsonl']).makeOptionMandatory())
    .option('--from <YYYY-MM-DD>', 'only calls on or after this day')
    .option('--to <YYYY-MM-DD>', 'only calls on or before this day')
    .option('--country <XX>', 'only calls with a participant of this country (ISO 3166-1 alpha-2)')
    .option('--out <path>', 'file to write (a folder for csv); stdout when absent')
    .option('--page-size <n>', 'nodes or relationships read per statement', '5000')
    .option('--no-progress', 'no progress bar (also off when stderr is not a terminal)')
    .action(async (opts: ExportOpts) => {
      const bar = { show: opts.progress, format: `export ${opts.format} [{bar}] {value}/{total} nodes and relationships | {rate}/s` };
      await withGraph({ command: 'export', problems: checkOptions(opts), bar }, async ({ store, bar }) => {
        const { exportGraph } = await import('../interop/export-graph.js');
        const started = performance.now();
        const report = await exportGraph(store, {
          format: opts.format,
          filter: { from: opts.from ?? null, to: opts.to ?? null, country: opts.country?.toUpperCase() ?? null },
          target: openTarget(opts),
          pageSize: Number(opts.pageSize),
          onProgress: (done, total) => {
            if (done === 0) bar?.start(total, 0, { rate: 0 });
            else if (done % 500 === 0 || done === total) bar?.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) });
          },
        });
        bar?.stop();
        const where = opts.out ?? 'stdout';
        const unnamed = report.unnamed > 0 ? `, ${report.unnamed} relationships to nodes without a key left out` : '';
        // With the data on stdout, the summary goes to stderr.
        (opts.out ? process.stdout : process.stderr).write(
          `exported ${report.nodes} nodes and ${report.relationships} relationships as ${opts.format} to ${where}${unnamed} in ${report.seconds.toFixed(1)} s\n`,
        );
      });
    });
}

function checkOptions(opts: ExportOpts): string[] {
  const problems: string[] = [];
  for (const name of ['from', 'to'] as const) {
    if (opts[name] !== undefined && !isoDate(opts[name]!)) problems.push(`--${name} must be a date as YYYY-MM-DD, got ${JSON.stringify(opts[name])}`);
  }
  if (opts.country !== undefined && !/^[A-Za-z]{2}$/.test(opts.country)) problems.push(`--country must be an ISO 3166-1 alpha-2 code such as UA, got ${JSON.stringify(opts.country)}`);
  if (!/^[1-9]\d*$/.test(opts.pageSize)) problems.push(`--page-size must be a positive whole number, got ${JSON.stringify(opts.pageSize)}`);
  if (opts.format === 'csv' && !opts.out) problems.push('--format csv writes nodes.csv and edges.csv: give the folder with --out');
  if (opts.out) problems.push(...checkOut(opts.out, opts.format === 'csv'));
  return problems;
}

/** Where --out points must be writable as asked: its folder exists (a csv folder is created in it), and a file is not a folder. */
function checkOut(out: string, folder: boolean): string[] {
  const kind = (path: string) => {
    try {
      return statSync(path).isDirectory() ? 'folder' : 'file';
    } catch {
      return null;
    }
  };
  const parent = dirname(resolve(out));
  if (kind(parent) !== 'folder') return [`--out ${JSON.stringify(out)}: the folder ${JSON.stringify(parent)} does not exist; create it first`];
  if (!folder && kind(out) === 'folder') return [`--out ${JSON.stringify(out)} is a folder: give a file name`];
  if (folder && kind(out) === 'file') return [`--out ${JSON.stringify(out)} is a file: --format csv writes a folder`];
  return [];
}

function openTarget(opts: ExportOpts): ExportTarget {
  if (opts.format === 'csv') {
    mkdirSync(opts.out!, { recursive: true });
    return { nodes: streamSink(createWriteStream(join(opts.out!, 'nodes.csv'))), edges: streamSink(createWriteStream(join(opts.out!, 'edges.csv'))) };
  }
  return { sink: opts.out ? streamSink(createWriteStream(opts.out)) : streamSink(process.stdout, { end: false }) };
}
