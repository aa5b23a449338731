/**
 * Where metrics and traces spend a request's CPU: one question sent N times to the three servers
 * of bench/observability.ts (off, metrics, both) taking turns, each server under `--cpu-prof`, then
 * each profile's self time per function over the timed loop summed, and the functions whose time
 * differs most from off's listed per request. Profiles are wall-clock samples of the main thread:
 * on a machine shared with other work they move by more than the differences sought, so read them
 * from a quiet machine. (`--cpu-prof` may not go in NODE_OPTIONS, so the servers are spawned here.)
 * The profile cannot see the process's other threads (V8's parallel scavenges and concurrent
 * marking, libuv's pool): so each server's CPU over the loop is also split per thread (/proc,
 * thread-cpu.ts), and with `--no-cpu-prof` that split is all that is measured (the profiler's own
 * sampling thread left out). Spans go by OTLP to a collector stand-in in a process of its own (a
 * deployment's collector is elsewhere), whose CPU is reported apart. `--with KEY=VALUE,…` adds a
 * fourth server, "both" with those environment variables (e.g. OTEL_BSP_MAX_EXPORT_BATCH_SIZE=64),
 * so a setting is compared with the default in the same loop.
 *
 *   npx tsx bench/profile-observability.ts --scale XS --query Q4 --requests 3000 --out /tmp/prof [--no-cpu-prof] [--with K=V,…]
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
import { percentile, takeTurns } from './measure.js';
import { VARIANTS } from './observability-variants.js';
import { threadCpu, threadCpuSince } from './thread-cpu.js';
import { startCollectorProcess } from './observability-collector.js';

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
  pid: number;
  send(request: GraphqlRequest): Promise<void>;
  stop(): Promise<void>;
}

/** bench/peers/serve-peer.ts as startPeer runs it (production, 256 MB heap), under --cpu-prof (which NODE_OPTIONS may not carry). */
async function startProfiled(neo4jUri: string, variant: { env: string | null; extra: NodeJS.ProcessEnv }, o: { dir: string | null; otlpUrl: string }): Promise<ProfiledPeer> {
  const port = await freePort();
  const entry = fileURLToPath(new URL('./peers/serve-peer.ts', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_NEO4J_PASSWORD: BENCH_PASSWORD, BENCH_TCP_NODELAY: '1', NODE_ENV: 'production', BENCH_OTLP_URL: o.otlpUrl, ...variant.extra };
  if (variant.env) env.BENCH_OBSERVABILITY = variant.env;
  else delete env.BENCH_OBSERVABILITY;
  const profiling = o.dir ? ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', o.dir] : [];
  const child: ChildProcess = spawn(process.execPath, [...profiling, '--max-old-space-size=256', '--import', 'tsx', entry, 'diplograph', String(port), neo4jUri], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ready) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready()));
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    pid: child.pid!,
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
    .option('--no-cpu-prof', 'no profiles: the per-thread CPU split only')
    .option('--with <env>', 'a fourth server: "both" with these KEY=VALUE,… environment variables')
    .parse()
    .opts();
  enableTcpNoDelay();
  const extra: NodeJS.ProcessEnv = Object.fromEntries(((o.with as string | undefined) ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const variants = [...VARIANTS.map((v) => ({ key: v.key as string, env: v.env as string | null, extra: {} })), ...(o.with ? [{ key: 'both+', env: '1', extra }] : [])];
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale as Scale, seed: 1, log: (m) => console.error(m) });
  const collector = await startCollectorProcess();
  const peers: ProfiledPeer[] = [];
  let loopMs = 0;
  const dirs = variants.map((v) => (o.cpuProf ? join(o.out, `${o.query}-${v.key}-${Date.now()}`) : null));
  let threads: Array<Map<string, number>> = [];
  let p50s: number[] = [];
  let received = { spans: 0, requests: 0, bytes: 0, cpuMs: 0 };
  try {
    const query = benchQueries(await findParams(neo4j.store)).find((q) => q.id === o.query)!.diplograph!;
    for (const [i, variant] of variants.entries()) {
      if (dirs[i]) mkdirSync(dirs[i]!, { recursive: true });
      peers.push(await startProfiled(neo4j.server.uri, variant, { dir: dirs[i], otlpUrl: `${collector.url}/v1/traces` }));
    }
    for (let n = 0; n < 10; n++) for (const p of peers) await p.send(query);
    const before = peers.map((p) => threadCpu(p.pid));
    const loopStart = performance.now();
    // In a new random order each round, as bench:observability takes turns (a fixed order biases).
    const turns = await takeTurns(peers.map((p) => () => p.send(query)), { samples: Number(o.requests), warmup: 0, maxSeconds: Infinity });
    p50s = turns.map((t) => percentile(t.times, 50));
    loopMs = performance.now() - loopStart;
    threads = peers.map((p, i) => threadCpuSince(before[i], threadCpu(p.pid)));
  } finally {
    await Promise.all(peers.map((p) => p.stop()));
    received = await collector.stop();
    await neo4j.close();
  }
  const perRequest = (us: number) => (us / Number(o.requests)).toFixed(1);
  console.log(`p50 ms (client side): ${variants.map((v, i) => `${v.key} ${p50s[i].toFixed(3)}`).join(', ')}`);
  // µs per request for each server (10 ms ticks: ±10 ms over the loop): the main thread, the others
  // (V8's GC and compiler helpers, libuv's pool: Node 20 names them all "node"), the profiler's own.
  const sumOf = (t: Map<string, number>, keep: (name: string) => boolean) => [...t.entries()].filter(([n]) => keep(n)).reduce((a, [, ms]) => a + ms, 0);
  const groups: Array<[string, (name: string) => boolean]> = [
    ['main thread', (n) => n === 'main'],
    ['other threads', (n) => n !== 'main' && !n.startsWith('v8:')],
    ['profiler thread', (n) => n.startsWith('v8:')],
    ['all', () => true],
  ];
  console.log(`CPU µs per request over the loop (${(loopMs / 1000).toFixed(1)} s): ${variants.map((v) => v.key).join('\t')}`);
  for (const [label, keep] of groups) console.log(`${threads.map((t) => perRequest(sumOf(t, keep) * 1000)).join('\t')}\t${label}`);
  console.log(`collector (own process): ${received.requests} exports, ${received.spans} JSON spans, ${(received.bytes / 1024).toFixed(0)} KiB, CPU ${received.cpuMs.toFixed(0)} ms`);
  if (!o.cpuProf) return;
  const profiles = dirs.map((dir) => {
    const file = readdirSync(dir!).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile in ${dir}`);
    // The loop, and the moment between its end and each server's exit.
    return selfTimes(JSON.parse(readFileSync(join(dir!, file), 'utf8')) as Profile, (loopMs + 500) * 1000);
  });
  const total = (m: Map<string, number>) => [...m.entries()].filter(([k]) => !k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0);
  console.log(`busy µs per request: ${variants.map((v, i) => `${v.key} ${perRequest(total(profiles[i]))}`).join(', ')}`);
  const keys = new Set(profiles.flatMap((p) => [...p.keys()]));
  const rows = [...keys].map((k) => ({ k, t: profiles.map((p) => p.get(k) ?? 0) })).sort((a, b) => b.t[1] - b.t[0] - (a.t[1] - a.t[0]));
  console.log(`µs per request (${variants.map((v) => v.key).join(', ')}) — functions most above off with metrics:`);
  for (const r of rows.slice(0, Number(o.top))) console.log(`${r.t.map(perRequest).join('\t')}\t${r.k}`);
  const byBoth = [...rows].sort((a, b) => b.t[2] - b.t[1] - (a.t[2] - a.t[1]));
  console.log('functions most above metrics with both:');
  for (const r of byBoth.slice(0, 20)) console.log(`${r.t.map(perRequest).join('\t')}\t${r.k}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
