/**
 * Writes one facts document to the graph in ONE transaction: the article is in the graph whole
 * or not at all. The document is validated first (nothing is written when it fails), and the
 * statements are MERGEs on deterministic keys, so writing the same document again changes
 * nothing and the same call from a second article gains only a second REPORTS edge.
 *
 * @example
 *   const report = await writeFacts(store, facts);
 *   // { articleId: 'art_07c8ae4b511719ab', statements: 9 (those with rows), nodesCreated: …, … }; written again: nodesCreated 0, relationshipsCreated 0
 */
import { parseFactsDocument } from '../facts/facts-document.js';
import { buildFactStatements } from './build-fact-statements.js';
import type { GraphStore, StatementEvent } from './graph-store.js';

export interface WriteReport {
  articleId: string;
  statements: number;
  /** From the server's summary counters, summed over the committed transaction. */
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

export interface WriteFactsOptions {
  /** Length of the article body, stored on the Article node when known. */
  textLength?: number | null;
}

export async function writeFacts(store: GraphStore, facts: unknown, options: WriteFactsOptions = {}): Promise<WriteReport> {
  const document = parseFactsDocument(facts);
  // A statement with no rows would change nothing but still cost a round trip: leave it out.
  const statements = buildFactStatements(document, options).filter((s) => !Array.isArray(s.params.rows) || s.params.rows.length > 0);
  const events: StatementEvent[] = [];
  await store.observed((e) => events.push(e)).writeAll(statements);
  // The driver may retry a transaction after a transient error: only the last attempt committed.
  const committed = events.slice(-statements.length);
  const sum = (key: string) => committed.reduce((n, e) => n + (e.updates?.[key] ?? 0), 0);
  return {
    articleId: document.source.id,
    statements: statements.length,
    nodesCreated: sum('nodesCreated'),
    relationshipsCreated: sum('relationshipsCreated'),
    propertiesSet: sum('propertiesSet'),
    labelsAdded: sum('labelsAdded'),
  };
}
