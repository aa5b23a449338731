/**
 * Neo4j's db hits per part of the writer's statements for ONE batch: loads the first `--before`
 * articles of a scale into a fresh folder (unprofiled, the usual 40 per transaction), then writes
 * the next `--batch` articles in one transaction with every statement PROFILEd, and prints per
 * statement its time and db hits and the operators of its plan that cost most (db hits, rows).
 * The statements and their order are the writer's own (buildBatchStatements + the tally).
 *
 * With `--prepared`, the first `--before` articles are loaded once into a kept folder
 * (`profile-batch-prep-<scale>-<before>` under TMPDIR, by the writer of the tree that first runs
 * it) and each run profiles a copy of it: trees compared on the same graph, without reloading.
 *
 *   TMPDIR=/tmp/me npx tsx bench/profile-batch.ts --scale M --before 631 --batch 40 [--prepared]
 */
import { Command } from 'commander';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProfiledPlan } from 'neo4j-driver';
import { parseFactsDocument } from '../src/facts/facts-document.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { buildBatchStatements, buildDocumentRows } from '../src/graph/build-fact-statements.js';
import { tallyContactsStatement } from '../src/graph/contact-tally-cypher.js';
import { writeFactsBatch } from '../src/graph/write-facts.js';
import { openBenchNeo4j } from './bench-neo4j.js';
import { generateGraph, scales, type Scale } from './generate.js';

const o = new Command()
  .option('--scale <scale>', 'scale', 'M')
  .option('--before <n>', 'articles loaded before the profiled batch', '631')
  .option('--batch <n>', 'articles in the profiled batch', '40')
  .option('--operators <n>', 'operators shown per statement', '12')
  .option('--prepared', 'load the first articles once into a kept folder and profile a copy of it')
  .option('--plan <statement>', 'also print the whole operator tree of this statement')
  .parse()
  .opts<{ scale: Scale; before: string; batch: string; operators: string; prepared?: boolean; plan?: string }>();

const docs: unknown[] = [];
const want = Number(o.before) + Number(o.batch);
for (const d of generateGraph({ calls: scales[o.scale], seed: 1 }).documents()) if (docs.push(d) >= want) break;
const loadBefore = async (store: Parameters<typeof writeFactsBatch>[0]) => {
  await applySchema(store);
  const loadStarted = performance.now();
  for (let i = 0; i < Number(o.before); i += 40) await writeFactsBatch(store, docs.slice(i, Math.min(i + 40, Number(o.before))));
  console.error(`loaded ${o.before} articles in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
};
const home = (scale: string) => join(tmpdir(), `diplograph-bench-${scale}-seed1`);
const prepScale = `profile-batch-prep-${o.scale}-${o.before}`;
if (o.prepared && !existsSync(join(home(prepScale), 'loaded.json'))) {
  const prep = await openBenchNeo4j({ scale: prepScale, seed: 1, log: (m) => console.error(m) });
  try {
    await loadBefore(prep.store);
    prep.markLoaded({ scale: o.scale, before: Number(o.before) });
  } finally {
    await prep.close();
  }
}
if (o.prepared) {
  rmSync(home(`profile-batch-${o.scale}`), { recursive: true, force: true });
  cpSync(home(prepScale), home(`profile-batch-${o.scale}`), { recursive: true });
}

const neo4j = await openBenchNeo4j({ scale: `profile-batch-${o.scale}`, seed: 1, log: (m) => console.error(m) });
try {
  if (o.prepared) await applySchema(neo4j.store);
  else await loadBefore(neo4j.store);

  const rows = docs.slice(Number(o.before)).map((d) => buildDocumentRows(parseFactsDocument(d)));
  const statements: Array<{ name: string; cypher: string; params: Record<string, unknown> }> = buildBatchStatements(rows).filter(
    (s) => !Array.isArray(s.params.rows) || (s.params.rows as unknown[]).length > 0,
  );
  const tally = tallyContactsStatement(rows.flatMap((d) => d.rows.calls.map((c) => c.id as string)));
  if (tally) statements.push({ name: 'tally', ...tally });
  console.log(`# PROFILE of one batch: articles ${o.before}–${want - 1} of ${o.scale}\n`);
  const session = neo4j.driver.session({ defaultAccessMode: 'WRITE' });
  try {
    const tx = session.beginTransaction();
    let total = 0;
    for (const s of statements) {
      const started = performance.now();
      const result = await tx.run(`PROFILE ${s.cypher}`, s.params);
      const ms = performance.now() - started;
      const plan = result.summary.profile as ProfiledPlan;
      const hits = sumHits(plan);
      total += hits;
      const list = Array.isArray(s.params.rows) ? (s.params.rows as unknown[]).length : Array.isArray(s.params.calls) ? (s.params.calls as unknown[]).length : '';
      console.log(`## ${s.name}: ${list} rows, ${ms.toFixed(0)} ms, ${hits} db hits`);
      const flat: Array<{ depth: number; p: ProfiledPlan }> = [];
      walk(plan, 0, flat);
      const top = [...flat].sort((a, b) => b.p.dbHits - a.p.dbHits).slice(0, Number(o.operators));
      for (const { p } of top) console.log(`${String(p.dbHits).padStart(9)} hits ${String(p.rows).padStart(7)} rows  ${p.operatorType}  ${details(p)}`);
      if (s.name === o.plan) {
        console.log('');
        for (const { depth, p } of flat) console.log(`${' '.repeat(2 * depth)}${p.operatorType} ${p.dbHits} hits ${p.rows} rows  ${details(p)}`);
      }
      console.log('');
    }
    console.log(`total ${total} db hits`);
    await tx.commit();
  } finally {
    await session.close();
  }
} finally {
  await neo4j.close();
  rmSync(neo4j.homeDir, { recursive: true, force: true });
}

function sumHits(p: ProfiledPlan): number {
  return p.dbHits + p.children.reduce((n, c) => n + sumHits(c), 0);
}

function walk(p: ProfiledPlan, depth: number, out: Array<{ depth: number; p: ProfiledPlan }>) {
  out.push({ depth, p });
  for (const c of p.children) walk(c, depth + 1, out);
}

function details(p: ProfiledPlan): string {
  const d = (p.arguments as Record<string, unknown>).Details;
  return String(d ?? '').replace(/\s+/g, ' ').slice(0, 150);
}
