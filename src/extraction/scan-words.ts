/**
 * The words of a text as the gazetteer matchers read them — runs of letters and digits, a leading
 * "@" or "#" kept (/[@#]?[\p{L}\p{N}]+/gu) — found by one walk over the character codes instead
 * of a regular expression's match objects, a kind looked up once per UTF-16 unit. The leaders',
 * surnames' and institutions' indexes all read the same article, so the last text's words are kept
 * and handed out again.
 *
 * @example
 *   scanWords('Biden met @ZelenskyyUa.') // → { starts: [0, 6, 10], ends: [5, 9, 23] }
 */

export interface Words {
  starts: number[];
  ends: number[];
  /** wordHash of each word. */
  hashes: Uint16Array;
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

/** The words of `text` with the hash of each (scanWords, which works them out on the way). */
export function wordHashes(text: string): Words {
  return scanWords(text);
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
export function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return isWordUnit(code) ? 1 : 0;
}

let lastText: string | undefined;
let lastWords: Words = { starts: [], ends: [], hashes: new Uint16Array(0) };

/** The words of `text`, each with its wordHash (worked out on the way). */
export function scanWords(text: string): Words {
  if (text === lastText) return lastWords;
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = kindOf(text.charCodeAt(i));
    const start = i;
    let h = 0;
    if (k === 2 || k === 4) {
      // "@" or "#" right before a letter or digit opens the word.
      const code = text.charCodeAt(i);
      if ((code !== 64 && code !== 35) || i + 1 >= n || !wordCharAt(text, i + 1)) { i++; continue; }
      h = code;
      k = kindOf(text.charCodeAt(++i));
    } else if (k === 3 && wordCharAt(text, i) !== 2) { i++; continue; }
    for (;;) {
      if (k === 3) {
        if (wordCharAt(text, i) !== 2) break;
        h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
        i++;
      } else if (k !== 1) break;
      h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      if (++i >= n) break;
      k = kindOf(text.charCodeAt(i));
    }
    starts.push(start);
    ends.push(i);
    hashes.push((h ^ (h >>> 16)) & 0xffff);
  }
  lastText = text;
  lastWords = { starts, ends, hashes: Uint16Array.from(hashes) };
  return lastWords;
}

/** Per 12-bit word hash: the turn of the last call of hyphenatedWords that had a head with that hash. */
const headTurns = new Uint32Array(1 << 12);
let headTurn = 0;

/** Per UTF-16 unit: 0 not looked at yet, 1 a letter or digit, 2 a hyphen, 3 a high surrogate, 4 anything else. */
const unitKind = new Uint8Array(0x10000);
function kindOf(code: number): number {
  let k = unitKind[code];
  if (k === 0) unitKind[code] = k = code === 45 ? 2 : code >= 0xd800 && code <= 0xdbff ? 3 : isWordUnit(code) ? 1 : 4;
  return k;
}

/**
 * The words of `text` as /[\p{L}\p{N}][\p{L}\p{N}-]*\/gu finds them (hyphens inside and after a
 * word are part of it) that may be one of `heads`, as [start, end, start, end, …]: one walk over the
 * character codes, and a word is kept only when its hash is a head's (the caller compares the text),
 * where the expression's match objects cost one allocation per word.
 *
 * @example
 *   hyphenatedWords('Kuleba-led talks; Kuleba said', ['Kuleba']) // → [18, 24] (and any word hashing alike)
 */
export function hyphenatedWords(text: string, heads: Iterable<string>): number[] {
  if (headTurn === 0xffffffff) { headTurns.fill(0); headTurn = 0; }
  const turn = ++headTurn;
  let any = false;
  for (const head of heads) { headTurns[wordHash(head, 0, head.length) & 0xfff] = turn; any = true; }
  const out: number[] = [];
  if (!any) return out;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = kindOf(text.charCodeAt(i));
    // A word starts at a letter or digit (a surrogate pair counts when it is one).
    if (k !== 1 && !(k === 3 && wordCharAt(text, i) === 2)) { i++; continue; }
    const start = i;
    let h = 0;
    for (;;) {
      if (k === 3) {
        if (wordCharAt(text, i) !== 2) break;
        h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
        i++;
      } else if (k === 4) break;
      h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      if (++i >= n) break;
      k = kindOf(text.charCodeAt(i));
    }
    if (headTurns[(h ^ (h >>> 16)) & 0xfff] === turn) out.push(start, i);
  }
  return out;
}
