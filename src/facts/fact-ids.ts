/**
 * Deterministic keys for the graph's nodes. The same fact extracted from two articles gets the
 * same id, so the writer's MERGE folds them into one node with two REPORTS edges.
 *
 * Calls are keyed by their sorted participants and their date, not by medium: two readouts of one
 * call often describe the medium differently ("spoke with" vs "phone call"). A call whose date is
 * unknown cannot safely be matched on its key alone, so its key includes the article id; the
 * writer joins it to a dated call of the same participants published close to it
 * (src/graph/same-contact-cypher.ts).
 */
import * as crypto from 'node:crypto';

/** SHA-256 as hex: the one-shot crypto.hash where Node has it (20.12+, a third of the cost for an article body), else a Hash object. */
const sha256 = typeof (crypto as { hash?: unknown }).hash === 'function'
  ? (data: string) => (crypto as unknown as { hash: (algorithm: string, data: string, encoding: 'hex') => string }).hash('sha256', data, 'hex')
  : (data: string) => crypto.createHash('sha256').update(data).digest('hex');

function digest(parts: Array<string | null | undefined>): string {
  return sha256(parts.map((p) => p ?? '').join('\u241f')).slice(0, 16);
}

/** Folds case, diacritics, quotes and white space so trivially different texts hash alike. */
export function normaliseText(text: string): string {
  return foldedFast(text) ?? normaliseSlowly(text);
}

/** The definition: eight passes over the text (normaliseText gives the same in one, when it can). */
export function normaliseSlowly(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/[\u2012-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * What one character becomes before the white space is folded and the case lowered: the steps of
 * normaliseSlowly up to the white space, applied to that character alone. Read once for the
 * characters of Latin text (ASCII, Latin-1 and Latin Extended, the combining diacritics, general
 * punctuation, currency signs); any other character sends the text down the slow path. A character
 * alone gives what it gives in a text: these are starters or marks, and every mark is removed, so
 * the canonical reordering of NFKD cannot move anything that stays; lower-casing, the last step,
 * is done on the whole text, as there (Greek's final sigma is the case that depends on context).
 */
const SAME = 0;
const MAPPED = 1;
const SPACE = 2;
const GONE = 3;
const UNKNOWN = 4;
const FOLD_RANGES: Array<[number, number]> = [[0x0000, 0x024f], [0x0300, 0x036f], [0x2000, 0x206f], [0x20a0, 0x20cf]];
const FOLD_END = 0x20d0;
const foldKind = new Uint8Array(FOLD_END).fill(UNKNOWN);
const foldTo: string[] = [];
for (const [from, to] of FOLD_RANGES) {
  for (let code = from; code <= to; code++) {
    const ch = String.fromCharCode(code);
    const folded = ch
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u2018\u2019\u201b`´]/g, "'")
      .replace(/[\u201c\u201d\u201e«»]/g, '"')
      .replace(/[\u2012-\u2015]/g, '-');
    if (folded === '') foldKind[code] = GONE;
    else if (/^\s+$/.test(folded)) foldKind[code] = SPACE;
    else if (/\s/.test(folded)) continue; // part space, part not: not read here
    else if (folded === ch) foldKind[code] = SAME;
    else { foldKind[code] = MAPPED; foldTo[code] = folded; }
  }
}

/**
 * normaliseSlowly(text) in one pass, copying the runs that stay as they are; null when the text
 * holds a character the table does not know.
 */
function foldedFast(text: string): string | null {
  let out = '';
  let from = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const kind = code < FOLD_END ? foldKind[code] : UNKNOWN;
    if (kind === SAME) continue;
    if (kind === MAPPED) {
      out += text.slice(from, i) + foldTo[code];
      from = i + 1;
      continue;
    }
    if (kind === UNKNOWN) return null;
    // A run of white space and removed marks: one space if it holds any white space, else nothing.
    let j = i;
    let spaces = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      const k = c < FOLD_END ? foldKind[c] : UNKNOWN;
      if (k === SPACE) spaces++;
      else if (k !== GONE) break;
    }
    if (!(j === i + 1 && code === 32)) {
      out += text.slice(from, i) + (spaces ? ' ' : '');
      from = j;
    }
    i = j - 1;
  }
  return (from === 0 ? text : out + text.slice(from)).trim().toLowerCase();
}

/** A slug of a canonical name: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
export function actorId(name: string): string {
  return normaliseText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An article is what determines its facts: its normalised body and the publication date its
 * relative dates ("on Tuesday") resolve against. The same text with another date is another
 * Article, so no Article mixes facts resolved against two dates; the same text with the same date
 * (as a `date` first line, `--date` or the API's publishedOn) is the same Article, and ingesting it
 * again changes nothing. Without a date the id is that of the text alone.
 *
 * @example
 *   articleId('Biden spoke to Scholz on Tuesday.', '2022-03-02') !== articleId('Biden spoke to Scholz on Tuesday.', '2022-03-09')
 */
export function articleId(body: string, publishedOn: string | null = null): string {
  return `art_${digest(publishedOn ? [normaliseText(body), publishedOn] : [normaliseText(body)])}`;
}

export function callId(participants: string[], date: string | null, articleKey: string): string {
  const sorted = [...new Set(participants)].sort();
  return `call_${digest([...sorted, '|', date ?? `undated:${articleKey}`])}`;
}

export function tweetId(author: string, text: string): string {
  const words = normaliseText(text).replace(/[^\p{L}\p{N}@# ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return `tw_${digest([author, words])}`;
}

/** What identifies a commitment: who made it (an actor, else a country), its kind, whom it concerns and when. */
export interface CommitmentKey {
  by: string | null;
  byCountry: string | null;
  kind: string;
  target: string | null;
  beneficiary: string | null;
  date: string | null;
}

export function commitmentId(parts: CommitmentKey): string {
  const { by, byCountry, kind, target, beneficiary, date } = parts;
  return `cm_${digest([by ?? byCountry, kind, target ?? beneficiary, date])}`;
}

export function incidentId(parts: {
  kind: string;
  perpetrator: string | null;
  place: string | null;
  country: string | null;
  date: string | null;
}): string {
  const { kind, perpetrator, place, country, date } = parts;
  return `inc_${digest([kind, perpetrator, place ? normaliseText(place) : country, date])}`;
}
