/**
 * Does a compiled executor remove the API's per-request cost? (issue 19). graphql-jit's compiled
 * query against graphql-js's `execute`, in one process over a loaded scale, with diplograph's own
 * schema and per-request context (fresh loaders each request): the two take turns request by
 * request, and each request's Node CPU time (process.cpuUsage; Neo4j works in its own process,
 * so a loaded machine moves it less than wall clock) and wall clock are kept, answer serialised
 * included. Parsing, validation and HTTP are the same for both and left out.
 *
 *   npm run bench:jit -- --scale S [--samples 200]   # bench/results/jit-S.md (with jit-S.notes.md, if written)
 */
import { Command } from 'commander';
import { execute, parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { loadavg } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createContext } from '../src/graphql/create-context.js';
import { findParams } from './find-params.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile } from './measure.js';
import { benchQueries, type BenchQuery } from './queries.js';
import type { Scale } from './generate.js';
import { runMain } from './run-main.js';

async function main(argv: string[]): Promise<void> {
  const o = new Command().option('--scale <scale>', 'a scale loaded by the benchmark', 'S').option('--samples <n>', 'requests per executor and query', '200').parse(argv).opts<{ scale: Scale; samples: string }>();
  const samples = Number(o.samples);
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, factsPerArticle: 50, log: (m) => console.error(m) });
  const rows: string[] = [];
  try {
    const schema = buildSchema();
    const params = await findParams(neo4j.store);
    // Q4p50 needs a cursor from paging (api.ts): page 1 (Q4) stands for both.
    const queries: BenchQuery[] = benchQueries(params).filter((q) => q.diplograph && q.id !== 'Q4p50');
    for (const q of queries) {
      const document = parse(q.diplograph!.query);
      const problems = validate(schema, document);
      if (problems.length) throw new Error(`${q.id}: ${problems[0].message}`);
      const compiled = compileQuery(schema, document);
      if (!isCompiledQuery(compiled)) throw new Error(`${q.id}: graphql-jit cannot compile it: ${JSON.stringify(compiled.errors)}`);
      const variables = q.diplograph!.variables;
      const run = [
        () => execute({ schema, document, contextValue: createContext({ store: neo4j.store }), variableValues: variables }),
        () => compiled.query(undefined, createContext({ store: neo4j.store }), variables),
      ];
      const answers = await Promise.all(run.map(async (r) => JSON.stringify(await r())));
      if (answers[0] !== answers[1]) throw new Error(`${q.id}: the executors answer differently`);
      const cpu: number[][] = [[], []];
      const wall: number[][] = [[], []];
      for (let i = 0; i < samples + 10; i++) {
        for (const e of [0, 1]) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          JSON.stringify(await run[e]());
          const c = process.cpuUsage(c0);
          // The first ten of each are warm-up (V8 optimising both paths).
          if (i >= 10) (cpu[e].push((c.user + c.system) / 1000), wall[e].push(performance.now() - t0));
        }
      }
      const p50 = (x: number[]) => percentile([...x].sort((a, b) => a - b), 50);
      rows.push(`| ${q.id} | ${p50(cpu[0])} | ${p50(cpu[1])} | ${(p50(cpu[0]) - p50(cpu[1])).toFixed(2)} | ${p50(wall[0])} | ${p50(wall[1])} |`);
      console.error(rows.at(-1));
    }
  } finally {
    await neo4j.close();
  }
  const file = fileURLToPath(new URL(`./results/jit-${o.scale}.md`, import.meta.url));
  writeFileSync(file, [
    `# A compiled executor (graphql-jit) against graphql-js's execute — scale ${o.scale}`,
    '',
    `Written by \`npm run bench:jit -- --scale ${o.scale}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${samples} requests per executor and query, taking turns; load average at the end ${loadavg().map((x) => x.toFixed(1)).join(', ')}.`,
    'Execution and serialising only: parsing, validation and HTTP are the same for both and left out.',
    '',
    '| query | Node CPU p50, execute (ms) | Node CPU p50, graphql-jit (ms) | saved (ms) | wall p50, execute (ms) | wall p50, graphql-jit (ms) |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    // What the numbers mean, written by hand beside the results (kept when the table is measured again).
    existsSync(file.replace(/\.md$/, '.notes.md')) ? readFileSync(file.replace(/\.md$/, '.notes.md'), 'utf8') : '',
  ].join('\n'));
  console.error(`wrote ${file}`);
}

runMain(import.meta.url, main);
