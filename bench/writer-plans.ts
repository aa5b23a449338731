/**
 * The writer's plans on an empty graph and on a loaded one (issue 19, session 22): EXPLAINs each
 * statement of one batch (the writer's own statements, its order and parameters: articles
 * `--from`…`--from + 40` of a scale) and prints each plan's operator tree — operators, their
 * variables and details, without the planner's row estimates — so that two runs can be compared
 * line by line. Neo4j replans a cached statement when the statistics move (while a graph grows
 * from nothing, in waves of the writer's dozen statements); `CYPHER replan=skip` would keep the
 * first plan, which is only right if the plans do not depend on the statistics. This is the
 * check: the trees on an empty graph (where the first plan of a fresh database is made) against a
 * loaded one. Session 22: they differ (Expand(All)/Expand(Into) choices, an index scan for a
 * seek; results/load-rate-s22.md), so the writer does not skip replanning.
 *
 *   TMPDIR=/tmp/me npx tsx bench/writer-plans.ts --scale M --from 1900 --out /tmp/me/plans   # empty.txt, M.txt and whether they differ
 */
import { Command } from 'commander';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../src/graph/apply-schema.js';
import { prepareFactsBatch } from '../src/graph/write-facts.js';
import { openBenchNeo4j } from './bench-neo4j.js';
import { generateGraph, scales, type Scale } from './generate.js';
import { runMain } from './run-main.js';

interface PlanNode {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The tree as text, one operator a line, with what decides the work: the operator, its variables, its details. */
function render(plan: PlanNode, depth = 0): string[] {
  const details = String(plan.arguments.Details ?? '').replace(/\s+/g, ' ');
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')} [${[...plan.identifiers].sort().join(', ')}] ${details}`;
  return [line, ...plan.children.flatMap((c) => render(c, depth + 1))];
}

async function explainAll(driver: Driver, statements: { cypher: string; params: Record<string, unknown> }[]): Promise<string[]> {
  const out: string[] = [];
  for (const [i, s] of statements.entries()) {
    const { summary } = await driver.executeQuery(`EXPLAIN ${s.cypher.replace(/^CYPHER [^\n]*\n/, '')}`, s.params);
    out.push(`## statement ${i + 1}: ${s.cypher.replace(/^CYPHER [^\n]*\n/, '').replace(/\s+/g, ' ').slice(0, 60)}`);
    out.push(...render(summary.plan as unknown as PlanNode));
  }
  return out;
}

async function main() {
  const o = new Command()
    .option('--scale <scale>', 'scale the batch comes from', 'M')
    .option('--from <n>', 'the batch is articles n … n + 40', '1900')
    .option('--out <dir>', 'where the two trees are written', '.')
    .parse()
    .opts<{ scale: Scale; from: string; out: string }>();
  const docs: unknown[] = [];
  for (const d of generateGraph({ calls: scales[o.scale], seed: 1 }).documents()) if (docs.push(d) >= Number(o.from) + 40) break;
  const { statements } = prepareFactsBatch(docs.slice(Number(o.from)));
  const empty = await openBenchNeo4j({ scale: 'writer-plans-empty', seed: 1, startTimeoutMs: 600_000, log: (m) => console.error(m) });
  let onEmpty: string[];
  try {
    await applySchema(empty.store);
    onEmpty = await explainAll(empty.driver, statements);
  } finally {
    await empty.close();
    rmSync(empty.homeDir, { recursive: true, force: true });
  }
  const loaded = await openBenchNeo4j({ scale: o.scale, seed: 1, startTimeoutMs: 600_000, log: (m) => console.error(m) });
  let onLoaded: string[];
  try {
    if (!loaded.loaded) throw new Error(`scale ${o.scale} is not loaded under TMPDIR`);
    onLoaded = await explainAll(loaded.driver, statements);
  } finally {
    await loaded.close();
  }
  mkdirSync(o.out, { recursive: true });
  writeFileSync(join(o.out, 'empty.txt'), onEmpty.join('\n') + '\n');
  writeFileSync(join(o.out, `${o.scale}.txt`), onLoaded.join('\n') + '\n');
  const differing = onEmpty.filter((line, i) => line !== onLoaded[i]).length + Math.abs(onEmpty.length - onLoaded.length);
  console.log(`${statements.length} statements, ${onEmpty.length} operator lines on the empty graph, ${onLoaded.length} on ${o.scale}: ${differing === 0 ? 'the same plans' : `${differing} lines differ (diff ${join(o.out, 'empty.txt')} ${join(o.out, `${o.scale}.txt`)})`}`);
}

runMain(import.meta.url, main, { exit: true });
