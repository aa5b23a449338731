/**
 * Where the writer's time goes as a graph grows: loads a scale into a fresh folder and prints, per
 * tenth of the load, the milliseconds each write statement took (summed over the batches).
 *
 *   npx tsx bench/profile-writer.ts --scale M
 */
import { Command } from 'commander';
import { rmSync } from 'node:fs';
import { applySchema } from '../src/graph/apply-schema.js';
import type { StatementEvent } from '../src/graph/graph-store.js';
import { writeFactsBatch } from '../src/graph/write-facts.js';
import { openBenchNeo4j } from './bench-neo4j.js';
import { generateGraph, scales, type Scale } from './generate.js';

const options = new Command().option('--scale <scale>', 'scale', 'S').option('--tenths <n>', 'tenths to load', '10').parse().opts<{ scale: Scale; tenths: string }>();
const name = `profile${options.scale}`;
const neo4j = await openBenchNeo4j({ scale: name, seed: 1, log: (m) => console.error(m) });
try {
  await applySchema(neo4j.store);
  const graph = generateGraph({ calls: scales[options.scale], seed: 1 });
  const docs = [...graph.documents()];
  const tenth = Math.ceil(docs.length / 10);
  const keyOf = (e: StatementEvent) => e.cypher.replace(/\s+/g, ' ').slice(0, 70);
  for (let t = 0; t < Number(options.tenths); t++) {
    const times = new Map<string, number>();
    let rels = 0;
    const started = performance.now();
    const store = neo4j.store.observed((e) => times.set(keyOf(e), (times.get(keyOf(e)) ?? 0) + e.ms));
    for (let i = t * tenth; i < Math.min(docs.length, (t + 1) * tenth); i += 40) {
      const report = await writeFactsBatch(store, docs.slice(i, Math.min(i + 40, (t + 1) * tenth)));
      rels += report.relationshipsCreated;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`\n## tenth ${t + 1}: ${Math.round(rels / seconds)} relationships/s, ${seconds.toFixed(1)} s`);
    for (const [k, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${(ms / 1000).toFixed(2).padStart(7)} s  ${k}`);
  }
} finally {
  await neo4j.close();
  rmSync(neo4j.homeDir, { recursive: true, force: true });
}
