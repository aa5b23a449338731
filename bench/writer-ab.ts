/**
 * The writer's rate, A against B on the same machine in the same minutes: each tree's own
 * `writeFactsBatch` and schema (imported from the tree's src/, e.g. a `git archive` copy) loads the
 * same first articles of a scale into a fresh Neo4j folder, 40 per transaction, one in flight;
 * the trees alternate, round after round. Prints relationships/s per run and per tree, the Neo4j
 * server's CPU seconds for the load (user + system, less moved by a shared machine than the wall
 * clock) and the load average before each run.
 *
 *   TMPDIR=/tmp/me npx tsx bench/writer-ab.ts --tree base=/tmp/me/r-base --tree new=/tmp/me/r-new --scale S --articles 316 --rounds 2
 */
import { Command } from 'commander';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openBenchNeo4j } from './bench-neo4j.js';
import { generateGraph, scales, type Scale } from './generate.js';
import { processCpuMs } from './thread-cpu.js';

interface Tree {
  name: string;
  dir: string;
}

const o = new Command()
  .option('--tree <name=dir>', 'a tree to load with (twice or more)', (v: string, all: Tree[]) => [...all, { name: v.split('=')[0], dir: v.split('=')[1] }], [] as Tree[])
  .option('--scale <scale>', 'scale the articles come from', 'S')
  .option('--articles <n>', 'the first n articles of the scale', '316')
  .option('--rounds <n>', 'rounds (each tree once per round)', '2')
  .parse()
  .opts<{ tree: Tree[]; scale: Scale; articles: string; rounds: string }>();

const docs: unknown[] = [];
for (const d of generateGraph({ calls: scales[o.scale], seed: 1 }).documents()) if (docs.push(d) >= Number(o.articles)) break;
const results = new Map<string, number[]>();
console.log(`# writer A/B: the first ${docs.length} articles of ${o.scale}, 40 per transaction\n`);
console.log('| round | tree | relationships | seconds | relationships/s | Neo4j CPU s | relationships per Neo4j CPU s | load average (1 min) before |');
console.log('|---|---|---|---|---|---|---|---|');
for (let round = 1; round <= Number(o.rounds); round++) {
  for (const tree of o.tree) {
    const { writeFactsBatch } = (await import(join(tree.dir, 'src/graph/write-facts.ts'))) as typeof import('../src/graph/write-facts.js');
    const { applySchema } = (await import(join(tree.dir, 'src/graph/apply-schema.ts'))) as typeof import('../src/graph/apply-schema.js');
    const neo4j = await openBenchNeo4j({ scale: `writer-ab-${tree.name}-${round}`, seed: 1, log: (m) => console.error(m) });
    try {
      await applySchema(neo4j.store);
      const load = loadavg()[0];
      let rels = 0;
      const cpu0 = processCpuMs(neo4j.server.pid);
      const started = performance.now();
      for (let i = 0; i < docs.length; i += 40) rels += (await writeFactsBatch(neo4j.store, docs.slice(i, i + 40))).relationshipsCreated;
      const seconds = (performance.now() - started) / 1000;
      const cpu = (processCpuMs(neo4j.server.pid) - cpu0) / 1000;
      const rate = rels / seconds;
      results.set(tree.name, [...(results.get(tree.name) ?? []), rate]);
      console.log(`| ${round} | ${tree.name} | ${rels} | ${seconds.toFixed(1)} | ${Math.round(rate)} | ${cpu.toFixed(1)} | ${Math.round(rels / cpu)} | ${load.toFixed(1)} |`);
    } finally {
      await neo4j.close();
      rmSync(neo4j.homeDir, { recursive: true, force: true });
    }
  }
}
console.log('');
for (const [name, rates] of results) console.log(`${name}: mean ${Math.round(rates.reduce((a, b) => a + b, 0) / rates.length)} relationships/s (${rates.map(Math.round).join(', ')})`);
