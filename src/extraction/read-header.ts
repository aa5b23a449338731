/**
 * Stage 1 — header and metadata. Reads the optional first line `date YYYY-MM-DD`, removes it
 * from the body, and builds `scan`, the one-for-one normalised copy of the body every later
 * stage searches (see extraction-types.ts for the offset contract).
 *
 * @example
 *   readHeader('date 2022-03-02\nTitle\n\nBody.', {}).publishedOn // '2022-03-02'
 */
import type { Article } from './extraction-types.js';

import { isCalendarDate } from '../facts/calendar-date.js';

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t\u00a0]*\r?\n|[ \t\u00a0]+|$)/;

/** Characters replaced one-for-one so offsets in `scan` equal offsets in `body`. */
const REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ', '\n': ' ', '\r': ' ', '\t': ' ', '\u2009': ' ', '\u202f': ' ',
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-',
};

/**
 * What scanText rewrites, found in one pass: a blank line (paragraph break, whose line feeds are
 * kept so names and titles never run across it), a character to replace, or an astral character
 * (two UTF-16 units, padded to two spaces to keep the length).
 */
const SCANNED = new RegExp(`\\n[ \\t\\u00a0\\r]*\\n|[${Object.keys(REPLACEMENTS).join('')}]|[\\ud800-\\udbff][\\udc00-\\udfff]`, 'g');

const replaceOne = (ch: string) => REPLACEMENTS[ch] ?? ' '.repeat(ch.length);

export function scanText(body: string): string {
  return body.replace(SCANNED, (m) => (m.length > 1 && m[0] === '\n' ? `\n${m.slice(1, -1).replace(/./gs, replaceOne)}\n` : replaceOne(m)));
}

/** An article whose `date` first line names a day that does not exist; the caller's to fix. */
export class ArticleDateError extends Error {
  readonly code = 'BAD_USER_INPUT';
  readonly field = 'text';
}

export function readHeader(
  input: string,
  opts: { publishedOn?: string; title?: string; url?: string },
): Article {
  const match = HEADER.exec(input);
  if (match && !isCalendarDate(match[1])) {
    throw new ArticleDateError(`article text starts with "date ${match[1]}", which is not a real calendar date (expected YYYY-MM-DD)`);
  }
  const headerLength = match ? match[0].length : 0;
  const body = input.slice(headerLength);
  const scan = scanText(body);
  const firstBreak = body.search(/\r?\n[ \t\u00a0]*\r?\n/);
  const firstPara = firstBreak < 0 ? body : body.slice(0, firstBreak);
  const looksLikeTitle = firstPara.trim().length > 0 && !firstPara.includes('\n') && !/[.!?]["'”’]?\s*$/.test(firstPara.trim()) && body.length > firstPara.length;
  return {
    input,
    body,
    scan,
    headerLength,
    publishedOn: opts.publishedOn ?? match?.[1] ?? null,
    title: opts.title ?? (looksLikeTitle ? firstPara.trim() : null),
    url: opts.url,
    sentences: [],
    countries: [],
    actors: [],
    mentions: [],
    roles: [],
    authors: [],
    quotes: [],
    dates: [],
    calls: [],
    tweets: [],
    commitments: [],
    incidents: [],
  };
}
