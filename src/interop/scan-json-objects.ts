/**
 * Cuts a JSON array of objects (pretty-printed over many lines, as PLOVER files are) or a JSON
 * Lines file into one text per top-level object, line by line, so a large file is never parsed
 * whole and each object knows the line it starts on. Only brackets outside strings count.
 *
 * @example
 *   for await (const chunk of scanJsonObjects(readLines(stream))) {
 *     if ('error' in chunk) report(chunk.line, chunk.error); else JSON.parse(chunk.text);
 *   }
 */
import type { NumberedLine, RowError } from './event-record.js';

export type JsonChunk = { line: number; text: string } | RowError;

export async function* scanJsonObjects(lines: AsyncIterable<NumberedLine> | Iterable<NumberedLine>): AsyncGenerator<JsonChunk> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = 0;
  let parts: string[] = [];
  for await (const { line, text } of lines) {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (depth > 0 && inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
      } else if (depth > 0) {
        if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 0) {
            parts.push(text.slice(from, i + 1));
            yield { line: start, text: parts.join('\n') };
            parts = [];
          }
        }
      } else if (ch === '{') {
        depth = 1;
        start = line;
        from = i;
      } else if (!/[\s,[\]]/.test(ch)) {
        // Outside any object only the array's brackets, commas and white space may appear.
        yield { line, error: `unexpected ${JSON.stringify(ch)} between records (expected a JSON object)` };
        break;
      }
    }
    if (depth > 0) {
      parts.push(text.slice(from));
      from = 0;
    }
  }
  if (depth > 0) yield { line: start, error: 'record is not closed before the end of the file' };
}
