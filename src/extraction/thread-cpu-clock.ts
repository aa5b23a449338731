/**
 * The CPU time of one extraction thread, read from Linux's /proc, so that an article's budget counts
 * the work its thread did and not the time it waited for a core: on a machine at load 20 an ordinary
 * article takes ten times its CPU time by the wall clock, and a wall-clock budget refused it.
 *
 * The thread that extracts writes its thread id and its CPU time at the start of the article into
 * a shared clock (`startClock`); the pool reads that thread's CPU time since then (`cpuSpent`).
 * Where /proc is missing (not Linux) the clock stays unset and `cpuSpent` is null: the pool then
 * falls back to the wall clock.
 *
 * @example
 *   const clock = newClock();              // pool: shared with the thread in the task
 *   startClock(clock);                     // thread: at the start of the article
 *   cpuSpent(clock);                       // pool: 40 (ms of CPU since then), or null
 */
import { readFileSync } from 'node:fs';

/** [thread id, CPU time in clock ticks at the article's start]; thread id 0 = unknown. */
export type CpuClock = Int32Array;

/** Clock ticks per second of /proc's utime and stime (USER_HZ; 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

export function newClock(): CpuClock {
  return new Int32Array(new SharedArrayBuffer(8));
}

/** utime + stime, in ticks, from a /proc/…/stat line (the fields after "pid (comm) "). */
export function statTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Milliseconds of CPU time of `ticks` clock ticks. */
export function ticksToMs(ticks: number): number {
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function readStat(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Called on the extracting thread: records which thread it is and its CPU time now. */
export function startClock(clock: CpuClock): void {
  const stat = readStat('/proc/thread-self/stat');
  if (stat === null) return;
  Atomics.store(clock, 1, statTicks(stat));
  Atomics.store(clock, 0, Number(stat.slice(0, stat.indexOf(' '))));
}

/** CPU milliseconds the clock's thread spent since `startClock`, or null when that is not known (yet). */
export function cpuSpent(clock: CpuClock): number | null {
  const tid = Atomics.load(clock, 0);
  if (tid === 0) return null;
  const stat = readStat(`/proc/${process.pid}/task/${tid}/stat`);
  return stat === null ? null : ticksToMs(statTicks(stat) - Atomics.load(clock, 1));
}
