// A stand-in for extraction-worker.js with a known CPU profile, for the pool's budget tests: the
// "article" is JSON { sleepMs, spinMs } — it first waits sleepMs without using CPU (Atomics.wait),
// then computes until its thread has spent spinMs of CPU time (-1: until it is stopped). It starts
// the shared CPU clock exactly as the real extraction task does.
import { register } from 'tsx/esm/api';

register();
const { startClock, cpuSpent } = await import('../../../src/extraction/thread-cpu-clock.ts');

export default function run({ text, clock }) {
  // The pool's warm-up article (no clock) starts the thread; it has no profile.
  if (!clock) return { ok: true, result: { document: null, body: text, headerLength: 0 } };
  startClock(clock);
  const { sleepMs, spinMs } = JSON.parse(text);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, sleepMs);
  let x = 0;
  while (spinMs < 0 || (cpuSpent(clock) ?? Infinity) < spinMs) {
    for (let i = 0; i < 100_000; i++) x = (x * 31 + i) | 0;
  }
  return { ok: true, result: { document: null, body: String(x), headerLength: 0 } };
}
