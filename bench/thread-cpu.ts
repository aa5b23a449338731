/**
 * A process's CPU time per thread (Linux /proc/<pid>/task/<tid>/stat utime + stime, 10 ms ticks),
 * summed by thread name (/proc/<pid>/task/<tid>/comm): Node's main thread (named after the
 * process), V8's GC and compiler helpers ("V8 DefaultWorke"), libuv's pool ("libuv-worker"). A
 * main-thread CPU profile cannot see the others, so this is how work moved off the main thread
 * (parallel scavenges, concurrent marking, zlib) is found. Node 20 names every thread "node": there the
 * main thread (its id is the process's) is called "main" and each other one by its id's distance
 * from the main one's, in start order ("node +1" … "node +4": V8's platform workers, started first;
 * libuv's pool later, on first use).
 *
 * @example
 *   const before = threadCpu(pid);
 *   // … requests …
 *   threadCpuSince(before, threadCpu(pid)); // Map { 'main' => 830, 'node +1' => 40, … } (ms)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { statTicks, ticksToMs } from '../src/extraction/thread-cpu-clock.js';

/** CPU ms per thread id, with the thread's name. */
export type ThreadCpu = Map<string, { name: string; ms: number }>;

export function threadCpu(pid: number): ThreadCpu {
  const threads: ThreadCpu = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const name = Number(tid) === pid ? 'main' : comm === 'node' ? `node +${Number(tid) - pid}` : comm;
      threads.set(tid, { name, ms: ticksToMs(statTicks(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'))) });
    } catch {
      // The thread ended between the listing and the read: its time is gone from the process's threads too.
    }
  }
  return threads;
}

/** CPU ms spent since `before`, per thread name (threads that started since count whole). */
export function threadCpuSince(before: ThreadCpu, after: ThreadCpu): Map<string, number> {
  const byName = new Map<string, number>();
  for (const [tid, { name, ms }] of after) byName.set(name, (byName.get(name) ?? 0) + ms - (before.get(tid)?.ms ?? 0));
  return byName;
}

/** CPU time (user + system) a whole process has used so far, in ms (/proc/<pid>/stat; clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  return ticksToMs(statTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')));
}
