/**
 * The word walk the gazetteer matchers read (src/extraction/scan-words.ts) finds the words the
 * regular expression /[@#]?[\p{L}\p{N}]+/gu finds, on real texts, hostile ones and odd Unicode.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWordUnit, scanWords, wordHash, wordHashes } from '../../src/extraction/scan-words.js';
import { ADVERSARIAL_CLASSES, adversarialText } from '../helpers/adversarial-texts.js';

const WORD = /[@#]?[\p{L}\p{N}]+/gu;
const corpus = (name: string) => {
  const dir = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
};

describe('scanning words', () => {
  it.each([
    ['real texts', [...corpus('corpus'), ...corpus('news-open')]],
    ['hostile texts', ADVERSARIAL_CLASSES.map((c) => adversarialText(c.id, 3_000))],
    ['odd Unicode', ['Zelenskyy’s @@ZelenskyyUa #Україна x#tag @ 𝐀𝐁c 😀 a😀b \ud835 lone \udc00 Łódź 12,5 ٣٤ café#', '@', '#x', 'é']],
  ])('finds the words of the regular expression in %s', (_name, texts) => {
    for (const text of texts) {
      const expected = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
      const { starts, ends } = scanWords(text);
      expect(starts.map((s, i) => [s, ends[i]])).toEqual(expected);
    }
  });

  it('answers for one UTF-16 unit what /[\\p{L}\\p{N}]/u answers for it', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (isWordUnit(code) !== /[\p{L}\p{N}]/u.test(String.fromCharCode(code))) throw new Error(`unit ${code.toString(16)}`);
    }
    expect(isWordUnit(NaN)).toBe(false);
  });
});

describe('word hashes', () => {
  it('hash each word as wordHash hashes the same characters anywhere, in 16 bits', () => {
    const text = 'Okafor met Okafor and @Okafor; Łódź 😀 x';
    const { starts, ends, hashes } = wordHashes(text);
    expect(hashes.length).toBe(starts.length);
    starts.forEach((s, w) => expect(hashes[w]).toBe(wordHash(text.slice(s, ends[w]), 0, ends[w] - s)));
    expect(hashes[0]).toBe(hashes[2]);
    for (const h of hashes) expect(h).toBeLessThan(0x10000);
  });
});
