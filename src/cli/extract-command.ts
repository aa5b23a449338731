/**
 * `diplograph extract FILE... [--date YYYY-MM-DD] [--json] [--explain]`: prints the facts
 * document of each article without touching a database. One file prints one JSON document,
 * several print a JSON array; `-` reads standard input. `--explain` prints, for each fact, the
 * rule that produced it and its sentence (to stdout, or to stderr together with --json).
 *
 * Bad input gets a message on stderr naming the file and the problem, no stack trace, and the
 * exit code of exit-codes.ts: 2 for a mistake in the command (a missing file, a folder, an
 * invalid --date), 1 for an article refused (empty text, binary data, more than 5 MB).
 *
 * @example
 *   npx diplograph extract seeds/000_58b2ec0da89f2029.txt --json
 */
import type { Command } from 'commander';
import { looksBinary } from '../ingest/validate-article-input.js';
import { isCalendarDate } from '../facts/calendar-date.js';
import { explainFacts } from '../extraction/explain-facts.js';
import { cliConfig } from './cli-config.js';
import { EXIT_CODES, UsageError } from './exit-codes.js';

export const MAX_EXTRACT_BYTES = 5 * 1024 * 1024;

/** A problem with the command's input, reported as one line on stderr. */
class ExtractInputError extends Error {}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw new UsageError(`invalid --date "${value}": expected a real calendar date as YYYY-MM-DD`);
  return value;
}

async function readInput(path: string): Promise<string> {
  const { readFile, stat } = await import('node:fs/promises');
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_EXTRACT_BYTES) throw new ExtractInputError('standard input is larger than the 5 MB limit');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`${path}: no such file`);
  if (info.isDirectory()) throw new UsageError(`${path}: is a folder, not an article file`);
  if (info.size > MAX_EXTRACT_BYTES) throw new ExtractInputError(`${path}: ${(info.size / 1024 / 1024).toFixed(1)} MB is larger than the 5 MB limit`);
  return readFile(path, 'utf8');
}

/** An article the extractor refused (EXTRACTION_TIMEOUT) or a bad date line, named by its file. */
const named = (file: string) => (err: Error & { code?: string }) => {
  if (err.code !== 'EXTRACTION_TIMEOUT' && err.code !== 'BAD_USER_INPUT') throw err;
  throw new ExtractInputError(`${file === '-' ? 'standard input' : file}: ${err.message}`);
};

function checkText(path: string, text: string): void {
  const label = path === '-' ? 'standard input' : path;
  if (text.trim().length === 0) throw new ExtractInputError(`${label}: the article is empty`);
  if (looksBinary(text)) throw new ExtractInputError(`${label}: looks like binary data, not text`);
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Print the facts document of each article (no database).')
    .argument('<files...>', 'article files (plain text); "-" reads standard input')
    .option('--date <YYYY-MM-DD>', 'publication date for articles without a `date` first line')
    .option('--json', 'print JSON only (the default output is JSON too)')
    .option('--explain', 'print, for each fact, the rule and the sentence that produced it')
    .action(async (files: string[], opts: { date?: string; json?: boolean; explain?: boolean }) => {
      try {
        const publishedOn = checkDate(opts.date);
        const texts: Array<[string, string]> = [];
        for (const file of files) {
          const text = await readInput(file);
          checkText(file, text);
          texts.push([file, text]);
        }
        // Extraction runs in a worker thread within EXTRACTION_TIMEOUT_MS, as ingestion does.
        const config = cliConfig();
        if (!config) return;
        const { createExtractionPool } = await import('../extraction/extraction-pool.js');
        const extraction = createExtractionPool(config.extraction);
        const results = [];
        try {
          for (const [file, text] of texts) results.push({ file, ...(await extraction.extract(text, { publishedOn }).catch(named(file))) });
        } finally {
          await extraction.close();
        }
        const explanation = results.map((r) => explainFacts(r.document, r.file)).join('\n');
        if (opts.explain && !opts.json) {
          process.stdout.write(`${explanation}\n`);
          return;
        }
        const documents = results.map((r) => r.document);
        process.stdout.write(`${JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2)}\n`);
        if (opts.explain) process.stderr.write(`${explanation}\n`);
      } catch (err) {
        const known = err instanceof ExtractInputError || err instanceof UsageError;
        if (!known && !(err instanceof Error && 'code' in err && (err as NodeJS.ErrnoException).code)) throw err;
        process.stderr.write(`diplograph extract: ${err.message}\n`);
        process.exitCode = err instanceof UsageError ? EXIT_CODES.usage.code : EXIT_CODES.failed.code;
      }
    });
}
