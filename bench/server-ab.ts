/**
 * A change to the server's own cost per request, A against B in ONE process (issue 19): the whole
 * app (`createServer`, production mode, every plugin, `app.fetch` as tests call it) built from a
 * base checkout (A) and from this working tree (B), over one driver to one loaded scale, asked
 * each question in turns (a new random order each round), so the shared machine's noise falls on
 * both alike. Before timing, both answers must be the same text, byte for byte. Per request: wall
 * clock and Node CPU (process.cpuUsage; the CPU of both apps' statements in Neo4j is not Node's).
 *
 *   git archive <commit> src schema seeds package.json tsconfig.json | tar -x -C /tmp/mine/base && ln -s "$PWD/node_modules" /tmp/mine/base/
 *   NODE_ENV=production TMPDIR=/tmp/mine npx tsx bench/server-ab.ts --base /tmp/mine/base --scale S --only Q2,Q4,Q4p50 --samples 300
 *
 * TMPDIR: the folder the scale is loaded in (bench-neo4j.ts), so a run never touches another's.
 */
import { Command } from 'commander';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphStore } from '../src/graph/graph-store.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile } from './measure.js';
import { benchQueries, withPageFifty, type GraphqlRequest } from './queries.js';
import { createRandom } from './random.js';
import { runMain } from './run-main.js';

type Ask = (request: GraphqlRequest) => Promise<string>;

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .requiredOption('--base <dir>', 'a checkout of the base commit (src/, schema/, seeds/, package.json, node_modules linked)')
    .option('--scale <scale>', 'a scale (loaded into $TMPDIR/diplograph-bench-<scale>-seed1 if not yet)', 'S')
    .option('--only <ids>', 'these queries', 'Q2,Q4,Q4p50,Q5')
    .option('--samples <n>', 'requests per app and query', '200')
    .parse(argv)
    .opts<{ base: string; scale: Scale; only: string; samples: string }>();
  if (process.env.NODE_ENV !== 'production') console.error('warning: NODE_ENV is not production (libraries may run their development paths)');
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  try {
    const base = resolve(o.base);
    const baseServer = (await import(join(base, 'src/server/create-server.ts'))) as typeof import('../src/server/create-server.js');
    const baseStore = (await import(join(base, 'src/graph/graph-store.ts'))) as typeof import('../src/graph/graph-store.js');
    const logger = createLogger('silent', 'server-ab');
    const appOf = (make: typeof createServer, store: GraphStore): Ask => {
      const app = make({ store, logger, production: true });
      return async (request) => {
        const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
        return res.text();
      };
    };
    const apps: Record<'A' | 'B', Ask> = {
      A: appOf(baseServer.createServer, new baseStore.GraphStore(neo4j.driver) as unknown as GraphStore),
      B: appOf(createServer, new GraphStore(neo4j.driver)),
    };
    const queries = await withPageFifty(benchQueries(await findParams(neo4j.store)), apps.B);
    const only = new Set(o.only.split(','));
    const n = Number(o.samples);
    const random = createRandom(1);
    console.log(`${new Date().toISOString().slice(0, 16)} UTC, scale ${o.scale}, A = ${base}, B = this tree, ${n} requests each, load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the start`);
    console.log('| query | A p50 ms | B p50 ms | B / A wall | A CPU ms | B CPU ms | B − A CPU ms |');
    console.log('|---|---|---|---|---|---|---|');
    for (const q of queries.filter((q) => only.has(q.id) && q.diplograph)) {
      const request = q.diplograph!;
      const [a, b] = [await apps.A(request), await apps.B(request)];
      if (a !== b) throw new Error(`${q.id}: the two apps answer differently:\nA ${a.slice(0, 300)}\nB ${b.slice(0, 300)}`);
      if ((JSON.parse(b) as { errors?: unknown }).errors) throw new Error(`${q.id}: ${b.slice(0, 300)}`);
      const wall = { A: [] as number[], B: [] as number[] };
      const cpu = { A: [] as number[], B: [] as number[] };
      for (let i = 0; i < n + 20; i++) {
        for (const arm of random.chance(0.5) ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          await apps[arm](request);
          const w = performance.now() - t0;
          const c = process.cpuUsage(c0);
          // The first twenty are warm-up: V8 optimising, the compiled executor, Neo4j planning.
          if (i < 20) continue;
          wall[arm].push(w);
          cpu[arm].push((c.user + c.system) / 1000);
        }
      }
      const p50 = (xs: number[]) => percentile([...xs].sort((x, y) => x - y), 50);
      const [wa, wb, ca, cb] = [p50(wall.A), p50(wall.B), p50(cpu.A), p50(cpu.B)];
      console.log(`| ${q.id} | ${wa.toFixed(2)} | ${wb.toFixed(2)} | ${(wb / wa).toFixed(2)}× | ${ca.toFixed(2)} | ${cb.toFixed(2)} | ${(cb - ca).toFixed(2)} |`);
    }
  } finally {
    await neo4j.close();
  }
}

runMain(import.meta.url, main, { exit: true });
