import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { articleId, callId, normaliseSlowly, normaliseText } from '../../src/facts/fact-ids.js';

const corpus = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));

/** A small deterministic generator (no Math.random: a failure must repeat). */
function generator(seed: number) {
  let x = seed;
  return (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
}

describe('normaliseText: one pass that gives what the eight-pass definition gives', () => {
  it('agrees with the definition on the dev corpus and the seed', () => {
    const texts = [...corpus('tests/fixtures/corpus'), ...corpus('seeds')];
    for (const text of texts) expect(normaliseText(text)).toBe(normaliseSlowly(text));
  });

  it('folds quotes, dashes, accents, marks and white space as the definition does (sentences written for this test)', () => {
    const cases = [
      'Ministerin Zoë Brünnhilde  said: “We’ll meet in Ørsted’s café” — not `later`…',
      '  \t\u00a0Ĳssel\u2003and\u00b4 \u0301 Štěpán ½ ﬁne \u2028 €5 ‰  ',
      'a\u0301b \u0301\u0301 c\u00a8\u00a8d',
      'ΣΟΦΟΣ Σ and 東京 and 😀 and İstanbul',
      '',
      '   ',
      'plain ascii text. with a full stop',
    ];
    for (const text of cases) expect(normaliseText(text)).toBe(normaliseSlowly(text));
    expect(normaliseText('“Quoted” – Zoë’s\n\ncafé ')).toBe('"quoted" - zoe\'s cafe');
  });

  it('agrees with the definition on random mixtures of the characters it reads and some it does not', () => {
    const pieces = [
      'a', 'B', ' ', '  ', '\n', '\t', '`', "'", '"', '.', '-', '\u00a0', '\u00b4', '\u00a8', '\u00e9', '\u00c9', '\u0301', '\u0327',
      '\u2019', '\u201c', '\u2014', '\u2026', '\u2003', '\u2028', '\u200b', '\u0132', '\u00df', '\u0130', '\u20ac', '\u03a3', '\u4e00', '\ud83d\ude00',
    ];
    const next = generator(7);
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = next(12);
      for (let i = 0; i < length; i++) text += pieces[next(pieces.length)];
      expect(normaliseText(text)).toBe(normaliseSlowly(text));
    }
  });

  it('agrees with the definition on every character it reads, alone and between letters and spaces', () => {
    for (const [from, to] of [[0, 0x24f], [0x300, 0x36f], [0x2000, 0x206f], [0x20a0, 0x20cf]]) {
      for (let code = from; code <= to; code++) {
        const ch = String.fromCharCode(code);
        for (const text of [ch, `Ab${ch}Cd`, ` ${ch} `, `x ${ch}${ch} y`, `\u00e9${ch}\u0301`]) expect(normaliseText(text)).toBe(normaliseSlowly(text));
      }
    }
  });

  it('keeps the ids a Hash object gave (the one-shot hash is the same SHA-256)', () => {
    const sha = (parts: string[]) => createHash('sha256').update(parts.join('\u241f')).digest('hex').slice(0, 16);
    const body = 'Premier Ilsa Brandt of Norvania met President Oskar Lind on Friday.';
    expect(articleId(body, '2031-05-14')).toBe(`art_${sha([normaliseSlowly(body), '2031-05-14'])}`);
    expect(callId(['oskar-lind', 'ilsa-brandt'], '2031-05-13', 'art_x')).toBe(`call_${sha(['ilsa-brandt', 'oskar-lind', '|', '2031-05-13'])}`);
  });
});
