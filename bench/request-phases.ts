/**
 * Where one request's time goes (issue 19): diplograph in this process, over a loaded scale, asked
 * each question in four ways that take turns request by request, beside the floor's statement:
 * - `floor`: the floor's one hand-written statement through `driver.executeQuery`, answer serialised;
 * - `replay`: the statements diplograph sent for the request, replayed bare and one after another
 *   through `driver.executeQuery` (Neo4j's work and the round trips, nothing of ours);
 * - `execute`: graphql-js `execute` with a fresh per-request context and the answer serialised (the
 *   resolvers, loaders, readers and the store; no yoga, no plugins);
 * - `tools`: the same with the executor yoga runs (@graphql-tools/executor's normalizedExecutor);
 * - `yoga`: the whole server in memory (`app.fetch` as tests call it, production mode, every plugin),
 *   answer read as text. Only the HTTP socket is missing, and the floor has one too.
 * So `yoga − tools` is yoga's pipeline and the plugins, `execute − replay` the GraphQL execution
 * and our readers around the statements. Wall clock and Node CPU (process.cpuUsage) per request;
 * `--profile <dir>` then runs the yoga path alone under V8's sampling profiler and prints its self
 * time by package and the inclusive time of named functions (the .cpuprofile is kept in <dir>).
 *
 *   NODE_ENV=production TMPDIR=/tmp/mine npx tsx bench/request-phases.ts --scale S --only Q1,Q4 --samples 200 --profile /tmp/mine/prof
 *
 * TMPDIR: the folder the scale is loaded in (bench-neo4j.ts), so a run never touches another's.
 */
import { Command } from 'commander';
import { normalizedExecutor } from '@graphql-tools/executor';
import { execute, parse } from 'graphql';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { GraphStore, type StatementEvent } from '../src/graph/graph-store.js';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createContext } from '../src/graphql/create-context.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile } from './measure.js';
import { floorStatement } from './peers/floor-server.js';
import { summariseProfile, type CpuProfile } from './profile-summary.js';
import { benchQueries, withPageFifty, type GraphqlRequest } from './queries.js';
import { runMain } from './run-main.js';

const ARMS = ['floor', 'replay', 'execute', 'tools', 'yoga'] as const;
type Arm = (typeof ARMS)[number];

interface Sample {
  wall: number;
  cpu: number;
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'a scale (loaded into $TMPDIR/diplograph-bench-<scale>-seed1 if not yet)', 'S')
    .option('--only <ids>', 'these queries (default: all but Q6, whose cost is not fixed)', 'Q1,Q2,Q3,Q4,Q4p50,Q5,Q6b')
    .option('--samples <n>', 'requests per way of asking and query', '100')
    .option('--profile <dir>', 'then profile the yoga path alone, as many requests again, and write <dir>/<query>.cpuprofile')
    .parse(argv)
    .opts<{ scale: Scale; only: string; samples: string; profile?: string }>();
  if (process.env.NODE_ENV !== 'production') console.error('warning: NODE_ENV is not production (libraries may run their development paths)');
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  try {
    const driver = neo4j.driver;
    const recorded: StatementEvent[] = [];
    const store = new GraphStore(driver).observed((e) => recorded.push(e));
    const app = createServer({ store, logger: createLogger('silent', 'request-phases'), production: true });
    const schema = buildSchema();
    const ask = async (request: GraphqlRequest) => {
      const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      return res.text();
    };
    const queries = await withPageFifty(benchQueries(await findParams(neo4j.store)), ask);
    const only = new Set(o.only.split(','));
    console.log(`| query | statements | floor ms | replay ms | execute ms | tools ms | yoga ms | store.read ms | CPU ms: execute, tools, yoga | yoga / floor | yoga − tools | execute − replay |`);
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const q of queries.filter((q) => only.has(q.id) && q.diplograph)) {
      const request = q.diplograph!;
      const document = parse(request.query);
      const floor = floorStatement(q.floor);
      recorded.length = 0;
      const answer = JSON.parse(await ask(request)) as { errors?: unknown };
      if (answer.errors) throw new Error(`${q.id}: ${JSON.stringify(answer.errors)}`);
      const statements = recorded.map(({ cypher, params }) => ({ cypher, params }));
      // Each replayed statement's wall clock, to tell which of a request's statements costs.
      const each: number[][] = statements.map(() => []);
      // And the time Neo4j reports for it (resultAvailableAfter + resultConsumedAfter): the rest is the round trip.
      const inNeo4j: number[][] = statements.map(() => []);
      const floorInNeo4j: number[] = [];
      const run: Record<Arm, () => Promise<unknown>> = {
        floor: async () => {
          const { records, summary } = await bare(driver, floor);
          floorInNeo4j.push(serverMs(summary));
          return JSON.stringify(records[0]?.toObject());
        },
        replay: async () => {
          for (const [i, s] of statements.entries()) {
            const t0 = performance.now();
            const { summary } = await bare(driver, s);
            each[i].push(performance.now() - t0);
            inNeo4j[i].push(serverMs(summary));
          }
        },
        execute: async () => JSON.stringify(await execute({ schema, document, variableValues: request.variables, contextValue: createContext({ store }) })),
        tools: async () => JSON.stringify(await normalizedExecutor({ schema, document, variableValues: request.variables, contextValue: createContext({ store }) })),
        yoga: () => ask(request),
      };
      const samples = Object.fromEntries(ARMS.map((a) => [a, [] as Sample[]])) as Record<Arm, Sample[]>;
      const readMs: number[] = [];
      const n = Number(o.samples);
      for (let i = 0; i < n + 10; i++) {
        for (const arm of ARMS) {
          recorded.length = 0;
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          await run[arm]();
          const wall = performance.now() - t0;
          const c = process.cpuUsage(c0);
          // The first ten are warm-up: V8 optimising, Neo4j planning.
          if (i < 10) continue;
          samples[arm].push({ wall, cpu: (c.user + c.system) / 1000 });
          if (arm === 'yoga') readMs.push(recorded.reduce((t, e) => t + e.ms, 0));
        }
      }
      const p50 = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
      const wall = (arm: Arm) => p50(samples[arm].map((s) => s.wall));
      const cpu = (arm: Arm) => p50(samples[arm].map((s) => s.cpu));
      const cells = [wall('floor'), wall('replay'), wall('execute'), wall('tools'), wall('yoga'), p50(readMs), `${cpu('execute')}, ${cpu('tools')}, ${cpu('yoga')}`];
      const derived = [`${(wall('yoga') / wall('floor')).toFixed(2)}×`, (wall('yoga') - wall('tools')).toFixed(2), (wall('execute') - wall('replay')).toFixed(2)];
      console.log(`| ${q.id} | ${statements.length} | ${cells.join(' | ')} | ${derived.join(' | ')} |`);
      const inServer = inNeo4j.map((xs) => p50(xs.slice(10)));
      console.error(`${q.id}: each statement replayed, p50 ms: ${each.map((xs, i) => `${p50(xs.slice(10))} (Neo4j ${inServer[i]})`).join(', ')}; the floor's in Neo4j ${p50(floorInNeo4j.slice(10))}`);
      if (o.profile) await profile(o.profile, q.id, n, run.yoga);
    }
  } finally {
    await neo4j.close();
  }
}

/** One statement as the floor sends it: an auto-commit read through executeQuery, no bookmarks. */
function bare(driver: Driver, s: { cypher: string; params: Record<string, unknown> }) {
  return driver.executeQuery(s.cypher, s.params, { routing: 'READ', bookmarkManager: null });
}

/** What Neo4j reports it spent on a statement: until the first record, and until the last was sent. */
function serverMs(summary: { resultAvailableAfter: unknown; resultConsumedAfter: unknown }): number {
  return Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter);
}

async function profile(dir: string, id: string, n: number, run: () => Promise<unknown>): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await run();
  const wall = (performance.now() - t0) / n;
  const c = process.cpuUsage(c0);
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${id}.cpuprofile`), JSON.stringify(profile));
  console.error(`\n${id} under the profiler: ${wall.toFixed(2)} ms wall, ${((c.user + c.system) / 1000 / n).toFixed(2)} ms CPU per request`);
  console.error(summariseProfile(profile, n));
}

runMain(import.meta.url, main, { exit: true });
