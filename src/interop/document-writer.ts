/**
 * Writes the documents the import releases, one or a batch per transaction, with at most
 * `concurrency` transactions in flight. A batch the database refuses is written again one
 * document per transaction, so one bad article cannot lose the others; those that still fail are
 * listed in `stats.failed`. Counts what was written (a fact reported by many articles once).
 *
 * @example
 *   const writer = new DocumentWriter({ write, writeBatch, batchSize: 50 }, stats);
 *   await writer.add(docs); await writer.finish();
 */
import type { FactsDocument } from '../facts/facts-document.js';
import type { ImportOptions, ImportStats } from './import-events.js';

/** A document the database refused even when written alone: nothing of it was written. */
export interface FailedDocument {
  articleId: string;
  error: string;
}

/** Writes released documents, one or a batch per transaction, with at most `concurrency` transactions in flight. */
export class DocumentWriter {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly pending: FactsDocument[] = [];
  private failure: unknown = null;
  private readonly batchSize: number;
  private readonly concurrency: number;

  constructor(
    private readonly options: Pick<ImportOptions, 'write' | 'writeBatch' | 'batchSize' | 'concurrency'>,
    private readonly stats: ImportStats,
  ) {
    this.batchSize = options.writeBatch ? (options.batchSize ?? 50) : 1;
    this.concurrency = options.concurrency ?? (options.writeBatch ? 1 : 4);
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new TypeError(`importEvents: batchSize must be a positive integer, got ${options.batchSize}`);
  }

  async add(docs: FactsDocument[]): Promise<void> {
    for (const doc of docs) {
      this.pending.push(doc);
      if (this.pending.length >= this.batchSize) await this.start(this.pending.splice(0));
    }
  }

  async finish(): Promise<void> {
    if (this.pending.length > 0) await this.start(this.pending.splice(0));
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  private async start(docs: FactsDocument[]): Promise<void> {
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const done: Promise<void> = this.write(docs)
      .catch((err: unknown) => void (this.failure ??= err))
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  private async write(docs: FactsDocument[]): Promise<void> {
    const { write, writeBatch } = this.options;
    if (!writeBatch) return void (await write(docs[0]), this.count(docs));
    try {
      await writeBatch(docs);
      this.count(docs);
    } catch (err) {
      if (!isDatabaseError(err)) throw err;
      // One article the database refuses must not take the batch down: retry them one by one.
      for (const doc of docs) {
        try {
          await write(doc);
          this.count([doc]);
        } catch (one) {
          if (!isDatabaseError(one)) throw one;
          this.stats.failed.push({ articleId: doc.source.id, error: one instanceof Error ? one.message : String(one) });
        }
      }
    }
  }

  /** Ids written so far, so a fact reported by many articles is counted once. */
  private readonly written = { calls: new Set<string>(), commitments: new Set<string>(), incidents: new Set<string>() };

  private count(docs: FactsDocument[]): void {
    for (const doc of docs) {
      this.stats.documents++;
      for (const kind of ['calls', 'commitments', 'incidents'] as const) {
        for (const fact of doc[kind]) this.written[kind].add(fact.id);
        this.stats.reports += doc[kind].length;
        this.stats[kind] = this.written[kind].size;
      }
    }
  }
}

/** An error the server raised for a statement (a Neo4jError with a `Neo.ClientError…`/`Neo.DatabaseError…` code), not a connection loss or a bug. */
function isDatabaseError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^Neo\.(ClientError|DatabaseError)\./.test(code) && !/^Neo\.ClientError\.Security\./.test(code);
}
