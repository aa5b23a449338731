/**
 * Loads facts documents through the project's own batch writer (`writeFactsBatch` in its two
 * halves, `prepareFactsBatchInTurns` and `writePreparedBatch`: `batchSize` documents per
 * transaction) and measures it: facts/s, relationships/s (from the server's counters), and the
 * peak memory of this process and of the Neo4j server. `concurrency` batches are in flight at once.
 *
 * @example
 *   const report = await loadGraph(store, graph.documents(), { concurrency: 2, batchSize: 40, neo4jPid: server.pid });
 *   // { documents: 317, facts: 15979, relationshipsCreated: 98211, seconds: 4.2, relationshipsPerSecond: 23384, batchSize: 40, … }
 */
import type { FactsDocument } from '../src/facts/facts-document.js';
import type { GraphStore } from '../src/graph/graph-store.js';
import { prepareFactsBatchInTurns, writePreparedBatch } from '../src/graph/write-facts.js';
import { peakRssMb } from './process-memory.js';

/**
 * Defaults measured on the 2-core machine for 50-fact articles (bench/README.md). One batch at a
 * time: two in flight loaded S no faster (10.7k against 11.1k relationships/s) and, on M, two
 * batches creating the same new topics and actors in different orders deadlocked past the
 * driver's retries.
 */
export const DEFAULT_BATCH_SIZE = 40;
export const DEFAULT_CONCURRENCY = 1;

export interface LoadOptions {
  concurrency?: number;
  /** Documents per transaction (1: one transaction per article, as ingestion writes). */
  batchSize?: number;
  neo4jPid?: number;
  log?: (message: string) => void;
  /** Stop after this many seconds and report what was loaded (the report then says `complete: false`). */
  maxSeconds?: number;
}

export interface LoadReport {
  documents: number;
  facts: number;
  calls: number;
  nodesCreated: number;
  relationshipsCreated: number;
  seconds: number;
  factsPerSecond: number;
  relationshipsPerSecond: number;
  concurrency: number;
  batchSize: number;
  complete: boolean;
  loaderPeakRssMb: number;
  neo4jPeakRssMb: number | null;
}

export async function loadGraph(store: GraphStore, documents: Iterable<FactsDocument>, o: LoadOptions = {}): Promise<LoadReport> {
  const concurrency = positive('concurrency', o.concurrency ?? DEFAULT_CONCURRENCY);
  const batchSize = positive('batchSize', o.batchSize ?? DEFAULT_BATCH_SIZE);
  const totals = { documents: 0, facts: 0, calls: 0, nodesCreated: 0, relationshipsCreated: 0 };
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const iterator = documents[Symbol.iterator]();
  let complete = true;
  let lastLog = 0;

  // Each worker validates and builds its next batch while Neo4j runs the one it sent, giving the
  // driver a turn between documents: this process's share (about 22 s of CPU for M's 6,314
  // articles, against 221 s for the whole load on a quiet machine) then overlaps the server's
  // instead of following it (results/load-rate-s22.md).
  const prepareNext = async () => {
    const batch = take(iterator, batchSize);
    return batch.length === 0 ? null : { batch, prepared: await prepareFactsBatchInTurns(batch) };
  };
  const worker = async () => {
    for (let next = await prepareNext(); next; ) {
      if (o.maxSeconds !== undefined && elapsed() > o.maxSeconds) return void (complete = false);
      const { batch, prepared } = next;
      const [report, following] = await Promise.all([writePreparedBatch(store, prepared), prepareNext()]);
      next = following;
      totals.documents += batch.length;
      for (const facts of batch) {
        totals.facts += facts.calls.length + facts.tweets.length + facts.commitments.length + facts.incidents.length;
        totals.calls += facts.calls.length;
      }
      totals.nodesCreated += report.nodesCreated;
      totals.relationshipsCreated += report.relationshipsCreated;
      if (o.log && elapsed() - lastLog > 15) {
        lastLog = elapsed();
        o.log(`loaded ${totals.documents} articles, ${totals.calls} calls, ${rate(totals.relationshipsCreated)} relationships/s (batches of ${batchSize})`);
      }
    }
  };
  const rate = (n: number) => Math.round(n / Math.max(elapsed(), 1e-3));
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = elapsed();
  return {
    ...totals,
    seconds,
    factsPerSecond: Math.round(totals.facts / seconds),
    relationshipsPerSecond: Math.round(totals.relationshipsCreated / seconds),
    concurrency,
    batchSize,
    complete,
    loaderPeakRssMb: peakRssMb(process.pid),
    neo4jPeakRssMb: o.neo4jPid ? peakRssMb(o.neo4jPid) : null,
  };
}

/** The next `n` documents (fewer at the end). */
function take<T>(iterator: Iterator<T>, n: number): T[] {
  const batch: T[] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) if (batch.push(next.value) >= n) break;
  return batch;
}

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`loadGraph: ${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return value;
}
