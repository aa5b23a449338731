/**
 * Runs one `diplograph` command as a user runs it (`node bin/diplograph.js …`) with only the
 * environment given (plus PATH and HOME), and resolves with its exit code, output and duration.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from './run-service.js';

export interface CliRun {
  child: ChildProcess;
  output: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }>;
}

export function startCli(args: string[], env: Record<string, string>): CliRun {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/diplograph.js', ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started })),
  );
  return { child, output: () => stdout + stderr, done };
}

export const runCli = (args: string[], env: Record<string, string>) => startCli(args, env).done;

/** Polls `check` every 200 ms until it holds or `timeoutMs` passes; resolves with whether it held. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
}
