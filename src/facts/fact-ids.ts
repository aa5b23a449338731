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
import { createHash } from 'node:crypto';

function digest(parts: Array<string | null | undefined>): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u241f'))
    .digest('hex')
    .slice(0, 16);
}

/** Folds case, diacritics, quotes and white space so trivially different texts hash alike. */
export function normaliseText(text: string): string {
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
