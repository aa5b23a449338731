/**
 * The article's REPORTS edges to a fact, one per evidence item keyed by the quote's start offset,
 * and the rows they are written from (`row.evidence`).
 */
import type { Evidence } from '../../facts/facts-document.js';

export const REPORTS = (node: string) => `FOREACH (e IN row.evidence |
  MERGE (art)-[r:REPORTS {start: toInteger(e.start)}]->(${node})
  SET r.end = toInteger(e.end), r.quote = e.quote, r.sentence = toInteger(e.sentence), r.rule = e.rule)`;

/** A fact's evidence as `row.evidence`. */
export function evidenceRows(evidence: Evidence[]) {
  return evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end, sentence: e.sentence ?? null, rule: e.rule }));
}
