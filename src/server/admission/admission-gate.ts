/**
 * A bounded admission queue: at most `concurrency` heavy operations run at once, at most `queue`
 * wait, and none waits longer than `maxWaitMs`. An operation is refused at once with OVERLOADED
 * when the queue is full, or when the wait it would have — estimated from how long recent
 * operations held their slot — passes `maxWaitMs`: a storm of heavy questions becomes quick,
 * coded refusals instead of requests that wait only to time out, while a burst the server can
 * answer within the deadline waits its turn and is answered. When the queue slows, the waiters at
 * its back that can no longer be admitted in time are refused then, not at their deadline.
 * Retry-After is the wait the refused operation would have had. (Hand-written: p-queue, tried first, neither drops a waiter at its
 * deadline nor keeps a slot past the waiter's signal.)
 *
 * @example
 *   const gate = createAdmissionGate({ concurrency: 8, queue: 256, maxWaitMs: 10_000 });
 *   const release = await gate.enter(); // throws OVERLOADED when full
 *   try { … } finally { release(); }
 */
import { overloaded, RETRY_AFTER_S } from '../../graphql/overloaded.js';

export interface AdmissionOptions {
  concurrency: number;
  queue: number;
  maxWaitMs: number;
  /** The clock, in ms (tests); default performance.now. */
  now?: () => number;
}

export interface AdmissionGate {
  /** Waits for a slot and returns its release (idempotent); rejects with OVERLOADED when full or after maxWaitMs. */
  enter(): Promise<() => void>;
  /** Running and waiting operations, for logs and tests. */
  load(): { running: number; waiting: number };
}

/** Weight of the newest hold time in the running average: about the last ten operations count. */
const RECENT = 0.2;

interface Waiter {
  admit(): void;
  refuse(error: Error): void;
  /** When its wait ends, on the gate's clock. */
  deadline: number;
}

export function createAdmissionGate(o: AdmissionOptions): AdmissionGate {
  const now = o.now ?? (() => performance.now());
  let running = 0;
  /** Average time an operation holds its slot, in ms; null until one has finished. */
  let holdMs: number | null = null;
  const waiting: Waiter[] = [];

  /** The wait of the n-th in line: a slot frees every holdMs / concurrency on average. */
  const waitOf = (n: number) => (holdMs === null ? 0 : (n * holdMs) / o.concurrency);
  // The wait a refused operation would have had: by then the line ahead of it has gone. Until a hold
  // time is known, the default; never past the deadline, by which every waiter now in line is gone.
  const retryAfter = () =>
    holdMs === null ? RETRY_AFTER_S : Math.max(1, Math.ceil(Math.min(waitOf(waiting.length + 1), o.maxWaitMs) / 1000));

  /** Refuses now, from the back, the waiters the estimate says will not be admitted before their deadline. */
  const shed = () => {
    while (waiting.length > 0 && now() + waitOf(waiting.length) > waiting[waiting.length - 1].deadline) {
      const last = waiting.pop()!;
      last.refuse(overloaded(`a heavy question would wait past ${o.maxWaitMs} ms for a free slot`, 'OVERLOADED', retryAfter()));
    }
  };

  const slot = () => {
    running++;
    const since = now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      running--;
      const held = now() - since;
      holdMs = holdMs === null ? held : holdMs + RECENT * (held - holdMs);
      waiting.shift()?.admit();
      shed();
    };
  };

  return {
    load: () => ({ running, waiting: waiting.length }),
    enter() {
      if (running < o.concurrency) return Promise.resolve(slot());
      if (waiting.length >= o.queue) {
        return Promise.reject(overloaded(`too many heavy questions at once: ${running} running, ${waiting.length} waiting`, 'OVERLOADED', retryAfter()));
      }
      const expected = waitOf(waiting.length + 1);
      if (expected > o.maxWaitMs) {
        const why = `${running} running, ${waiting.length} waiting: about ${Math.round(expected)} ms to wait, more than ${o.maxWaitMs}`;
        return Promise.reject(overloaded(why, 'OVERLOADED', retryAfter()));
      }
      return new Promise((admit, refuse) => {
        const waiter: Waiter = {
          admit: () => (clearTimeout(timer), admit(slot())),
          refuse: (error) => (clearTimeout(timer), refuse(error)),
          deadline: now() + o.maxWaitMs,
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          refuse(overloaded(`a heavy question waited ${o.maxWaitMs} ms for a free slot`, 'OVERLOADED', retryAfter()));
        }, o.maxWaitMs);
        // The request itself keeps the process alive; its deadline alone need not.
        timer.unref();
        waiting.push(waiter);
      });
    },
  };
}
