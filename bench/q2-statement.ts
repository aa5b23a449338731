/**
 * Q2's statement against the floor's, in Neo4j alone (issue 19, session 22): the statement
 * diplograph sends for Q2 (recorded from the whole app in memory) and the floor's, each PROFILEd
 * once (db hits and rows per operator, printed side by side), then both replayed bare in turns
 * (`--samples` each, after 10 warm-up) with the time Neo4j reports for each (until the first
 * record plus until the last was sent): what the statement costs the server, apart from the
 * HTTP, GraphQL and result mapping of ours. With `--variant <file>` a third statement (Cypher in
 * the file, the same parameters as diplograph's) takes turns too: a rewrite to try before
 * changing the reader, its answer compared with diplograph's first.
 *
 *   NODE_ENV=production TMPDIR=/tmp/hq21 npx tsx bench/q2-statement.ts --scale M --samples 200
 */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { GraphStore, type StatementEvent } from '../src/graph/graph-store.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { openBenchNeo4j } from './bench-neo4j.js';
import { percentile } from './measure.js';
import { floorStatement } from './peers/floor-server.js';
import { benchQueries } from './queries.js';
import { runMain } from './run-main.js';

interface Plan {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  arguments?: Record<string, unknown>;
  children?: Plan[];
}

function operators(plan: Plan, depth = 0): string[] {
  const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 110);
  const line = `${String(plan.dbHits ?? 0).padStart(7)} hits ${String(plan.rows ?? 0).padStart(6)} rows  ${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')} ${details}`;
  return [line, ...(plan.children ?? []).flatMap((c) => operators(c, depth + 1))];
}

const sumHits = (p: Plan): number => Number(p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + sumHits(c), 0);

async function main(argv: string[]) {
  const o = new Command()
    .option('--scale <scale>', 'a loaded scale', 'M')
    .option('--samples <n>', 'replays of each statement', '200')
    .option('--variant <file>', 'a rewrite of diplograph\'s statement to time beside it')
    .option('--show', 'print diplograph\'s statement')
    .parse(argv)
    .opts<{ scale: Scale; samples: string; variant?: string; show?: boolean }>();
  const neo4j = await openBenchNeo4j({ scale: o.scale, seed: 1, startTimeoutMs: 600_000, log: (m) => console.error(m) });
  try {
    if (!neo4j.loaded) throw new Error(`scale ${o.scale} is not loaded under TMPDIR (npm run bench:generate -- --scale ${o.scale})`);
    const driver = neo4j.driver;
    const recorded: StatementEvent[] = [];
    const store = new GraphStore(driver).observed((e) => recorded.push(e));
    const app = createServer({ store, logger: createLogger('silent', 'q2-statement'), production: true });
    const q2 = benchQueries(await findParams(neo4j.store)).find((q) => q.id === 'Q2')!;
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q2.diplograph) });
    await res.text();
    if (recorded.length !== 1) throw new Error(`Q2 sent ${recorded.length} statements`);
    const ours = { cypher: recorded[0].cypher, params: recorded[0].params };
    if (o.show) console.log(`diplograph's Q2 statement:\n\n${ours.cypher}\n\nparameters: ${JSON.stringify(ours.params)}\n`);
    const arms: Record<string, { cypher: string; params: Record<string, unknown> }> = { diplograph: ours, floor: floorStatement(q2.floor) };
    if (o.variant) {
      arms.variant = { cypher: readFileSync(o.variant, 'utf8'), params: ours.params };
      const [a, b] = await Promise.all([run(driver, ours), run(driver, arms.variant)]);
      const same = JSON.stringify(a.records.map((r) => r.toObject())) === JSON.stringify(b.records.map((r) => r.toObject()));
      console.log(`variant's answer ${same ? 'is the same as' : 'DIFFERS from'} diplograph's`);
    }
    for (const [name, s] of Object.entries(arms)) {
      const { summary } = await run(driver, { cypher: `PROFILE ${s.cypher}`, params: s.params });
      const plan = summary.profile as unknown as Plan;
      console.log(`\n## ${name}: ${sumHits(plan)} db hits\n\n${operators(plan).join('\n')}`);
    }
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(arms).map((k) => [k, []]));
    for (let i = 0; i < Number(o.samples) + 10; i++) {
      for (const [name, s] of Object.entries(arms).sort(() => Math.random() - 0.5)) {
        const { summary } = await run(driver, s);
        if (i >= 10) times[name].push(Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter));
      }
    }
    console.log('\n| statement | Neo4j ms p50 | p90 |\n|---|---|---|');
    for (const [name, xs] of Object.entries(times)) {
      const s = [...xs].sort((a, b) => a - b);
      console.log(`| ${name} | ${percentile(s, 50)} | ${percentile(s, 90)} |`);
    }
  } finally {
    await neo4j.close();
  }
}

function run(driver: Driver, s: { cypher: string; params: Record<string, unknown> }) {
  return driver.executeQuery(s.cypher, s.params, { routing: 'READ', bookmarkManager: null });
}

runMain(import.meta.url, main, { exit: true });
