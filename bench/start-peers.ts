/**
 * Starts the three servers of the benchmark, each in its own Node process (serve-peer.ts), and
 * gives the runner what it needs to talk to them: how to send a query, the pid to watch, the
 * statement count so far.
 *
 * @example
 *   const peers = await startPeers(neo4jUri, password);
 *   await peers.floor.get('/q5?code=US');
 *   await Promise.all(Object.values(peers).map((p) => p.stop()));
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './bench-neo4j.js';
import { compiledServePeer } from './compiled-tree.js';
import type { GraphqlRequest } from './queries.js';
import type { HttpRequest } from './measure.js';
import type { PeerKind } from './peers/peer-kinds.js';
import type { DbHits } from './peers/profile-statements.js';

export interface Peer {
  kind: PeerKind;
  pid: number;
  baseUrl: string;
  /** The HTTP request a GraphQL request (or a floor path) becomes, for autocannon. */
  http(request: GraphqlRequest | string): HttpRequest;
  /** Sends it and returns the answer's data; throws on HTTP or GraphQL errors. */
  send(request: GraphqlRequest | string): Promise<any>;
  statements(): Promise<number>;
  /** Sends it once more, and the db hits of the statements the server sent for it (PROFILE, profile-statements.ts). */
  dbHits(request: GraphqlRequest | string): Promise<DbHits>;
  stop(): Promise<void>;
}

const entry = fileURLToPath(new URL('./peers/serve-peer.ts', import.meta.url));

/**
 * `heapMb`: the old-space cap the server runs with (`--max-old-space-size`), as production runs
 * diplograph (Dockerfile, docs/operations.md); null leaves V8's default. `timeoutMs`: the floor's
 * transaction timeout and each PROFILE's (serve-peer.ts); null: none. `served`: diplograph runs
 * compiled to JavaScript by default, as `npm start` runs it (compiled-tree.ts, src/server/build-dist.ts),
 * or from its source under tsx; the other servers always run under tsx.
 */
export async function startPeer(kind: PeerKind, neo4jUri: string, password: string, tcpNoDelay = false, heapMb: number | null = null, timeoutMs: number | null = null, nodeFlags: string[] = [], served: 'compiled' | 'tsx' = 'compiled'): Promise<Peer> {
  const port = await freePort();
  const nodeOptions = [process.env.NODE_OPTIONS, heapMb ? `--max-old-space-size=${heapMb}` : null].filter(Boolean).join(' ');
  // Flags such as --cpu-prof are refused in NODE_OPTIONS: they go on the command line.
  const compiled = kind === 'diplograph' && served === 'compiled' ? await compiledServePeer() : null;
  const child = spawn(process.execPath, [...nodeFlags, ...(compiled ? [compiled] : ['--import', 'tsx', entry]), kind, String(port), neo4jUri], {
    env: { ...process.env, NODE_OPTIONS: nodeOptions, BENCH_NEO4J_PASSWORD: password, BENCH_TCP_NODELAY: tcpNoDelay ? '1' : '0', BENCH_TIMEOUT_MS: timeoutMs ? String(timeoutMs) : '', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.once('exit', () => child.kill('SIGKILL'));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`${kind} did not start in 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) (clearTimeout(timer), ready());
    });
    child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000)));
    child.once('exit', (code) => (clearTimeout(timer), fail(new Error(`${kind} exited with ${code}:\n${output}`))));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const http = (request: GraphqlRequest | string): HttpRequest =>
    typeof request === 'string'
      ? { url: baseUrl + request, method: 'GET' }
      : { url: `${baseUrl}/graphql`, method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } };
  const bench = async (path: string) => (await fetch(`${baseUrl}/__bench/${path}`)).json();
  const peer: Peer = {
    kind,
    pid: child.pid!,
    baseUrl,
    http,
    async send(request) {
      const { url, method, body, headers } = http(request);
      const res = await fetch(url, { method, body, headers });
      const text = await res.text();
      if (!res.ok) throw new Error(`${kind} answered ${res.status}: ${text.slice(0, 500)}`);
      const json = JSON.parse(text);
      if (typeof request === 'string') return json;
      if (json.errors) throw new Error(`${kind} answered with errors: ${JSON.stringify(json.errors).slice(0, 800)}`);
      return json.data;
    },
    async statements() {
      return ((await bench('stats')) as { statements: number }).statements;
    },
    async dbHits(request) {
      await bench('record');
      try {
        await peer.send(request);
      } catch (err) {
        await bench('forget');
        return { statements: 0, error: (err as Error).message.split('\n')[0].slice(0, 200) };
      }
      return (await bench('profile')) as DbHits;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return peer;
}
