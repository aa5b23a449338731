/**
 * splitParagraphs (src/extraction/split-paragraphs.ts) reads lines by walking line feeds; it must
 * give the spans its earlier, regular-expression reading gave (kept here as the reference) on
 * real texts, hostile ones and made-up layouts with carriage returns, odd spaces and indents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARAGRAPH_RULES, splitParagraphs } from '../../src/extraction/split-paragraphs.js';
import { ADVERSARIAL_CLASSES, adversarialText } from '../helpers/adversarial-texts.js';

function reference(body: string): Array<[number, number]> {
  const LINE = /[^\r\n]*(?:\r?\n|$)/g;
  const linesOf = (from: number, to: number) => {
    const out: Array<[number, number]> = [];
    LINE.lastIndex = from;
    for (let m = LINE.exec(body); m && m.index < to; m = LINE.exec(body)) {
      out.push([m.index, Math.min(to, m.index + m[0].replace(/\r?\n$/, '').length)]);
      if (m[0].length === 0) break;
    }
    return out;
  };
  const splitBlock = (from: number, to: number): Array<[number, number]> => {
    const feed = body.indexOf('\n', from);
    if (feed < 0 || feed >= to) return [[from, to]];
    const lines = linesOf(from, to).filter(([s, e]) => body.slice(s, e).trim());
    if (lines.length < 2) return [[from, to]];
    const ends = lines.filter(([s, e]) => PARAGRAPH_RULES.lineWise.pattern.test(body.slice(s, e))).length;
    if (ends / lines.length >= 0.6) return lines;
    if (lines.filter(([s]) => /^[ \t\u00a0]{2}/.test(body.slice(s, s + 2))).length * 2 > lines.length) return [[from, to]];
    const out: Array<[number, number]> = [];
    let start = from;
    for (const m of body.slice(from, to).matchAll(new RegExp(PARAGRAPH_RULES.indentedLine.pattern.source, 'g'))) {
      const at = from + m.index;
      if (body.slice(start, at).trim()) out.push([start, at]);
      start = at + m[0].length;
    }
    out.push([start, to]);
    return out;
  };
  const blocks: Array<[number, number]> = [];
  let start = 0;
  for (const m of body.matchAll(new RegExp(PARAGRAPH_RULES.blankLine.pattern.source, 'g'))) {
    blocks.push([start, m.index]);
    start = m.index + m[0].length;
  }
  blocks.push([start, body.length]);
  return blocks.flatMap(([s, e]) => splitBlock(s, e));
}

const fixtures = (name: string) => {
  const dir = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
};

/** Made-up bodies from lines of our own, joined every way the layouts allow. */
function madeUp(): string[] {
  const lines = ['Kovac met Lindqvist on Monday.', '    OSLO, June 3 - The two ministers', 'spoke about fisheries', '\u2003', '  1. Both sides agreed', '', ' \u00a0', 'A caption', '\ufeffStart', 'Done!'];
  const joins = ['\n', '\r\n', '\r', '\n\n', '\n \n', '\r\n\r\n', '\n\u2003\n'];
  const out: string[] = [];
  let seed = 7;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let k = 0; k < 400; k++) {
    let body = '';
    const count = 1 + next(8);
    for (let i = 0; i < count; i++) body += lines[next(lines.length)] + (i < count - 1 || next(2) ? joins[next(joins.length)] : '');
    out.push(body);
  }
  return out;
}

describe('splitParagraphs against its regular-expression reference', () => {
  it.each([
    ['real texts', () => [...fixtures('corpus'), ...fixtures('news-open')]],
    ['hostile texts', () => ADVERSARIAL_CLASSES.map((c) => adversarialText(c.id, 3_000))],
    ['made-up layouts', madeUp],
  ])('gives the same spans on %s', (_name, texts) => {
    for (const body of texts()) expect(splitParagraphs(body)).toEqual(reference(body));
  });
});
