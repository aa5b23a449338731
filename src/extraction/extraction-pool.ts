/**
 * Extraction off the event loop: a pool of worker threads (piscina) runs each article, and an
 * article still running when its budget is spent has its thread terminated — the only way to stop
 * synchronous code — and fails with EXTRACTION_TIMEOUT. The budget is the extracting thread's **CPU
 * time** (thread-cpu-clock.ts; the wall clock where /proc is missing): on a busy machine an ordinary
 * article waits for a core far longer than it computes, and a wall-clock budget refused it, while a
 * hostile text spends CPU and is stopped after the same work as on an idle machine. A wall-clock
 * limit (default 12 × the budget, at least a minute) still bounds how long a caller waits. Both start when a thread
 * takes the article (started, with the pipeline loaded), so neither a wait behind other articles nor
 * a thread's start-up counts; at most `threads` articles run at once and at most `queue` wait,
 * beyond that OVERLOADED. Threads start on the first article and stop after a minute idle.
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
import { cpuSpent, newClock } from './thread-cpu-clock.js';

export interface ExtractionPoolOptions {
  /** Per-article budget in milliseconds of the extracting thread's CPU time, from the moment it takes the article. */
  budgetMs: number;
  threads: number;
  /** Articles that may wait for a thread; default 8 per thread. */
  queue?: number;
  /** Longest wall-clock time an article may take, however little CPU it used; default 12 × budgetMs, at least 60 s. */
  wallLimitMs?: number;
  /** The module each thread runs (default extraction-worker.js; the pool's tests give one of known CPU use). */
  worker?: string;
}

export interface ExtractionPool {
  extract(text: string, options: ExtractionTaskOptions): Promise<ExtractionResult>;
  /** Resolves once a thread is started and free (after start-up, or after a stopped thread's replacement started). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const WORKER = new URL('./extraction-worker.js', import.meta.url).href;
const WARM_UP = 'President Biden spoke by phone with Chancellor Scholz on Tuesday.';
const START_ATTEMPTS = 3;
const IDLE_MS = 60_000;

export function createExtractionPool(o: ExtractionPoolOptions): ExtractionPool {
  if (!(o.budgetMs > 0) || !(o.threads >= 1)) {
    throw new TypeError(`createExtractionPool: budgetMs > 0 and threads >= 1 expected, got ${JSON.stringify(o)}`);
  }
  const queue = o.queue ?? o.threads * 8;
  const wallLimitMs = o.wallLimitMs ?? Math.max(o.budgetMs * 12, 60_000);
  // The pool queues nothing itself: articles wait here, so each one's budget starts when it runs.
  // Threads keep the normal priority: at a lower one (nice +5 was tried) a busy machine starved
  // them, and ordinary articles ran past their budget.
  // Threads start on demand and stop after a minute without work: a thread holds ~100 MB (its own
  // heap, the pipeline, the gazetteer), which a server that is not ingesting should not carry.
  const pool = new Piscina({ filename: o.worker ?? WORKER, minThreads: 0, maxThreads: o.threads, idleTimeout: IDLE_MS, maxQueue: 0 });
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

  // Holding a slot, a caller that finds no idle thread has none to wait for: it starts one with a
  // small article (loading tsx, the pipeline and the gazetteer takes a second or more on a busy
  // machine). The article's own budget starts after that.
  async function threadReady(): Promise<void> {
    for (let attempt = 0; pool.idleThreads === 0; attempt++) {
      if (attempt === START_ATTEMPTS) throw new Error(`no extraction thread started after ${START_ATTEMPTS} attempts`);
      await pool.run({ text: WARM_UP, options: {} });
    }
  }

  async function run(text: string, options: ExtractionTaskOptions): Promise<ExtractionOutcome> {
    await threadReady();
    const clock = newClock();
    const stop = new AbortController();
    const started = performance.now();
    let refusal = '';
    // CPU time cannot run ahead of the wall clock: at the budget's end, and then whenever the
    // thread could have spent what is left, read its CPU time; stop it once the budget is spent.
    let timer: NodeJS.Timeout;
    const check = () => {
      const wallMs = performance.now() - started;
      const cpuMs = cpuSpent(clock);
      if (cpuMs === null || cpuMs >= o.budgetMs) {
        refusal = cpuMs === null
          ? `extraction took longer than the ${o.budgetMs} ms budget for one article (text of ${text.length} characters)`
          : `extraction used more than the ${o.budgetMs} ms budget of CPU time for one article (text of ${text.length} characters)`;
      } else if (wallMs >= wallLimitMs) {
        refusal = `extraction took longer than ${wallLimitMs} ms by the clock (the machine is too busy; ${Math.round(cpuMs)} ms of CPU spent) for one article (text of ${text.length} characters)`;
      } else {
        timer = setTimeout(check, Math.max(10, Math.min(o.budgetMs - cpuMs, wallLimitMs - wallMs)));
        return;
      }
      stop.abort();
    };
    timer = setTimeout(check, Math.min(o.budgetMs, wallLimitMs));
    try {
      return (await pool.run({ text, options, clock }, { signal: stop.signal })) as ExtractionOutcome;
    } catch (err) {
      if (stop.signal.aborted) throw new ExtractionRefused('EXTRACTION_TIMEOUT', refusal);
      throw err;
    } finally {
      clearTimeout(timer);
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
