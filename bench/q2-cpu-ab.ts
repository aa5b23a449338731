/**
 * Node's CPU per request, two trees side by side in one process (issue 19: what Q2 and Q3 spend
 * after their one statement). Each tree (`--base`, and `--trial`, by default this one) brings its
 * own server (`createServer`, production, every plugin) and its own GraphStore over one loaded
 * scale; both answer every benchmark question, and their answers must be byte-identical.
 * Two measures, A and B taking turns (blocks A B, then B A, …) so the machine's load falls on both:
 * - `memory`: each tree's statements recorded once over Neo4j, then answered from its recording (a
 *   fresh copy each time, as the driver would hand fresh rows): ours only — yoga, plugins,
 *   execution, loaders, readers — without the driver (as bench/request-cpu.ts);
 * - `live`: over Neo4j, so the driver's work on the rows (Bolt unpacking, records, toPlain) is in it
 *   too; Neo4j works in its own process, so the CPU of ours it is not.
 * The figure is CPU time (process.cpuUsage: user + system) per request, p50 of blocks, not wall
 * clock: the machine is shared.
 *
 *   NODE_ENV=production TMPDIR=/tmp/mine npx tsx bench/q2-cpu-ab.ts --base /tmp/mine/base --only Q2,Q3 --requests 400
 *
 * `--base`: a tree (`git archive <commit> | tar -x`, with node_modules linked to this one's, so
 * both load the same graphql).
 */
import { Command } from 'commander';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { benchQueries, type GraphqlRequest } from './queries.js';
import { runMain } from './run-main.js';

type Row = Record<string, unknown>;
interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}
interface Store {
  read(statement: Statement): Promise<Row[]>;
}
type App = { fetch(url: string, init: RequestInit): Promise<Response> | Response };

const statementKey = (s: Statement) => `${s.cypher}\n${JSON.stringify(s.params)}`;

interface Tree {
  name: string;
  live: App;
  memory: App;
}

/** A tree's server twice: over Neo4j (recording each statement's rows) and over its recording. */
async function loadTree(name: string, root: string, driver: unknown, warm: GraphqlRequest[]): Promise<Tree> {
  const graphStore = (await import(resolve(root, 'src/graph/graph-store.ts'))) as { GraphStore: new (driver: unknown) => Store & { observed(o?: unknown): unknown } };
  const { createServer } = (await import(resolve(root, 'src/server/create-server.ts'))) as { createServer(o: Record<string, unknown>): App };
  const { createLogger } = (await import(resolve(root, 'src/logger.ts'))) as { createLogger(level: string, name: string): unknown };
  const logger = createLogger('silent', 'q2-cpu-ab');
  const recorded = new Map<string, Row[]>();
  const live = new graphStore.GraphStore(driver);
  const recording = Object.assign(Object.create(live) as Store, {
    observed: () => recording,
    read: async (s: Statement) => {
      const rows = await live.read(s);
      recorded.set(statementKey(s), structuredClone(rows));
      return rows;
    },
  });
  const recordingApp = createServer({ store: recording, logger, production: true });
  // Twice: the compiled executor runs a document's first request on graphql-js.
  for (const request of warm) for (let i = 0; i < 2; i++) await ask(recordingApp, request);
  const replay = Object.assign(Object.create(live) as Store, {
    observed: () => replay,
    read: async (s: Statement) => {
      const rows = recorded.get(statementKey(s));
      if (!rows) throw new Error(`${name}: not recorded: ${s.cypher.slice(0, 200)}`);
      return structuredClone(rows);
    },
  });
  return {
    name,
    live: createServer({ store: live, logger, production: true }),
    memory: createServer({ store: replay, logger, production: true }),
  };
}

async function ask(app: App, request: GraphqlRequest): Promise<string> {
  const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  return res.text();
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * CPU µs per request of each tree, p50 of `rounds` blocks of `block` requests, A and B taking turns
 * (A B, then B A …); and the p50 of the paired differences A − B of each round, whose two blocks
 * ran next to each other, so a change of the machine's load between rounds falls on both.
 */
async function alternate(trees: Tree[], way: 'live' | 'memory', request: GraphqlRequest, block: number, rounds: number): Promise<{ a: number; b: number; saved: number }> {
  const perBlock: number[][] = trees.map(() => []);
  for (let round = 0; round < rounds + 2; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const t of order) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < block; i++) await ask(trees[t][way], request);
      const c = process.cpuUsage(c0);
      // The first two rounds warm V8 up.
      if (round >= 2) perBlock[t].push((c.user + c.system) / block);
    }
  }
  return { a: p50(perBlock[0]), b: p50(perBlock[1]), saved: p50(perBlock[0].map((a, i) => a - perBlock[1][i])) };
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .requiredOption('--base <dir>', 'tree A (a git archive with node_modules linked)')
    .option('--trial <dir>', 'tree B', resolve(fileURLToPath(import.meta.url), '../..'))
    .option('--scale <scale>', 'a loaded scale', 'S')
    .option('--only <ids>', 'these queries', 'Q1,Q2,Q3,Q4,Q5,Q6b')
    .option('--requests <n>', 'in-memory requests per tree and query', '400')
    .option('--live-requests <n>', 'requests over Neo4j per tree and query (0: none)', '100')
    .parse(argv)
    .opts<{ base: string; trial: string; scale: Scale; only: string; requests: string; liveRequests: string }>();
  if (process.env.NODE_ENV !== 'production') console.error('warning: NODE_ENV is not production');
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  try {
    const queries = benchQueries(await findParams(neo4j.store)).filter((q) => o.only.split(',').includes(q.id) && q.diplograph);
    const requests = queries.map((q) => q.diplograph!);
    const trees = [await loadTree('A', o.base, neo4j.driver, requests), await loadTree('B', o.trial, neo4j.driver, requests)];
    const started = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const loadStart = loadavg().map((l) => l.toFixed(1)).join(', ');
    const rows: string[] = [];
    for (const q of queries) {
      const request = q.diplograph!;
      const [a, b] = await Promise.all(trees.map((t) => ask(t.memory, request)));
      const [la, lb] = [await ask(trees[0].live, request), await ask(trees[1].live, request)];
      if ((JSON.parse(a) as { errors?: unknown }).errors) throw new Error(`${q.id}: ${a.slice(0, 500)}`);
      if (a !== b || la !== lb || a !== la) throw new Error(`${q.id}: the answers differ (A ${a.length} B ${b.length} chars, live A ${la.length} B ${lb.length})`);
      const n = Number(o.requests);
      const memory = await alternate(trees, 'memory', request, Math.max(1, Math.floor(n / 40)), 40);
      const ln = Number(o.liveRequests);
      const live = ln > 0 ? await alternate(trees, 'live', request, Math.max(1, Math.floor(ln / 20)), 20) : { a: NaN, b: NaN, saved: NaN };
      const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));
      const saved = ({ a, saved }: { a: number; saved: number }) => (Number.isNaN(a) ? '–' : `${saved.toFixed(0)} (${((saved / a) * 100).toFixed(0)} %)`);
      rows.push(`| ${q.id} | ${a.length} | ${f(memory.a)} | ${f(memory.b)} | ${saved(memory)} | ${f(live.a)} | ${f(live.b)} | ${saved(live)} |`);
      console.error(rows.at(-1));
    }
    const loadEnd = loadavg().map((l) => l.toFixed(1)).join(', ');
    console.log(`A = ${o.base}, B = ${o.trial}; scale ${o.scale}; ${started} UTC; load average at the start ${loadStart}, at the end ${loadEnd}.`);
    console.log(`Node CPU per request (user + system), µs: p50 of blocks, A and B taking turns block by block (A B, B A …); saved: p50 of each round's A − B; answers byte-identical.`);
    console.log(`memory: ${o.requests} requests per tree and query (40 blocks) from the recorded rows; live: ${o.liveRequests} over Neo4j, driver included (20 blocks).\n`);
    console.log('| query | answer (chars) | memory A | memory B | saved | live A | live B | saved |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    await neo4j.close();
  }
}

runMain(import.meta.url, main, { exit: true });
