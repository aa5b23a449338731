/**
 * The words of a text as the gazetteer matchers read them — runs of letters and digits, a leading
 * "@" or "#" kept (/[@#]?[\p{L}\p{N}]+/gu) — found by one walk over the character codes instead
 * of a regular expression's match objects. The leaders', surnames' and institutions' indexes all
 * read the same article, so the last text's words are kept and handed out again.
 *
 * @example
 *   scanWords('Biden met @ZelenskyyUa.') // → { starts: [0, 6, 10], ends: [5, 9, 23] }
 */

export interface Words {
  starts: number[];
  ends: number[];
  /** wordHash of each word, worked out on first use (wordHashes). */
  hashes?: Uint16Array;
}

/**
 * A 16-bit hash of text[from, to): equal words hash alike, so an index that keeps the hashes of
 * its words can pass over a word whose hash it lacks without copying it out of the text.
 */
export function wordHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h ^ (h >>> 16)) & 0xffff;
}

/** The words of `text` (scanWords) with the hash of each. */
export function wordHashes(text: string): Words & { hashes: Uint16Array } {
  const words = scanWords(text);
  if (!words.hashes) {
    const { starts, ends } = words;
    const hashes = new Uint16Array(starts.length);
    for (let w = 0; w < starts.length; w++) hashes[w] = wordHash(text, starts[w], ends[w]);
    words.hashes = hashes;
  }
  return words as Words & { hashes: Uint16Array };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit below 0x10000: 0 not looked at yet, 1 a letter or digit, 2 not. */
const unitClass = new Uint8Array(0x10000);

/**
 * Whether one UTF-16 unit, taken alone, is a letter or digit (a lone surrogate is not), as
 * /[\p{L}\p{N}]/u.test(text[i]) answers.
 */
export function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (Number.isNaN(code)) return false;
  let c = unitClass[code];
  if (c === 0) unitClass[code] = c = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

/** Length (1 or 2 units) of the letter or digit code point at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return isWordUnit(code) ? 1 : 0;
}

let lastText: string | undefined;
let lastWords: Words = { starts: [], ends: [] };

export function scanWords(text: string): Words {
  if (text === lastText) return lastWords;
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let start = -1;
    let width = wordCharAt(text, i);
    if (width) start = i;
    else if ((code === 64 || code === 35) && (width = wordCharAt(text, i + 1))) { start = i; i++; }
    if (start < 0) { i += code >= 0xd800 && code <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1; continue; }
    i += width;
    while (i < n && (width = wordCharAt(text, i))) i += width;
    starts.push(start);
    ends.push(i);
  }
  lastText = text;
  lastWords = { starts, ends };
  return lastWords;
}
