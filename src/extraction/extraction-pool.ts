/**
 * Extraction off the event loop: a pool of worker threads (piscina) runs each article, and an
 * article still running when its time budget is spent has its thread terminated — the only way to
 * stop synchronous code — and fails with EXTRACTION_TIMEOUT. The budget starts when a thread takes
 * the article, so a wait behind other articles never counts against it; at most `threads`
 * articles run at once and at most `queue` wait, beyond that OVERLOADED.
 *
 * @example
 *   const pool = createExtractionPool({ budgetMs: 5000, threads: 1 });
 *   const { document } = await pool.extract('date 2022-03-02\nBiden spoke with Zelenskyy.', {});
 *   await pool.close();
 */
import { Piscina } from 'piscina';
import type { ExtractionResult } from './pipeline.js';
import { ExtractionRefused } from './extraction-refused.js';
import { taskErrorToError, type ExtractionOutcome, type ExtractionTaskOptions } from './extraction-task.js';

export interface ExtractionPoolOptions {
  /** Per-article time budget in milliseconds, from the moment a thread takes the article. */
  budgetMs: number;
  threads: number;
  /** Articles that may wait for a thread; default 8 per thread. */
  queue?: number;
}

export interface ExtractionPool {
  extract(text: string, options: ExtractionTaskOptions): Promise<ExtractionResult>;
  /** Resolves once a thread is started and free (after start-up, or after a stopped thread's replacement started). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const WORKER = new URL('./extraction-worker.js', import.meta.url).href;
const READY_POLL_MS = 20;
const WARM_UP = 'President Biden spoke by phone with Chancellor Scholz on Tuesday.';
const THREAD_START_LIMIT_MS = 60_000;

export function createExtractionPool(o: ExtractionPoolOptions): ExtractionPool {
  if (!(o.budgetMs > 0) || !(o.threads >= 1)) {
    throw new TypeError(`createExtractionPool: budgetMs > 0 and threads >= 1 expected, got ${JSON.stringify(o)}`);
  }
  const queue = o.queue ?? o.threads * 8;
  // The pool queues nothing itself: articles wait here, so each one's budget starts when it runs.
  // Threads keep the normal priority: at a lower one (nice +5 was tried) a busy machine starved
  // them, and ordinary articles ran past their budget.
  const pool = new Piscina({ filename: WORKER, minThreads: o.threads, maxThreads: o.threads, idleTimeout: 60_000, maxQueue: 0 });
  // piscina counts its first threads ready before they have loaded; one small task each shows when they have.
  const started = Promise.allSettled(Array.from({ length: o.threads }, () => pool.run({ text: WARM_UP, options: {} })));
  const waiting: Array<() => void> = [];
  let running = 0;

  const turn = (): Promise<void> => {
    if (running < o.threads) {
      running++;
      return Promise.resolve();
    }
    if (waiting.length >= queue) {
      return Promise.reject(new ExtractionRefused('OVERLOADED', `every extraction thread is busy and ${waiting.length} articles wait; retry later`));
    }
    return new Promise((go) => waiting.push(go));
  };
  const done = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  // A thread stopped at its budget is replaced; the replacement loads tsx, the pipeline and the
  // gazetteer (a second or more on a busy machine). The next article's budget starts after that.
  async function threadReady(): Promise<void> {
    await started;
    for (let waited = 0; pool.idleThreads === 0; waited += READY_POLL_MS) {
      if (waited > THREAD_START_LIMIT_MS) throw new Error(`extraction thread did not start within ${THREAD_START_LIMIT_MS} ms`);
      await new Promise((r) => setTimeout(r, READY_POLL_MS));
    }
  }

  async function run(text: string, options: ExtractionTaskOptions): Promise<ExtractionOutcome> {
    await threadReady();
    const signal = AbortSignal.timeout(o.budgetMs);
    try {
      return (await pool.run({ text, options }, { signal })) as ExtractionOutcome;
    } catch (err) {
      if (signal.aborted) {
        throw new ExtractionRefused('EXTRACTION_TIMEOUT', `extraction took longer than the ${o.budgetMs} ms budget for one article (text of ${text.length} characters)`);
      }
      throw err;
    }
  }

  return {
    async extract(text, options) {
      await turn();
      let outcome: ExtractionOutcome;
      try {
        outcome = await run(text, options);
      } finally {
        done();
      }
      if (!outcome.ok) throw taskErrorToError(outcome.error);
      return outcome.result;
    },
    ready: threadReady,
    close: () => pool.destroy(),
  };
}
