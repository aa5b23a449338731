/**
 * Paragraphs of a body, in the three layouts news arrives in: blank lines between paragraphs; wire
 * copy wrapped at a fixed width whose paragraphs open with an indented line ("    WASHINGTON, April
 * 13 - …"); and web copy that puts one paragraph per line with no blank line between them. Every
 * rule that reads "earlier in the same paragraph" depends on this: a body read as one paragraph
 * lets a date or a subject reach across the whole story.
 *
 * @example
 *   splitParagraphs('Biden met Scholz.\nMacron met Sanchez on Monday.') // two paragraphs
 */
import type { Rule } from './extraction-types.js';

export const PARAGRAPH_RULES = {
  blankLine: {
    id: 'paragraph.blank-line',
    example: 'Biden met Scholz.\n\nMacron met Sanchez on Monday.',
    reason: 'A blank line ends a paragraph in every layout.',
    pattern: /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g,
  },
  indentedLine: {
    id: 'paragraph.indented-line',
    example: '    PARIS, May 2 - Chirac met Kohl\ntoday in Paris.\n    Kohl said ...',
    reason: 'Wire copy wraps its lines at a fixed width and opens each paragraph with an indented line; a block whose lines are mostly indented is a hanging indent (a numbered item), one paragraph.',
    pattern: /\r?\n(?=[ \t\u00a0]{2,}\S)/g,
  },
  lineWise: {
    id: 'paragraph.line-per-paragraph',
    example: 'Biden met Scholz on Monday.\nOn Tuesday Macron spoke with Sanchez.',
    reason: 'When most lines of a block end a sentence, the block was not wrapped at a width: each line is a paragraph.',
    pattern: /[.!?:]["'”’»)\]]*[ \t\u00a0]*$/,
  },
} satisfies Record<string, Rule>;

/** Share of a block's lines that must end a sentence for each line to be read as a paragraph. */
const LINE_WISE_SHARE = 0.6;
const LINE = /[^\r\n]*(?:\r?\n|$)/g;
const SPACE = /\s/;

/** The lines of body[from, to) as [start, end) without their line feeds. */
function linesOf(body: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const cr = body.indexOf('\r', from);
  if (cr < 0 || cr >= to) {
    // No carriage return in the block: a line runs to the next line feed (the expression below, without its match objects).
    for (let start = from; start < to;) {
      let feed = body.indexOf('\n', start);
      if (feed < 0) feed = body.length;
      out.push([start, Math.min(to, feed)]);
      if (feed === body.length && start === feed) break;
      start = feed + 1;
    }
    return out;
  }
  LINE.lastIndex = from;
  for (let m = LINE.exec(body); m && m.index < to; m = LINE.exec(body)) {
    const end = Math.min(to, m.index + m[0].replace(/\r?\n$/, '').length);
    out.push([m.index, end]);
    if (m[0].length === 0) break;
  }
  return out;
}

/** Whether body[s, e) holds only white space (as `trim` reads it), read without a copy. */
function isBlank(body: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE.test(body[i])) return false;
  }
  return true;
}

/** Whether the line at `s` opens with two spaces, tabs or no-break spaces. */
function isIndented(body: string, s: number): boolean {
  const a = body.charCodeAt(s);
  const b = body.charCodeAt(s + 1);
  return (a === 32 || a === 9 || a === 0xa0) && (b === 32 || b === 9 || b === 0xa0);
}

/** Copies of the rules' patterns for this file's own searches (exec moves their lastIndex). */
const BLANK_LINE = new RegExp(PARAGRAPH_RULES.blankLine.pattern.source, 'g');
const INDENTED_LINE = new RegExp(PARAGRAPH_RULES.indentedLine.pattern.source, 'g');

/** Splits one blank-line block into paragraphs, onto `out`: at indented lines, or at every line when the block is line-wise. */
function splitBlock(body: string, from: number, to: number, out: Array<[number, number]>): void {
  // A block of one line (every block of a text laid out with blank lines) is one paragraph, read no further.
  const feed = body.indexOf('\n', from);
  if (feed < 0 || feed >= to) { out.push([from, to]); return; }
  const lines = linesOf(body, from, to).filter(([s, e]) => !isBlank(body, s, e));
  if (lines.length < 2) { out.push([from, to]); return; }
  const ends = lines.filter(([s, e]) => PARAGRAPH_RULES.lineWise.pattern.test(body.slice(s, e))).length;
  if (ends / lines.length >= LINE_WISE_SHARE) { out.push(...lines); return; }
  // Most lines indented: a hanging indent (a numbered item, a quoted block), not wire paragraphs.
  const indentedLines = lines.filter(([s]) => isIndented(body, s)).length;
  if (indentedLines * 2 > lines.length) { out.push([from, to]); return; }
  let start = from;
  const block = body.slice(from, to);
  INDENTED_LINE.lastIndex = 0;
  for (let m = INDENTED_LINE.exec(block); m; m = INDENTED_LINE.exec(block)) {
    const at = from + m.index;
    if (body.slice(start, at).trim()) out.push([start, at]);
    start = at + m[0].length;
  }
  out.push([start, to]);
}

/** The paragraphs of `body` as [start, end) spans, in order (a span may be white space only). */
export function splitParagraphs(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(body); m; m = BLANK_LINE.exec(body)) {
    splitBlock(body, start, m.index, out);
    start = m.index + m[0].length;
  }
  splitBlock(body, start, body.length, out);
  return out;
}
