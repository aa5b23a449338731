/**
 * Part-of-speech tags for an article body from wink-nlp and its npm-shipped English model
 * (wink-eng-lite-web-model; no network at run time). The model is loaded once per process, on first
 * use (about 0.1 s and 25 MB); each token gets its offsets in the text it was read from, so a span found
 * on tags is a span of the body, as every other stage's spans are.
 *
 * Linear in the text: wink reads each sentence once (at most PIECE_LIMIT characters of it), and offsets
 * are found by a forward-only search. A body longer than TAG_LIMIT is tagged only up to it
 * (hostile-input rule: the cost stays bounded).
 *
 * @example
 *   tagBody('Biden met Xi.') // → [{ text: 'Biden', pos: 'PROPN', lemma: 'biden', start: 0, end: 5 }, …]
 */
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';
import type { ItemEntity } from 'wink-nlp';
import type { Model } from 'wink-nlp';

export interface TaggedToken {
  start: number;
  end: number;
  text: string;
  /** Universal part of speech (PROPN, VERB, AUX, ADP, …). */
  pos: string;
  lemma: string;
  /** Lower-cased form. */
  normal: string;
  /** wink's DATE entity covers the token. */
  inDate: boolean;
}

/** The most text one body hands the tagger: well past any news story, and small enough to stay fast. */
export const TAG_LIMIT = 200_000;
/** The most text of one sentence the tagger reads: a sentence of news is far shorter. */
export const PIECE_LIMIT = 2_000;

let nlp: ReturnType<typeof WinkNLP> | undefined;

/**
 * The tagger, loaded once, on first use: a process that never tags (the flag off) never loads the
 * model. Only the parts the clause reader uses run: sentences, part of speech, entities.
 */
export function tagger(): ReturnType<typeof WinkNLP> {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof WinkNLP;
    nlp = winkNLP(require('wink-eng-lite-web-model') as Model, ['sbd', 'pos', 'ner']);
  }
  return nlp;
}

/** Tags one piece of text; offsets are shifted by `offset` into the body. */
function tagPiece(text: string, offset: number, tokens: TaggedToken[]): void {
  const nlp = tagger();
  const its = nlp.its;
  // wink's typings give the lemma function another signature than the other token fields; it is read the same way.
  const lemmaOf = its.lemma as unknown as typeof its.pos;
  const doc = nlp.readDoc(text);
  const dated = new Uint8Array(doc.tokens().length());
  doc.entities().each((e: ItemEntity) => {
    if (e.out(its.type) !== 'DATE') return;
    const [a, b] = e.out(its.span) as [number, number];
    dated.fill(1, a, b + 1);
  });
  let cursor = 0;
  doc.tokens().each((t, i) => {
    const value = t.out();
    // Contractions are split ("didn't" → did + n't) and may be expanded; a token not found nearby keeps the cursor.
    // The search looks only a few characters ahead, so a token that is not found costs O(1), not O(n).
    const near = text.slice(cursor, cursor + value.length + 20).indexOf(value);
    const start = near >= 0 ? cursor + near : cursor;
    const end = near >= 0 ? start + value.length : cursor;
    cursor = end;
    tokens.push({ start: offset + start, end: offset + end, text: value, pos: t.out(its.pos), lemma: t.out(lemmaOf), normal: t.out(its.normal), inDate: dated[i] === 1 });
  });
}

/**
 * Tags the body sentence by sentence (the spans the sentence stage found, in order), each piece at
 * most PIECE_LIMIT characters: wink's cost per document grows faster than its length on long runs
 * of numbers or dates, so bounded pieces keep the whole linear. Without spans, the body is cut into
 * runs of PIECE_LIMIT characters.
 */
export function tagBody(body: string, spans?: ReadonlyArray<{ start: number; end: number }>): TaggedToken[] {
  const limit = Math.min(body.length, TAG_LIMIT);
  const pieces = spans ?? Array.from({ length: Math.ceil(limit / PIECE_LIMIT) }, (_, i) => ({ start: i * PIECE_LIMIT, end: Math.min(limit, (i + 1) * PIECE_LIMIT) }));
  const tokens: TaggedToken[] = [];
  for (const { start, end } of pieces) {
    if (start >= limit) break;
    tagPiece(body.slice(start, Math.min(end, start + PIECE_LIMIT, limit)), start, tokens);
  }
  return tokens;
}
