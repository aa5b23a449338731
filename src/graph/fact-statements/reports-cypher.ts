/**
 * The article's REPORTS edges to a fact, one per evidence item keyed by the quote's start offset,
 * and the rows they are written from (`row.evidence`).
 */
import type { Evidence } from '../../facts/facts-document.js';

export const REPORTS = (node: string, when?: string) => `FOREACH (e IN ${when ? `CASE WHEN ${when} THEN row.evidence ELSE [] END` : 'row.evidence'} |
  MERGE (art)-[r:REPORTS {start: toInteger(e.start)}]->(${node})
  SET r.end = toInteger(e.end), r.quote = e.quote, r.sentence = toInteger(e.sentence), r.rule = e.rule)`;

/**
 * The same edges as `REPORTS`, from an article to a fact node made in this statement (so without
 * looking for an edge it cannot have yet), when `when` holds. The row's evidence must hold each
 * start once (`lastPerStart`): MERGE keyed by the start would make one edge of two.
 */
export const REPORTS_NEW = (node: string, when: string) => `FOREACH (e IN CASE WHEN ${when} THEN row.evidence ELSE [] END |
  CREATE (art)-[:REPORTS {start: toInteger(e.start), end: toInteger(e.end), quote: e.quote, sentence: toInteger(e.sentence), rule: e.rule}]->(${node}))`;

/** A fact's evidence as `row.evidence`. */
export function evidenceRows(evidence: Evidence[]) {
  return evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end, sentence: e.sentence ?? null, rule: e.rule }));
}

/**
 * Evidence rows with each start once, the last of a start kept (in the place of its first): what
 * `REPORTS`' MERGE on the start and SET of the rest leave, so `REPORTS_NEW` writes the same edges.
 */
export function lastPerStart<T extends { start: number }>(rows: T[]): T[] {
  const byStart = new Map<number, T>();
  for (const row of rows) byStart.set(row.start, row);
  return byStart.size === rows.length ? rows : [...byStart.values()];
}
