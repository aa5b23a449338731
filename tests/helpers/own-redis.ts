/**
 * A real `redis-server` (the Debian package) for the tests that need one, as the suite runs its
 * own Neo4j: on a free port, its files in a fresh temporary folder, nothing persisted; `stop()`
 * ends it with SIGTERM and removes the folder. A test that needs Redis fails with a message
 * saying how to install it, never skips silently.
 *
 * @example
 *   const redis = await ownRedis();
 *   process.env.REDIS_URL = redis.url; // redis://127.0.0.1:PORT
 *   await redis.stop();
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './free-port.js';

export interface OwnRedis {
  url: string;
  /** A client for the test's own look-ups (PUBSUB NUMSUB …); closed by stop(). */
  client: Redis;
  stop(): Promise<void>;
}

export async function ownRedis(timeoutMs = 20_000): Promise<OwnRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run installs it)');
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `redis://127.0.0.1:${port}`;
  // Refused connections while redis-server starts are expected: the loop below retries them.
  const connect = () => new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null }).on('error', () => undefined);
  let client = connect();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer within ${timeoutMs} ms:\n${output}`);
    }
    if (await client.connect().then(() => true, () => false)) break;
    client.disconnect();
    client = connect();
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    client,
    async stop() {
      client.disconnect();
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once Redis counts at least `count` subscribers on `channel` (a subscription is in place). */
export async function subscribersOn(redis: OwnRedis, channel: string, count = 1, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [, n] = (await redis.client.pubsub('NUMSUB', channel)) as [string, number];
    if (n >= count) return;
    if (Date.now() > deadline) throw new Error(`Redis counts ${n} subscribers on ${channel} after ${timeoutMs} ms; expected ${count}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
