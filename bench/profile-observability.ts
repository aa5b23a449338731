/**
 * Where metrics and traces spend a request's CPU: one question sent N times to the three servers
 * of bench/observability.ts (off, metrics, both) taking turns, each server under `--cpu-prof`, then
 * each profile's self time per function over the timed loop summed, and the functions whose time
 * differs most from off's listed per request. Profiles are wall-clock samples of the main thread:
 * on a machine shared with other work they move by more than the differences sought, so read them
 * from a quiet machine. (`--cpu-prof` may not go in NODE_OPTIONS, so the servers are spawned here.)
 *
 *   npx tsx bench/profile-observability.ts --scale XS --query Q4 --requests 3000 --out /tmp/prof
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { BENCH_PASSWORD, freePort } from './bench-neo4j.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { benchQueries } from './queries.js';
import { findParams } from './find-params.js';
import type { GraphqlRequest } from './queries.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';
import { takeTurns } from './measure.js';
import { VARIANTS } from './observability-variants.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}


interface ProfiledPeer {
  send(request: GraphqlRequest): Promise<void>;
  stop(): Promise<void>;
}

/** bench/peers/serve-peer.ts as startPeer runs it (production, 256 MB heap), under --cpu-prof (which NODE_OPTIONS may not carry). */
async function startProfiled(neo4jUri: string, observability: string | null, dir: string): Promise<ProfiledPeer> {
  const port = await freePort();
  const entry = fileURLToPath(new URL('./peers/serve-peer.ts', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_NEO4J_PASSWORD: BENCH_PASSWORD, BENCH_TCP_NODELAY: '1', NODE_ENV: 'production', BENCH_OTLP_URL: 'http://127.0.0.1:9/v1/traces' };
  if (observability) env.BENCH_OBSERVABILITY = observability;
  else delete env.BENCH_OBSERVABILITY;
  const child: ChildProcess = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', dir, '--max-old-space-size=256', '--import', 'tsx', entry, 'diplograph', String(port), neo4jUri], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ready) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready()));
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    async send(request) {
      const res = await fetch(url, { method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Self time (µs) per function, keyed "name file:line", from a .cpuprofile: only the samples of the
 * timed loop, the last `loopUs` before the profile ends (start-up's module loading left out).
 */
function selfTimes(profile: Profile, loopUs: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (profile.endTime - at > loopUs) return;
    const f = byId.get(id)!.callFrame;
    const file = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/main\//, '');
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return times;
}

async function main(): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'XS, S, M or L', 'XS')
    .option('--query <id>', 'the question', 'Q4')
    .option('--requests <n>', 'requests per server', '3000')
    .option('--out <dir>', 'where the profiles go', '/tmp/diplograph-profiles')
    .option('--top <n>', 'functions listed', '40')
    .parse()
    .opts();
  enableTcpNoDelay();
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale as Scale, seed: 1, log: (m) => console.error(m) });
  const peers: ProfiledPeer[] = [];
  let loopMs = 0;
  const dirs = VARIANTS.map((v) => join(o.out, `${o.query}-${v.key}-${Date.now()}`));
  try {
    const query = benchQueries(await findParams(neo4j.store)).find((q) => q.id === o.query)!.diplograph!;
    for (const [i, variant] of VARIANTS.entries()) {
      mkdirSync(dirs[i], { recursive: true });
      peers.push(await startProfiled(neo4j.server.uri, variant.env, dirs[i]));
    }
    for (let n = 0; n < 10; n++) for (const p of peers) await p.send(query);
    const loopStart = performance.now();
    // In a new random order each round, as bench:observability takes turns (a fixed order biases).
    await takeTurns(peers.map((p) => () => p.send(query)), { samples: Number(o.requests), warmup: 0, maxSeconds: Infinity });
    loopMs = performance.now() - loopStart;
  } finally {
    await Promise.all(peers.map((p) => p.stop()));
    await neo4j.close();
  }
  const profiles = dirs.map((dir) => {
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile in ${dir}`);
    // The loop, and the moment between its end and each server's exit.
    return selfTimes(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile, (loopMs + 500) * 1000);
  });
  const perRequest = (us: number) => (us / Number(o.requests)).toFixed(1);
  const total = (m: Map<string, number>) => [...m.entries()].filter(([k]) => !k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0);
  console.log(`busy µs per request: ${VARIANTS.map((v, i) => `${v.key} ${perRequest(total(profiles[i]))}`).join(', ')}`);
  const keys = new Set(profiles.flatMap((p) => [...p.keys()]));
  const rows = [...keys].map((k) => ({ k, t: profiles.map((p) => p.get(k) ?? 0) })).sort((a, b) => b.t[1] - b.t[0] - (a.t[1] - a.t[0]));
  console.log('µs per request (off, metrics, both) — functions most above off with metrics:');
  for (const r of rows.slice(0, Number(o.top))) console.log(`${r.t.map(perRequest).join('\t')}\t${r.k}`);
  const byBoth = [...rows].sort((a, b) => b.t[2] - b.t[1] - (a.t[2] - a.t[1]));
  console.log('functions most above metrics with both:');
  for (const r of byBoth.slice(0, 20)) console.log(`${r.t.map(perRequest).join('\t')}\t${r.k}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
