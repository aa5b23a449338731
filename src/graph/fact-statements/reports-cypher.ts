/**
 * The article's REPORTS edges to a fact, one per evidence item keyed by the quote's start offset,
 * and the rows they are written from (`row.evidence`).
 */
import type { Evidence } from '../../facts/facts-document.js';
import { mergedEdges, type RowEdge } from './row-edges.js';

/**
 * The article's REPORTS edges to fact node `node`, one per evidence item of the row. Written with
 * CREATE (row-edges.ts, `bothWays`), the row's evidence must hold each start once (`lastPerStart`):
 * MERGE keyed by the start would make one edge of two.
 */
export const reportsEdge = (node: string): RowEdge => ({
  item: 'e',
  list: 'row.evidence',
  from: 'art',
  type: 'REPORTS',
  to: node,
  key: { start: 'toInteger(e.start)' },
  set: { end: 'toInteger(e.end)', quote: 'e.quote', sentence: 'toInteger(e.sentence)', rule: 'e.rule' },
});

/** The REPORTS edges MERGEd by their start (where `when` holds, when given). */
export const REPORTS = (node: string, when?: string) => mergedEdges(reportsEdge(node), when);

/** A fact's evidence as `row.evidence`. */
export function evidenceRows(evidence: Evidence[]) {
  return evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end, sentence: e.sentence ?? null, rule: e.rule }));
}

/**
 * Evidence rows with each start once, the last of a start kept (in the place of its first): what
 * `REPORTS`' MERGE on the start and SET of the rest leave, so the CREATEd branch of a fresh fact
 * (`bothWays(reportsEdge(…))`, row-edges.ts) writes the same edges.
 */
export function lastPerStart<T extends { start: number }>(rows: T[]): T[] {
  const byStart = new Map<number, T>();
  for (const row of rows) byStart.set(row.start, row);
  return byStart.size === rows.length ? rows : [...byStart.values()];
}
