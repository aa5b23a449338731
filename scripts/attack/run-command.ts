/**
 * Helpers the attack checks share: a `diplograph` command run as users run it, polling, a free
 * port, and whether a process is alive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A free port: the test suite's helper, as scripts/soak.ts uses it. */
export { freePort } from '../../tests/helpers/free-port.js';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Command {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `node bin/diplograph.js …args` with PATH, HOME and `env` only. */
export function diplograph(args: string[], env: Record<string, string>): Command {
  const child = spawn(process.execPath, ['bin/diplograph.js', ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-20_000)));
  return { child, output: () => output, exited: new Promise((done) => child.once('exit', (code) => done(code))) };
}

/** Polls `check` every 100 ms; resolves with the ms it took to hold, or null after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `url` answers 200 (the service is up), or throws with the command's output. */
export async function waitHealthy(url: string, command: Command, timeoutMs = 180_000): Promise<void> {
  const ms = await waitFor(async () => {
    if (command.child.exitCode !== null) throw new Error(`the command exited with ${command.child.exitCode}:\n${command.output()}`);
    return fetch(url).then((r) => r.status === 200, () => false);
  }, timeoutMs);
  if (ms === null) throw new Error(`no answer from ${url} in ${timeoutMs} ms:\n${command.output()}`);
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
