/**
 * The server process's CPU per request over real HTTP, A against B (issue 19). One child process
 * serves two node:http servers as src/main.ts serves one (`createServer(app)` over the app
 * `createServer` builds, production mode, every plugin): A from a base checkout, B from this tree,
 * over one driver to one loaded scale. This process is the client (keep-alive, one socket per arm,
 * one request at a time) and asks the child for its own `process.cpuUsage()` around each block of
 * requests, so the figure is the server process's CPU alone — HTTP parsing, yoga, the plugins,
 * execution, our readers, the driver's encoding and decoding — and not the client's. A and B take
 * turns block by block (a new random order each round), so a shared machine's noise falls on both
 * alike. Before timing, both must answer each question with the same status, the same headers
 * (but `date`) and the same body, byte for byte. `typename` (`{ __typename }`) can be asked too:
 * the pipeline with no resolver; and last, `{ __typename }` through two floors in the same process:
 * a bare node:http handler (body read and parsed, a fixed answer written) and yoga over the same
 * schema with none of our plugins (its defaults). `--cpu-prof <dir>`: the server process under V8's profiler.
 *
 *   git archive <commit> src schema seeds package.json tsconfig.json | tar -x -C /tmp/mine/base && ln -s "$PWD/node_modules" /tmp/mine/base/
 *   NODE_ENV=production TMPDIR=/tmp/mine npx tsx bench/http-cpu-ab.ts --base /tmp/mine/base --scale S --only typename,Q2,Q4 --rounds 30
 *   TMPDIR=/tmp/mine npm run bench:request-cost -- --base <commit> --scale S --rounds 40   # A = that commit, extracted into $TMPDIR
 *
 * TMPDIR: the folder the scale is loaded in (bench-neo4j.ts), so a run never touches another's.
 */
import { Command } from 'commander';
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, createServer as createHttpServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_PASSWORD, BENCH_USER } from './bench-neo4j.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile } from './measure.js';
import { benchQueries, withPageFifty, type BenchQuery, type GraphqlRequest } from './queries.js';
import { createRandom } from './random.js';
import { runMain } from './run-main.js';

const ARMS = ['A', 'B'] as const;
type Arm = (typeof ARMS)[number] | 'bare' | 'plain';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The child: both apps on node:http, its CPU on request (IPC). */
async function serve(base: string, uri: string): Promise<void> {
  const { connectNeo4j } = await import('../src/graph/connect-neo4j.js');
  const { GraphStore } = await import('../src/graph/graph-store.js');
  const { createLogger } = await import('../src/logger.js');
  const tree = await import('../src/server/create-server.js');
  const baseServer = (await import(join(base, 'src/server/create-server.ts'))) as typeof tree;
  const baseStore = (await import(join(base, 'src/graph/graph-store.ts'))) as { GraphStore: typeof GraphStore };
  // As src/main.ts connects: diplograph's driver configuration, TCP_NODELAY on its sockets.
  const driver = await connectNeo4j({ uri, user: BENCH_USER, password: BENCH_PASSWORD });
  const logger = createLogger('silent', 'http-cpu-ab');
  const apps = {
    A: baseServer.createServer({ store: new baseStore.GraphStore(driver), logger, production: true }),
    B: tree.createServer({ store: new GraphStore(driver), logger, production: true }),
  };
  // `bare`: node:http alone — the body read and parsed, a fixed answer written (the floor of any HTTP server).
  const bare = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const body = '{"data":{"__typename":"Query"}}';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  };
  // `plain`: yoga over the same schema with none of our plugins or context (its defaults, errors masked).
  const { createYoga } = await import('graphql-yoga');
  const { buildSchema } = await import('../src/graphql/build-schema.js');
  const plain = createYoga({ schema: buildSchema(), logging: false, landingPage: false, graphiql: false });
  const ports: Record<string, number> = {};
  for (const arm of [...ARMS, 'bare', 'plain'] as const) {
    const server = createHttpServer(arm === 'bare' ? bare : arm === 'plain' ? plain : apps[arm]);
    server.keepAliveTimeout = 600_000;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    ports[arm] = (server.address() as { port: number }).port;
  }
  process.on('message', (m: string) => {
    if (m === 'cpu') {
      const c = process.cpuUsage();
      process.send!({ cpu: c.user + c.system });
    }
    if (m === 'exit') void driver.close().then(() => process.exit(0));
  });
  process.send!({ ports });
}

/** `base` if it is a folder; else a commit, whose tree is extracted (once) into $TMPDIR with this checkout's node_modules linked. */
function checkout(base: string): string {
  if (existsSync(base) && statSync(base).isDirectory()) return base;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const commit = execFileSync('git', ['rev-parse', '--verify', `${base}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `http-cpu-ab-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    const paths = ['src', 'schema', 'seeds', 'neo4j', 'package.json', 'tsconfig.json', 'web/src/gql'];
    execFileSync('sh', ['-c', `git archive ${commit} ${paths.join(' ')} | tar -x -C '${dir}'`], { cwd: root });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--serve <base>', '(the child process)')
    .option('--uri <uri>', '(the child process)')
    .option('--base <dir>', 'a checkout of the base commit (src/, schema/, seeds/, package.json, node_modules linked), or a commit to extract into $TMPDIR')
    .option('--scale <scale>', 'a scale (loaded into $TMPDIR/diplograph-bench-<scale>-seed1 if not yet)', 'S')
    .option('--only <ids>', 'these queries (and `typename`)', 'typename,Q1,Q2,Q3,Q4,Q4p50,Q5,Q6b')
    .option('--block <n>', 'requests per block', '20')
    .option('--rounds <n>', 'blocks per arm and query (the first two warm up)', '30')
    .option('--cpu-prof <dir>', "write the server process's V8 CPU profile into <dir> (both arms: read it with A = B)")
    .parse(argv)
    .opts<{ serve?: string; uri?: string; base?: string; scale: Scale; only: string; block: string; rounds: string; cpuProf?: string }>();
  if (o.serve) {
    await serve(resolve(o.serve), o.uri!);
    // Serves until the parent says exit.
    return new Promise(() => undefined);
  }
  if (!o.base) throw new Error('--base <dir or commit> is required');
  o.base = checkout(o.base);
  if (process.env.NODE_ENV !== 'production') console.error('warning: NODE_ENV is not production (libraries may run their development paths)');
  const { neo4j: bench } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve', resolve(o.base), '--uri', bench.server.uri], {
    execArgv: [...(o.cpuProf ? ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', o.cpuProf] : []), '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const next = () => new Promise<Record<string, unknown>>((done) => child.once('message', (m) => done(m as Record<string, unknown>)));
    const { ports } = (await next()) as { ports: Record<Arm, number> };
    const childCpu = async () => {
      const reply = next();
      child.send('cpu');
      return ((await reply) as { cpu: number }).cpu;
    };
    const agent = () => new Agent({ keepAlive: true, maxSockets: 1 });
    const agents = { A: agent(), B: agent(), bare: agent(), plain: agent() };
    const ask = (arm: Arm, request: GraphqlRequest): Promise<Answer> =>
      new Promise((done, fail) => {
        const body = JSON.stringify(request);
        const req = httpRequest(
          { host: '127.0.0.1', port: ports[arm], path: '/graphql', method: 'POST', agent: agents[arm], headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', fail);
          },
        );
        req.on('error', fail);
        req.end(body);
      });
    const queries: BenchQuery[] = [
      { id: 'typename', title: '{ __typename }', diplograph: { query: '{ __typename }', variables: {} } } as unknown as BenchQuery,
      ...(await withPageFifty(benchQueries(await findParams(bench.store)), (r) => ask('B', r).then((a) => a.body))),
    ];
    const only = o.only.split(',');
    const block = Number(o.block);
    const rounds = Number(o.rounds);
    const random = createRandom(1);
    console.log(
      `${new Date().toISOString().slice(0, 16)} UTC, scale ${o.scale}, A = ${resolve(o.base)}, B = this tree; server process CPU per request (p50 of ${rounds - 2} blocks of ${block}), load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the start`,
    );
    console.log('| query | A CPU ms | B CPU ms | B − A CPU ms | B / A CPU | A wall p50 ms | B wall p50 ms |');
    console.log('|---|---|---|---|---|---|---|');
    for (const id of only) {
      const q = queries.find((x) => x.id === id && x.diplograph);
      if (!q) throw new Error(`no query ${id}`);
      const request = q.diplograph!;
      const [a, b] = [await ask('A', request), await ask('B', request)];
      const same = (x: Answer) => JSON.stringify({ status: x.status, headers: { ...x.headers, date: undefined }, body: x.body });
      if (same(a) !== same(b)) throw new Error(`${id}: the two servers answer differently:\nA ${same(a).slice(0, 400)}\nB ${same(b).slice(0, 400)}`);
      if (a.status !== 200 || (JSON.parse(b.body) as { errors?: unknown }).errors) throw new Error(`${id}: ${a.status} ${b.body.slice(0, 300)}`);
      const cpu = { A: [] as number[], B: [] as number[] };
      const wall = { A: [] as number[], B: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        for (const arm of random.chance(0.5) ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
          const c0 = await childCpu();
          const walls: number[] = [];
          for (let i = 0; i < block; i++) {
            const t0 = performance.now();
            await ask(arm, request);
            walls.push(performance.now() - t0);
          }
          const c1 = await childCpu();
          // The first two rounds warm up: V8 optimising, the compiled executor, Neo4j planning.
          if (round < 2) continue;
          cpu[arm].push((c1 - c0) / block / 1000);
          wall[arm].push(...walls);
        }
      }
      const p50 = (xs: number[]) => percentile([...xs].sort((x, y) => x - y), 50);
      const [ca, cb, wa, wb] = [p50(cpu.A), p50(cpu.B), p50(wall.A), p50(wall.B)];
      console.log(`| ${id} | ${ca.toFixed(3)} | ${cb.toFixed(3)} | ${(cb - ca).toFixed(3)} | ${(cb / ca).toFixed(2)}× | ${wa.toFixed(2)} | ${wb.toFixed(2)} |`);
    }
    // `{ __typename }` through the two floors, blocks alternated.
    const floors = { bare: [] as number[], plain: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      for (const arm of ['bare', 'plain'] as const) {
        const c0 = await childCpu();
        for (let i = 0; i < block; i++) await ask(arm, { query: '{ __typename }', variables: {} });
        if (round >= 2) floors[arm].push(((await childCpu()) - c0) / block / 1000);
      }
    }
    const median = (xs: number[]) => percentile([...xs].sort((x, y) => x - y), 50).toFixed(3);
    console.log(`\n\`{ __typename }\`, server CPU per request: node:http alone (body read and parsed, a fixed answer written) ${median(floors.bare)} ms; yoga with none of our plugins ${median(floors.plain)} ms`);
    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the end`);
  } finally {
    child.send('exit');
    await new Promise((done) => child.once('exit', done));
    await bench.close();
  }
}

runMain(import.meta.url, main, { exit: true });
