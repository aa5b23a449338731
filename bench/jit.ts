/**
 * Does the compiled executor (src/server/use-compiled-execution.ts, graphql-jit) make requests
 * cheaper? (issue 19). Two apps built by `createServer` as the benchmark's peer builds it
 * (production, default limits, every plugin) over one loaded scale, one running queries compiled
 * (the default) and one on graphql-js (`executor: 'graphql-js'`); each request goes through the
 * whole app in memory (`app.fetch`: yoga's request handling, parsing with its cache, validation,
 * the plugins, execution, the JSON body), the two taking turns request by request, in alternating
 * order. Kept per request: Node CPU time (process.cpuUsage; Neo4j works in its own process, so a
 * loaded machine moves it less than wall clock) and wall clock. Only the socket is left out.
 *
 *   npm run bench:jit -- --scale S [--samples 200]   # bench/results/jit-S.md (with jit-S.notes.md, if written)
 *
 * Before the comparison each query's two answers must be byte-identical.
 */
import { Command } from 'commander';
import { loadavg } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { findParams } from './find-params.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile } from './measure.js';
import { benchQueries, page, type BenchQuery } from './queries.js';
import type { Scale } from './generate.js';
import { runMain } from './run-main.js';

const EXECUTORS = ['graphql-js', 'compiled'] as const;

async function main(argv: string[]): Promise<void> {
  const o = new Command().option('--scale <scale>', 'a scale loaded by the benchmark', 'S').option('--samples <n>', 'requests per executor and query', '200').parse(argv).opts<{ scale: Scale; samples: string }>();
  const samples = Number(o.samples);
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, factsPerArticle: 50, log: (m) => console.error(m) });
  const rows: string[] = [];
  try {
    const apps = EXECUTORS.map((executor) => createServer({ store: neo4j.store, logger: createLogger('silent', 'diplograph-bench'), production: true, executor }));
    const send = async (e: number, request: { query: string; variables?: unknown }) => {
      const res = await apps[e].fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      return res.text();
    };
    const params = await findParams(neo4j.store);
    const queries: BenchQuery[] = benchQueries(params).filter((q) => q.diplograph && q.id !== 'Q4p50');
    // Q4 page 50 starts where 49 pages of Q4 end (paged through once, untimed).
    let after: string | null = null;
    for (let i = 0; i < 49; i++) after = JSON.parse(await send(1, page('Q4', '', { diplograph: after, peer: null, floor: null }).diplograph!)).data.calls.pageInfo.endCursor;
    queries.push({ ...page('Q4p50', '', { diplograph: after, peer: null, floor: null }) });
    for (const q of queries) {
      const request = q.diplograph!;
      const answers = await Promise.all([0, 1].map((e) => send(e, request)));
      if (answers[0] !== answers[1]) throw new Error(`${q.id}: the executors answer differently`);
      if (JSON.parse(answers[0]).errors) throw new Error(`${q.id}: ${answers[0].slice(0, 300)}`);
      const cpu: number[][] = [[], []];
      const wall: number[][] = [[], []];
      for (let i = 0; i < samples + 10; i++) {
        // Alternating who goes first, so neither always runs on a warmer cache.
        for (const e of i % 2 ? [1, 0] : [0, 1]) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          await send(e, request);
          const c = process.cpuUsage(c0);
          // The first ten of each are warm-up (V8 optimising both paths, the compiled query built).
          if (i >= 10) (cpu[e].push((c.user + c.system) / 1000), wall[e].push(performance.now() - t0));
        }
      }
      const p50 = (x: number[]) => percentile([...x].sort((a, b) => a - b), 50);
      const saved = (x: number[][]) => `${(p50(x[0]) - p50(x[1])).toFixed(2)} (${(((p50(x[0]) - p50(x[1])) / p50(x[0])) * 100).toFixed(0)} %)`;
      rows.push(`| ${q.id} | ${p50(cpu[0])} | ${p50(cpu[1])} | ${saved(cpu)} | ${p50(wall[0])} | ${p50(wall[1])} | ${saved(wall)} |`);
      console.error(rows.at(-1));
    }
  } finally {
    await neo4j.close();
  }
  const file = fileURLToPath(new URL(`./results/jit-${o.scale}.md`, import.meta.url));
  writeFileSync(file, [
    `# The compiled executor (graphql-jit) against graphql-js, through the whole app — scale ${o.scale}`,
    '',
    `Written by \`npm run bench:jit -- --scale ${o.scale}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${samples} requests per executor and query, taking turns; load average at the end ${loadavg().map((x) => x.toFixed(1)).join(', ')}.`,
    "Each request through `createServer`'s app in memory (production, every plugin): only the socket is left out.",
    '',
    '| query | Node CPU p50, graphql-js (ms) | Node CPU p50, compiled (ms) | saved (ms) | wall p50, graphql-js (ms) | wall p50, compiled (ms) | saved (ms) |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    // What the numbers mean, written by hand beside the results (kept when the table is measured again).
    existsSync(file.replace(/\.md$/, '.notes.md')) ? readFileSync(file.replace(/\.md$/, '.notes.md'), 'utf8') : '',
  ].join('\n'));
  console.error(`wrote ${file}`);
}

runMain(import.meta.url, main);
