/**
 * Node's own CPU per request, without Neo4j (issue 19): each question is asked once over a loaded
 * scale and the rows of its statements are recorded; then the server is asked again and again over
 * a store that answers those statements from the recording (a copy of the rows each time, as the
 * driver would hand fresh ones), so the time measured is only ours — HTTP-less yoga, plugins,
 * execution, loaders, statement building, result mapping — and does not wait on another process.
 * On a shared machine that is the figure that moves least: CPU time of a loop that never sleeps.
 * Ways of asking, taking turns in blocks:
 * - `yoga`: the whole server in memory (`app.fetch`, production mode, every plugin);
 * - `jit`: the query compiled by graphql-jit and run with a fresh context, answer serialised (what
 *   the compiled executor does without yoga around it);
 * - `typename`: `{ __typename }` through the whole server: the pipeline with no resolver at all.
 * `--profile <dir>` then profiles one way alone (`--profile-way`, default yoga; a profile of pure CPU:
 * no idle, no waits; the profiler's own stop shows as `dispatch`, not a request's).
 *
 *   NODE_ENV=production TMPDIR=/tmp/mine npx tsx bench/request-cpu.ts --scale S --only Q2,Q4 --requests 2000
 */
import { Command } from 'commander';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { parse } from 'graphql';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { GraphStore, type Row, type Statement } from '../src/graph/graph-store.js';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createContext } from '../src/graphql/create-context.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { summariseProfile, type CpuProfile } from './profile-summary.js';
import { benchQueries, type GraphqlRequest } from './queries.js';
import { runMain } from './run-main.js';

const statementKey = (s: Statement) => `${s.cypher}\n${JSON.stringify(s.params)}`;

/** Answers the statements it has recorded from the recording; any other fails loudly. */
class RecordedStore extends GraphStore {
  constructor(private readonly recording: Map<string, Row[]>) {
    super(undefined as never);
  }
  override observed(): GraphStore {
    return this;
  }
  override async read(statement: Statement): Promise<Row[]> {
    const rows = this.recording.get(statementKey(statement));
    if (!rows) throw new Error(`not recorded: ${statement.cypher.slice(0, 200)}`);
    return structuredClone(rows);
  }
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'a loaded scale', 'S')
    .option('--only <ids>', 'these queries', 'Q1,Q2,Q3,Q4,Q5,Q6b')
    .option('--requests <n>', 'requests per way of asking and query', '1000')
    .option('--profile <dir>', 'then profile one way alone and write <dir>/<query>.cpuprofile')
    .option('--profile-way <way>', 'the way --profile profiles: yoga, jit or typename', 'yoga')
    .parse(argv)
    .opts<{ scale: Scale; only: string; requests: string; profile?: string; profileWay: string }>();
  if (process.env.NODE_ENV !== 'production') console.error('warning: NODE_ENV is not production');
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  const recorded = new Map<string, Row[]>();
  let queries;
  try {
    const live = new GraphStore(neo4j.driver);
    // Records each statement's rows as the reader received them.
    const recording = Object.assign(Object.create(live) as GraphStore, {
      observed: () => recording,
      read: async (s: Statement) => {
        const rows = await live.read(s);
        recorded.set(statementKey(s), structuredClone(rows));
        return rows;
      },
    });
    const app = createServer({ store: recording, logger: createLogger('silent', 'request-cpu'), production: true });
    queries = benchQueries(await findParams(neo4j.store)).filter((q) => o.only.split(',').includes(q.id) && q.diplograph);
    // Twice: the compiled executor runs a document's first request on graphql-js.
    for (const q of queries) for (let i = 0; i < 2; i++) await ask(app, q.diplograph!);
  } finally {
    await neo4j.close();
  }
  const store = new RecordedStore(recorded);
  const app = createServer({ store, logger: createLogger('silent', 'request-cpu'), production: true });
  const schema = buildSchema();
  const n = Number(o.requests);
  console.log(`Node CPU per request, µs (p50 of blocks of ${Math.max(1, Math.floor(n / 20))} requests; ${n} requests per way), scale ${o.scale}\n`);
  console.log('| query | yoga | jit | typename | yoga − jit |');
  console.log('|---|---|---|---|---|');
  for (const q of queries) {
    const request = q.diplograph!;
    const compiled = compileQuery(schema, parse(request.query));
    if (!isCompiledQuery(compiled)) throw new Error(`${q.id}: graphql-jit cannot compile it`);
    const ways: Record<string, () => Promise<unknown>> = {
      yoga: () => ask(app, request),
      jit: async () => JSON.stringify(await compiled.query(undefined, createContext({ store }), request.variables ?? {})),
      typename: () => ask(app, { query: '{ __typename }', variables: {} }),
    };
    const answer = JSON.parse(await ask(app, request)) as { errors?: unknown };
    if (answer.errors) throw new Error(`${q.id}: ${JSON.stringify(answer.errors)}`);
    const block = Math.max(1, Math.floor(n / 20));
    const perBlock: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((w) => [w, []]));
    for (let round = 0; round < 22; round++) {
      for (const [way, run] of Object.entries(ways)) {
        const c0 = process.cpuUsage();
        for (let i = 0; i < block; i++) await run();
        const c = process.cpuUsage(c0);
        // The first two rounds warm V8 up.
        if (round >= 2) perBlock[way].push((c.user + c.system) / block);
      }
    }
    const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [yoga, jit, typename] = ['yoga', 'jit', 'typename'].map((w) => p50(perBlock[w]));
    console.log(`| ${q.id} | ${yoga.toFixed(0)} | ${jit.toFixed(0)} | ${typename.toFixed(0)} | ${(yoga - jit).toFixed(0)} |`);
    if (o.profile) await profile(o.profile, `${q.id}-${o.profileWay}`, n, ways[o.profileWay]);
  }
}

async function ask(app: ReturnType<typeof createServer>, request: GraphqlRequest): Promise<string> {
  const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  return res.text();
}

async function profile(dir: string, id: string, n: number, run: () => Promise<unknown>): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let i = 0; i < n; i++) await run();
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${id}.cpuprofile`), JSON.stringify(profile));
  console.error(`\n${id} under the profiler (${n} requests):`);
  console.error(summariseProfile(profile, n));
}

runMain(import.meta.url, main, { exit: true });
