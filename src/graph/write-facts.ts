/**
 * Writes facts documents to the graph, many in ONE transaction (`writeFactsBatch`, for bulk
 * loads) or one (`writeFacts`, a batch of one: an ingested article). Either the whole batch is in
 * the graph or none of it. Every document is validated first — nothing is written when one fails,
 * and the error names it — and the statements are MERGEs on deterministic keys, so writing the
 * same documents again changes nothing and the same call from a second article (in the same batch
 * or a later one) gains only a second REPORTS edge — also when one article dates it and the other
 * does not (same-contact-cypher.ts). The contact aggregate is kept in the same transaction
 * (contact-tally-cypher.ts).
 *
 * @example
 *   const report = await writeFacts(store, facts);
 *   // { articleId: 'art_07c8ae4b511719ab', statements: 9 (those with rows), nodesCreated: …, … }; written again: nodesCreated 0, relationshipsCreated 0
 *   const batch = await writeFactsBatch(store, documents); // { articleIds: [...], documents: 50, statements: 9, nodesCreated: …, … }
 */
import { FactsDocumentError, parseFactsDocument } from '../facts/facts-document.js';
import { buildBatchStatements, buildDocumentRows, type DocumentRows } from './build-fact-statements.js';
import { tallyContactsStatement } from './contact-tally-cypher.js';
import type { GraphStore, Statement, StatementEvent } from './graph-store.js';

/** What a write changed, from the server's summary counters summed over the committed transaction. */
export interface WriteCounts {
  statements: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

export interface WriteReport extends WriteCounts {
  articleId: string;
}

export interface BatchWriteReport extends WriteCounts {
  /** The documents' source ids, in the order given. */
  articleIds: string[];
  documents: number;
}

export interface WriteFactsOptions {
  /** Length of the article body, stored on the Article node when known. */
  textLength?: number | null;
}

export interface WriteFactsBatchOptions {
  /** Length of each document's article body (by index), stored on its Article node when known. */
  textLengths?: ReadonlyArray<number | null | undefined>;
}

/** A document of a batch failed validation: names it by index and source id; nothing was written. */
export class FactsBatchError extends FactsDocumentError {
  constructor(
    readonly index: number,
    readonly sourceId: string | null,
    readonly documentProblems: string[],
  ) {
    super(documentProblems.map((p) => `document ${index} (${sourceId ?? 'no source id'}): ${p}`));
  }
}

export async function writeFacts(store: GraphStore, facts: unknown, options: WriteFactsOptions = {}): Promise<WriteReport> {
  // Validation errors of a single document keep their own paths ("calls.0.participants.1: …").
  const rows = buildDocumentRows(parseFactsDocument(facts), options);
  const { articleIds, statements, nodesCreated, relationshipsCreated, propertiesSet, labelsAdded } = await writeRows(store, [rows]);
  return { articleId: articleIds[0], statements, nodesCreated, relationshipsCreated, propertiesSet, labelsAdded };
}

export async function writeFactsBatch(store: GraphStore, documents: readonly unknown[], options: WriteFactsBatchOptions = {}): Promise<BatchWriteReport> {
  return writePreparedBatch(store, prepareFactsBatch(documents, options));
}

/** A batch validated and turned into the statements that write it, not yet sent (`prepareFactsBatch`). */
export interface PreparedBatch {
  articleIds: string[];
  statements: Statement[];
}

/**
 * The first half of `writeFactsBatch`, with no database: validates the documents (a FactsBatchError
 * names the first that fails) and builds the statements. A bulk loader prepares the next batch
 * while Neo4j runs the one before it (bench/load-graph.ts), so this process's share of the work
 * overlaps the server's instead of following it.
 */
export function prepareFactsBatch(documents: readonly unknown[], options: WriteFactsBatchOptions = {}): PreparedBatch {
  return prepareRows(documents.map((doc, index) => validated(doc, index, options.textLengths?.[index])));
}

/**
 * `prepareFactsBatch` in turns: the event loop gets a turn between documents, so a batch built
 * while another is being written does not hold back the driver's replies (a batch of 40 articles
 * takes this process some 100 ms to build; one document's turn, a few ms).
 */
export async function prepareFactsBatchInTurns(documents: readonly unknown[], options: WriteFactsBatchOptions = {}): Promise<PreparedBatch> {
  const rows: DocumentRows[] = [];
  for (const [index, doc] of documents.entries()) {
    if (index > 0) await new Promise((resolve) => setImmediate(resolve));
    rows.push(validated(doc, index, options.textLengths?.[index]));
  }
  return prepareRows(rows);
}

/** The second half of `writeFactsBatch`: the prepared statements in one transaction. */
export async function writePreparedBatch(store: GraphStore, batch: PreparedBatch): Promise<BatchWriteReport> {
  const { articleIds, statements } = batch;
  if (statements.length === 0) return { articleIds, documents: 0, statements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
  const events: StatementEvent[] = [];
  await store.observed((e) => events.push(e)).writeAll(statements);
  // The driver may retry a transaction after a transient error: only the last attempt committed.
  const committed = events.slice(-statements.length);
  const sum = (key: string) => committed.reduce((n, e) => n + (e.updates?.[key] ?? 0), 0);
  return {
    articleIds,
    documents: articleIds.length,
    statements: statements.length,
    nodesCreated: sum('nodesCreated'),
    relationshipsCreated: sum('relationshipsCreated'),
    propertiesSet: sum('propertiesSet'),
    labelsAdded: sum('labelsAdded'),
  };
}

/** One document of a batch, parsed and checked, or a FactsBatchError naming it. */
function validated(doc: unknown, index: number, textLength: number | null | undefined): DocumentRows {
  try {
    return buildDocumentRows(parseFactsDocument(doc), { textLength });
  } catch (err) {
    if (!(err instanceof FactsDocumentError)) throw err;
    throw new FactsBatchError(index, sourceIdOf(doc), err.problems);
  }
}

function sourceIdOf(doc: unknown): string | null {
  const id = (doc as { source?: { id?: unknown } } | null)?.source?.id;
  return typeof id === 'string' ? id : null;
}

async function writeRows(store: GraphStore, documents: DocumentRows[]): Promise<BatchWriteReport> {
  return writePreparedBatch(store, prepareRows(documents));
}

function prepareRows(documents: DocumentRows[]): PreparedBatch {
  const articleIds = documents.map((d) => d.article.id);
  if (documents.length === 0) return { articleIds, statements: [] };
  // A statement with no rows would change nothing but still cost a round trip: leave it out.
  const statements: Statement[] = buildBatchStatements(documents).filter((s) => !Array.isArray(s.params.rows) || s.params.rows.length > 0);
  // Last, in the same transaction: the contact aggregate counts the calls the batch wrote, so it
  // is committed with them or not at all (contact-tally-cypher.ts).
  const tally = tallyContactsStatement(documents.flatMap((d) => d.rows.calls.map((c) => c.id as string)));
  if (tally) statements.push(tally);
  return { articleIds, statements };
}
