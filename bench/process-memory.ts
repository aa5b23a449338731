/**
 * Memory of a process by pid, from /proc (Linux): the current resident set (VmRSS) and its peak
 * (VmHWM), in MB. Off Linux both fall back to this process's own figures.
 *
 * @example
 *   rssMb(server.pid); // 142.3
 */
import { readFileSync } from 'node:fs';

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function rssMb(pid: number): number {
  return round(status(pid, 'VmRSS') ?? process.memoryUsage().rss / 2 ** 20);
}

export function peakRssMb(pid: number): number {
  return round(status(pid, 'VmHWM') ?? process.resourceUsage().maxRSS / 1024);
}

function round(mb: number): number {
  return Math.round(mb * 10) / 10;
}
