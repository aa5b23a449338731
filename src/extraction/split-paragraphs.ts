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
const INDENT = /^[ \t\u00a0]{2}/;

/** The lines of body[from, to) as [start, end) without their line feeds. */
function linesOf(body: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  LINE.lastIndex = from;
  for (let m = LINE.exec(body); m && m.index < to; m = LINE.exec(body)) {
    const end = Math.min(to, m.index + m[0].replace(/\r?\n$/, '').length);
    out.push([m.index, end]);
    if (m[0].length === 0) break;
  }
  return out;
}

/** Splits one blank-line block into paragraphs: at indented lines, or at every line when the block is line-wise. */
function splitBlock(body: string, from: number, to: number): Array<[number, number]> {
  // A block of one line (every block of a text laid out with blank lines) is one paragraph, read no further.
  const feed = body.indexOf('\n', from);
  if (feed < 0 || feed >= to) return [[from, to]];
  const lines = linesOf(body, from, to).filter(([s, e]) => body.slice(s, e).trim());
  if (lines.length < 2) return [[from, to]];
  const ends = lines.filter(([s, e]) => PARAGRAPH_RULES.lineWise.pattern.test(body.slice(s, e))).length;
  if (ends / lines.length >= LINE_WISE_SHARE) return lines;
  // Most lines indented: a hanging indent (a numbered item, a quoted block), not wire paragraphs.
  const indentedLines = lines.filter(([s]) => INDENT.test(body.slice(s, s + 2))).length;
  if (indentedLines * 2 > lines.length) return [[from, to]];
  const out: Array<[number, number]> = [];
  let start = from;
  const indented = new RegExp(PARAGRAPH_RULES.indentedLine.pattern.source, 'g');
  for (const m of body.slice(from, to).matchAll(indented)) {
    const at = from + m.index;
    if (body.slice(start, at).trim()) out.push([start, at]);
    start = at + m[0].length;
  }
  out.push([start, to]);
  return out;
}

/** The paragraphs of `body` as [start, end) spans, in order (a span may be white space only). */
export function splitParagraphs(body: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const breaks = new RegExp(PARAGRAPH_RULES.blankLine.pattern.source, 'g');
  let start = 0;
  for (const m of body.matchAll(breaks)) {
    blocks.push([start, m.index]);
    start = m.index + m[0].length;
  }
  blocks.push([start, body.length]);
  return blocks.flatMap(([s, e]) => splitBlock(body, s, e));
}
