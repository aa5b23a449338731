/**
 * The admission gate under load (issue 19): diplograph started once per gate setting (HEAVY_*),
 * beside @neo4j/graphql, over one loaded scale; the heavy questions (Q3, Q6, Q6b) sent by 10 and 50
 * closed-loop clients that retry a refusal at once (closed-loop.ts). The servers take turns in a
 * new random order each round. Per cell: answers/s, answers' p50/p99, refusals/s and their p50,
 * Retry-After, failures. Writes results/admission-<scale>.md.
 *
 *   npx tsx bench/admission.ts --scale S --variants 2/16/10000,8/256/10000 --rounds 2 --seconds 5
 *
 * A variant is `concurrency/queue/maxWaitMs`, as HEAVY_CONCURRENCY/HEAVY_QUEUE/HEAVY_QUEUE_WAIT_MS;
 * `default` is the configuration's defaults (src/config/env.ts).
 */
import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCH_PASSWORD } from './bench-neo4j.js';
import { closedLoop, type ClosedLoopResult } from './closed-loop.js';
import { findParams } from './find-params.js';
import { scales, type Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { benchQueries } from './queries.js';
import { createRandom } from './random.js';
import { runMain } from './run-main.js';
import { startPeer, type Peer } from './start-peers.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';

const log = (m: string) => console.error(`[admission ${new Date().toISOString().slice(11, 19)}] ${m}`);

interface Server {
  name: string;
  peer: Peer;
}

async function startVariant(variant: string, uri: string): Promise<Server> {
  const names = ['HEAVY_CONCURRENCY', 'HEAVY_QUEUE', 'HEAVY_QUEUE_WAIT_MS'];
  const values = variant === 'default' ? [] : variant.split('/');
  // startPeer passes its environment on to the server process (bench/peers/diplograph-server.ts reads HEAVY_*).
  names.forEach((n, i) => (values[i] ? (process.env[n] = values[i]) : delete process.env[n]));
  try {
    return { name: `diplograph ${variant}`, peer: await startPeer('diplograph', uri, BENCH_PASSWORD, true, 256) };
  } finally {
    names.forEach((n) => delete process.env[n]);
  }
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'a loaded scale', 'S')
    .option('--seed <n>', 'generator seed', '1')
    .option('--variants <list>', 'concurrency/queue/maxWaitMs, comma-separated; `default` for the defaults', 'default,2/16/10000,4/64/10000,8/256/10000')
    .option('--only <ids>', 'queries', 'Q3,Q6,Q6b')
    .option('--connections <list>', 'clients', '10,50')
    .option('--seconds <n>', 'seconds per cell and round', '5')
    .option('--rounds <n>', 'rounds, each in a new random order', '2')
    .option('--no-peer', 'leave @neo4j/graphql out')
    .option('--honour-retry-after', 'refused clients wait Retry-After before they send again')
    .option('--out <file>', 'the report (default: bench/results/admission-<scale>.md)')
    .parse(argv)
    .opts<{ scale: string; seed: string; variants: string; only: string; connections: string; seconds: string; rounds: string; peer: boolean; honourRetryAfter?: boolean; out?: string }>();
  if (!(o.scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}`);
  enableTcpNoDelay();
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale as Scale, seed: Number(o.seed), log });
  const servers: Server[] = [];
  try {
    const params = await findParams(neo4j.store);
    for (const v of o.variants.split(',')) servers.push(await startVariant(v, neo4j.server.uri));
    if (o.peer) servers.push({ name: '@neo4j/graphql', peer: await startPeer('neo4j-graphql', neo4j.server.uri, BENCH_PASSWORD, true) });
    const queries = benchQueries(params).filter((q) => o.only.split(',').includes(q.id));
    const random = createRandom(Number(o.seed));
    const rows: string[] = [];
    const loads: number[] = [];
    for (const q of queries) {
      const request = (s: Server) => s.peer.http((s.peer.kind === 'diplograph' ? q.diplograph : q.peer)!);
      // Warm each server (compiled query, driver connections, Neo4j's plan cache).
      for (const s of servers) for (let i = 0; i < 5; i++) await s.peer.send((s.peer.kind === 'diplograph' ? q.diplograph : q.peer)!);
      for (const connections of o.connections.split(',').map(Number)) {
        const results = new Map<string, ClosedLoopResult[]>(servers.map((s) => [s.name, []]));
        for (let round = 0; round < Number(o.rounds); round++) {
          for (const s of random.shuffle([...servers])) {
            const r = await closedLoop(request(s), { connections, seconds: Number(o.seconds), honourRetryAfter: o.honourRetryAfter });
            loads.push(loadavg()[0]);
            results.get(s.name)!.push(r);
            log(`${q.id} @${connections} ${s.name}: ${r.answersPerSecond} answers/s p50 ${r.answers.p50} p99 ${r.answers.p99}, refused ${r.refusals.count}, failed ${r.failures}${r.firstFailure ? ` (${r.firstFailure.slice(0, 120)})` : ''}`);
            await new Promise((done) => setTimeout(done, 1000)); // requests left in flight finish
          }
        }
        for (const s of servers) rows.push(row(q.id, connections, s.name, results.get(s.name)!));
      }
    }
    const load = loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : '-';
    const md = [
      `# Admission under load, scale ${o.scale} (${new Date().toISOString().slice(0, 16)}Z)`,
      '',
      `\`npx tsx bench/admission.ts ${argv.slice(2).join(' ')}\` — ${o.rounds} rounds of ${o.seconds} s per cell, servers taking turns; load average ${load}` +
        `; clients ${o.honourRetryAfter ? 'wait Retry-After after a refusal' : 'retry a refusal at once'}. Variants: HEAVY_CONCURRENCY/HEAVY_QUEUE/HEAVY_QUEUE_WAIT_MS.`,
      '',
      '| query | clients | server | answers/s (each round) | answer p50 ms | answer p99 ms | refused/s | refusal p50 ms | Retry-After s | failed |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    const file = o.out ?? fileURLToPath(new URL(`./results/admission-${o.scale}.md`, import.meta.url));
    writeFileSync(file, md);
    console.log(md);
    log(`wrote ${file}`);
  } finally {
    await Promise.all(servers.map((s) => s.peer.stop()));
    await neo4j.close();
  }
}

function row(id: string, connections: number, name: string, rs: ClosedLoopResult[]): string {
  const sum = (f: (r: ClosedLoopResult) => number) => rs.reduce((a, r) => a + f(r), 0);
  const seconds = sum((r) => r.seconds);
  const answers = (sum((r) => r.answersPerSecond * r.seconds) / seconds).toFixed(0);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const refused = sum((r) => r.refusals.count);
  const after = rs.filter((r) => r.refusals.count);
  const retry = after.length ? `${Math.min(...after.map((r) => r.retryAfter.min))}–${Math.max(...after.map((r) => r.retryAfter.max))}` : '-';
  return `| ${id} | ${connections} | ${name} | ${answers} (${rs.map((r) => r.answersPerSecond.toFixed(0)).join(', ')}) | ${median(rs.map((r) => r.answers.p50))} | ${Math.max(...rs.map((r) => r.answers.p99))} | ${(refused / seconds).toFixed(0)} | ${refused ? median(after.map((r) => r.refusals.p50)) : '-'} | ${retry} | ${sum((r) => r.failures)} |`;
}

runMain(import.meta.url, main, { exit: true });
