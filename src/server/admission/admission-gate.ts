/**
 * A bounded admission queue: at most `concurrency` heavy operations run at once, at most `queue`
 * wait, and none waits longer than `maxWaitMs`. Beyond that an operation is refused at once with
 * OVERLOADED, so a storm of heavy questions becomes quick, coded refusals instead of a pile of
 * requests that all time out waiting for a database connection. (Hand-written: p-queue, tried
 * first, neither drops a waiter at its deadline nor keeps a slot past the waiter's signal.)
 *
 * @example
 *   const gate = createAdmissionGate({ concurrency: 8, queue: 32, maxWaitMs: 10_000 });
 *   const release = await gate.enter(); // throws OVERLOADED when full
 *   try { … } finally { release(); }
 */
import { overloaded } from '../../graphql/overloaded.js';

export interface AdmissionOptions {
  concurrency: number;
  queue: number;
  maxWaitMs: number;
}

export interface AdmissionGate {
  /** Waits for a slot and returns its release (idempotent); rejects with OVERLOADED when full or after maxWaitMs. */
  enter(): Promise<() => void>;
  /** Running and waiting operations, for logs and tests. */
  load(): { running: number; waiting: number };
}

export function createAdmissionGate(o: AdmissionOptions): AdmissionGate {
  let running = 0;
  const waiting: Array<() => void> = [];

  const slot = () => {
    running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      running--;
      waiting.shift()?.();
    };
  };

  return {
    load: () => ({ running, waiting: waiting.length }),
    enter() {
      if (running < o.concurrency) return Promise.resolve(slot());
      if (waiting.length >= o.queue) {
        return Promise.reject(overloaded(`too many heavy questions at once: ${running} running, ${waiting.length} waiting`));
      }
      return new Promise((admit, refuse) => {
        const wake = () => {
          clearTimeout(timer);
          admit(slot());
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(wake), 1);
          refuse(overloaded(`a heavy question waited ${o.maxWaitMs} ms for a free slot`));
        }, o.maxWaitMs);
        waiting.push(wake);
      });
    },
  };
}
