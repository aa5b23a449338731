/**
 * Turns facts documents into the fixed statements that write them (fact-statements/): the same
 * statements, in the same order, whatever is written — only their row lists differ. A batch of
 * documents is written by the same statements as one document: each statement's rows from every
 * document, combined by the statement's own batch rule, each row carrying its `articleId`. Pure:
 * no database, no clock. Dangling references inside a document are refused before anything is
 * written.
 *
 * @example
 *   const statements = buildFactStatements(parseFactsDocument(json));
 *   await store.writeAll(statements); // one transaction: the article is in the graph whole or not at all
 *   const batch = buildBatchStatements(docs.map((d) => buildDocumentRows(d))); // many articles, one transaction
 */
import type { FactsDocument } from '../facts/facts-document.js';
import type { ArticleRow } from './fact-statements/article-statement.js';
import { assertReferences } from './fact-statements/assert-references.js';
import type { Row } from './fact-statements/fact-statement.js';
import { FACT_STATEMENTS, type FactStatementName } from './fact-statements/fact-statements.js';
import type { Statement } from './graph-store.js';

export type { ArticleRow } from './fact-statements/article-statement.js';
export type { FactStatementName } from './fact-statements/fact-statements.js';

export interface BuildOptions {
  /** Length of the article body, when the caller has the text. */
  textLength?: number | null;
}

export type NamedStatement = Statement & { name: FactStatementName };

/** What one validated document contributes: its article, and its rows per statement. */
export interface DocumentRows {
  article: ArticleRow;
  rows: Record<FactStatementName, Row[]>;
}

/** The statements that write one document (a batch of one). */
export function buildFactStatements(facts: FactsDocument, options: BuildOptions = {}): NamedStatement[] {
  return buildBatchStatements([buildDocumentRows(facts, options)]);
}

/** The statements that write many documents in one transaction: every document's rows, in document order. */
export function buildBatchStatements(documents: DocumentRows[]): NamedStatement[] {
  return FACT_STATEMENTS.map((statement) => {
    const rows = statement.combine(documents.map((d) => ({ articleId: d.article.id, rows: d.rows[statement.name] })));
    return { name: statement.name, cypher: statement.cypher, params: { [statement.list]: rows, ...statement.params } };
  });
}

/** Validates a document's references and turns it into every statement's rows. */
export function buildDocumentRows(facts: FactsDocument, options: BuildOptions = {}): DocumentRows {
  assertReferences(facts);
  const input = { facts, articleId: facts.source.id, textLength: options.textLength ?? null };
  const rows = Object.fromEntries(FACT_STATEMENTS.map((s) => [s.name, s.rows(input)])) as DocumentRows['rows'];
  return { article: rows.article[0] as unknown as ArticleRow, rows };
}
