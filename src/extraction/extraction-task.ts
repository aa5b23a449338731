/**
 * One extraction as a worker runs it: text and options in, the result or the coded error out, as
 * plain values that cross a thread boundary (an Error's own fields, such as `code`, would not).
 *
 * @example
 *   runExtractionTask({ text: 'date 2022-03-02\nBiden spoke with Zelenskyy.', options: {} });
 *   // { ok: true, result: { document, body, headerLength } }
 */
import { extractFacts, type ExtractionResult } from './pipeline.js';
import { startClock, type CpuClock } from './thread-cpu-clock.js';

export interface ExtractionTaskOptions {
  publishedOn?: string;
  url?: string;
  title?: string;
}

export interface ExtractionTask {
  text: string;
  options: ExtractionTaskOptions;
  /** Shared with the pool, which reads this thread's CPU time against the article's budget. */
  clock?: CpuClock;
}

/** A thrown error, reduced to what its catcher reads (message, name, code, field). */
export interface TaskError {
  name: string;
  message: string;
  code?: string;
  field?: string;
}

export type ExtractionOutcome = { ok: true; result: ExtractionResult } | { ok: false; error: TaskError };

export function runExtractionTask(task: ExtractionTask): ExtractionOutcome {
  if (task.clock) startClock(task.clock);
  try {
    return { ok: true, result: extractFacts(task.text, task.options) };
  } catch (err) {
    const e = err as Partial<TaskError> & { stack?: string };
    return { ok: false, error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? err), code: e?.code, field: e?.field } };
  }
}

/** The error a failed task stands for, with its code and field again (an ArticleDateError's BAD_USER_INPUT). */
export function taskErrorToError(error: TaskError): Error {
  return Object.assign(new Error(error.message), error);
}
