/**
 * One statement of the article write, whole in one module: its Cypher, the rows a facts document
 * gives it, and how the rows of a batch's documents combine (its dedupe rule). The statements, in
 * the order they run, are listed in fact-statements.ts.
 *
 * @example
 *   export const incidentsStatement = factStatement({ name: 'incidents', cypher: `UNWIND $rows AS row …`, rows: ({ facts }) => … });
 */
import type { FactsDocument } from '../../facts/facts-document.js';

export type Row = Record<string, unknown>;

/** How a statement that writes article edges starts: each row, with its article bound to `art`. */
export const ARTICLE_ROWS = `UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})`;

/** What a validated facts document gives every statement. */
export interface DocumentInput {
  facts: FactsDocument;
  articleId: string;
  /** Length of the article body, when the caller has the text. */
  textLength: number | null;
}

/** The rows one document of a batch gave a statement, with the document's article. */
export interface DocumentRowsOf {
  articleId: string;
  rows: Row[];
}

export interface FactStatement<Name extends string = string> {
  readonly name: Name;
  /** Fixed text: no value is ever part of it, so the server plans it once. */
  readonly cypher: string;
  /** The list the Cypher UNWINDs: `$rows`, or `$articles` for the article's own statements. */
  readonly list: 'rows' | 'articles';
  /** Parameters besides the list that the Cypher names (constants, never document values). */
  readonly params: Record<string, unknown>;
  /** The rows one document contributes; rows that write an article edge carry `articleId`. */
  rows(input: DocumentInput): Row[];
  /** The rows of a batch from each document's rows, in document order. */
  combine(documents: DocumentRowsOf[]): Row[];
}

/** A statement with the defaults filled in: `$rows`, no other parameters, rows concatenated. */
export function factStatement<Name extends string>(
  spec: Pick<FactStatement<Name>, 'name' | 'cypher' | 'rows'> & Partial<FactStatement<Name>>,
): FactStatement<Name> {
  return { list: 'rows', params: {}, combine: concatenated, ...spec };
}

function concatenated(documents: DocumentRowsOf[]): Row[] {
  return documents.flatMap((d) => d.rows);
}
