/**
 * Runs a real Neo4j Community server as a child process: the project's embedded default, and
 * the throwaway database of the test suite. Each instance has its own home folder and port.
 *
 * @example
 *   const server = await startNeo4j({ homeDir: './data/neo4j', boltPort: 7687, heap: '512m', pageCache: '256m' });
 *   // … bolt://127.0.0.1:7687 …
 *   await server.stop(); // SIGTERM: a clean shutdown, the data survives
 *
 * The JVM runs under a watchdog (owner-watchdog.ts): if the process that started it dies, by any
 * signal including SIGKILL, the server is stopped within `OWNER_GONE_GRACE_S` + 1 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { resolveNeo4jClasspath } from './neo4j-classpath.js';
import { PID_MARKER, watchdogArgs } from './owner-watchdog.js';

/** How long a server whose owner died gets to shut down cleanly before it is killed. */
export const OWNER_GONE_GRACE_S = 5;

export interface Neo4jServerOptions {
  homeDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Neo4j's db.transaction.timeout: no statement runs longer (e.g. '30s'; unset or '0s' for none). */
  transactionTimeout?: string;
  /** Neo4j's db.memory.transaction.max: no transaction uses more heap (e.g. '256m'; unset or '0' for none). */
  transactionMemory?: string;
  /** How long to wait for Bolt to answer; a cold JVM on 2 cores takes 10–20 s. */
  startTimeoutMs?: number;
  /** Further Neo4j settings (name → value), after the ones above; for measurements (bench/load-rate.ts). */
  settings?: Readonly<Record<string, string>>;
  log?: (message: string) => void;
}

export interface Neo4jServer {
  uri: string;
  /** The JVM's pid (not the watchdog's). */
  pid: number;
  /** Stops the server cleanly (SIGTERM), killing it if it has not exited after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
  /** Resolves when the process exits, for whatever reason. */
  exited: Promise<number | null>;
}

const JVM_OPENS = ['java.base/java.nio', 'java.base/java.io', 'java.base/sun.nio.ch', 'java.base/java.lang', 'java.base/java.util'];

function serverArgs(o: Neo4jServerOptions, classpath: string): string[] {
  const settings = {
    'server.bolt.listen_address': `127.0.0.1:${o.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${o.boltPort}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'server.memory.pagecache.size': o.pageCache,
    'server.directories.data': `${o.homeDir}/data`,
    'server.directories.logs': `${o.homeDir}/logs`,
    'dbms.usage_report.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    // Bounds on any one statement, so a heavy question is refused rather than starving the rest
    // (the service passes its configuration; left out, Neo4j's own defaults apply: no bound).
    ...(o.transactionTimeout ? { 'db.transaction.timeout': o.transactionTimeout } : {}),
    ...(o.transactionMemory ? { 'db.memory.transaction.max': o.transactionMemory } : {}),
    ...o.settings,
  };
  return [
    `-Xmx${o.heap}`,
    `-Xms${o.heap}`,
    '-XX:+UseG1GC',
    ...JVM_OPENS.map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`),
    '-cp',
    classpath,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${o.homeDir}`,
    '--console-mode',
    ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
  ];
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => (socket.destroy(), done(false)));
  });
}

/** Sends `signal` to `pid`, ignoring a process that has already gone. */
export function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}

/** Starts the server and resolves once it logs "Started." and its Bolt port accepts connections. */
export async function startNeo4j(o: Neo4jServerOptions): Promise<Neo4jServer> {
  if (await portAnswers(o.boltPort)) {
    throw new Error(`port ${o.boltPort} is already in use: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the server there`);
  }
  const log = o.log ?? (() => {});
  const classpath = await resolveNeo4jClasspath((v) => log(`resolving Neo4j ${v} from Maven Central into ~/.m2 (first run only, about 160 MB)`));
  mkdirSync(o.homeDir, { recursive: true });
  // The watchdog's stdin is a pipe only this process writes to: it closes when this process dies.
  const child: ChildProcess = spawn('sh', watchdogArgs(['java', ...serverArgs(o, classpath)], OWNER_GONE_GRACE_S), {
    cwd: o.homeDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      child.stdin?.destroy();
      done(code);
    }),
  );
  let output = '';
  let started = false;
  let javaPid = 0;
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (!javaPid) javaPid = Number(new RegExp(`${PID_MARKER}(\\d+)`).exec(output)?.[1] ?? 0);
    if (output.includes(' Started.')) started = true;
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  // The watchdog needs no help on any exit; on a normal one, closing the pipe at once saves it a read.
  const killOnExit = () => child.stdin?.destroy();
  process.once('exit', killOnExit);
  // SIGKILL to the watchdog alone would leave the JVM running: kill both.
  const killNow = () => {
    if (javaPid) killQuietly(javaPid, 'SIGKILL');
    child.kill('SIGKILL');
  };

  const deadline = Date.now() + (o.startTimeoutMs ?? 120_000);
  let dead = false;
  void exited.then(() => (dead = true));
  while (!(started && (await portAnswers(o.boltPort)))) {
    if (dead || Date.now() > deadline) {
      killNow();
      process.off('exit', killOnExit);
      const why = dead ? `exited with code ${child.exitCode}` : 'did not answer in time';
      throw new Error(`Neo4j ${why}; its last output:\n${output.split('\n').slice(-25).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    uri: `bolt://127.0.0.1:${o.boltPort}`,
    pid: javaPid,
    exited,
    async stop(timeoutMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(killNow, timeoutMs);
      await exited;
      clearTimeout(timer);
      process.off('exit', killOnExit);
    },
  };
}
