/**
 * Numbers the lines of a text stream, one at a time, so parsers never hold a whole file and can
 * report a bad row by its line number. A trailing CR (files written on Windows) is dropped.
 *
 * @example
 *   for await (const { line, text } of readLines(createReadStream('events.tsv'))) …
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { NumberedLine } from './event-record.js';

export async function* readLines(input: Readable): AsyncGenerator<NumberedLine> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line++;
    yield { line, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  }
}

/** Numbered lines of an in-memory text (tests, small inputs). */
export function* linesOf(text: string): Generator<NumberedLine> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; i++) yield { line: i + 1, text: lines[i].replace(/\r$/, '') };
}
