/**
 * A probe for issue 19's "a busy leader's latest calls at the cost of the page" (Q1), on a COPY of
 * a loaded scale (it writes to the graph): each `TOOK_PART_IN` edge gets its actor's id and its
 * call's date and id (fixed for the edge's life: a call's id holds its date), under a composite
 * relationship range index `(actor, date, call)`. The hope: a leader's newest calls as an index
 * seek read in the index's order, `take` entries whatever the leader's degree (on Neo4j 5.26
 * community the plan sorts all the leader's edges instead: results/q1-edge-index-M-probe.md), against
 * today's scan of the call date index (owner-scans.ts), which reads about `take × all / degree`
 * entries. Checks both statements answer the same; prints db hits, p50 wall time and both plans (stderr).
 *
 *   cp -a /tmp/diplograph-bench-M-seed1 /tmp/mine/   # stopped: never on the benchmark's own folder
 *   TMPDIR=/tmp/mine npx tsx bench/q1-edge-index-probe.ts --scale M
 */
import { Command } from 'commander';
import neo4jDriver from 'neo4j-driver';
import { loadavg } from 'node:os';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { percentile } from './measure.js';
import { sumDbHits } from './peers/profile-statements.js';
import { runMain } from './run-main.js';

const TODAY = `MATCH (o:Actor {id: $id})
MATCH (n:Call) USING INDEX n:Call(date)
WHERE n.date IS NOT NULL AND n.date <= date($until) AND EXISTS { (o)-[:TOOK_PART_IN]->(n) }
WITH n ORDER BY n.date DESC, n.id DESC LIMIT $take
RETURN n.id AS id, toString(n.date) AS date`;

// (actor, date, call): the index keyed by all that the page orders by (results/q1-edge-index-M-probe.md).
const EDGE_INDEX = `MATCH ()-[r:TOOK_PART_IN]->(n:Call) USING INDEX r:TOOK_PART_IN(actor, date, call)
WHERE r.actor = $id AND r.date <= date($until) AND r.call IS NOT NULL
WITH r, n ORDER BY r.date DESC, r.call DESC LIMIT $take
RETURN n.id AS id, toString(n.date) AS date`;

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', 'a loaded scale in $TMPDIR (a copy: the probe writes to it)', 'M')
    .option('--samples <n>', 'timed runs of each statement', '40')
    .option('--take <n>', 'calls on the page', '20')
    .parse(argv)
    .opts<{ scale: Scale; samples: string; take: string }>();
  if (!process.env.TMPDIR?.startsWith('/tmp/') || process.env.TMPDIR === '/tmp' || process.env.TMPDIR === '/tmp/') throw new Error('set TMPDIR to a folder holding a COPY of the scale');
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
  const driver = neo4j.driver;
  const run = async (cypher: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  try {
    const [leader] = await run('MATCH (a:Leader) WITH a, COUNT { (a)-[:TOOK_PART_IN]->() } AS degree RETURN a.id AS id, degree ORDER BY degree DESC LIMIT 1');
    const [{ calls }] = await run('MATCH (c:Call) RETURN count(c) AS calls');
    console.log(`scale ${o.scale}: ${calls} calls; busiest leader ${leader.id} with ${leader.degree} (load average ${loadavg()[0].toFixed(1)})`);
    const [has] = await run("SHOW INDEXES YIELD name WHERE name = 'took_part_in_actor_date' RETURN count(*) AS n");
    if (String(has.n) === '0') {
      const started = performance.now();
      const session = driver.session();
      try {
        await session.run(`MATCH (a:Actor)-[r:TOOK_PART_IN]->(c:Call) CALL { WITH a, r, c SET r.actor = a.id, r.date = c.date, r.call = c.id } IN TRANSACTIONS OF 20000 ROWS`);
      } finally {
        await session.close();
      }
      await run('CREATE INDEX took_part_in_actor_date IF NOT EXISTS FOR ()-[r:TOOK_PART_IN]-() ON (r.actor, r.date, r.call)');
      await run('CALL db.awaitIndexes(600)');
      console.log(`edges keyed and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    // A bound on the date, as the page statement always writes one (page-statement.ts): the index then yields its order.
    const params = { id: leader.id, take: neo4jDriver.int(Number(o.take)), until: '9999-12-31' };
    const answers = await Promise.all([run(TODAY, params), run(EDGE_INDEX, params)]);
    if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1])) throw new Error(`different answers:\n${JSON.stringify(answers)}`);
    const hits = [];
    for (const cypher of [TODAY, EDGE_INDEX]) {
      const plan = (await driver.executeQuery(`PROFILE ${cypher}`, params)).summary.profile;
      hits.push(sumDbHits(plan));
      const ops: string[] = [];
      const walk = (p: any, depth: number): void => (ops.push(`${'  '.repeat(depth)}${p.operatorType} ${p.dbHits} ${p.rows} ${p.arguments?.Details ?? ''}`), p.children.forEach((c: any) => walk(c, depth + 1)));
      if (plan) walk(plan, 0);
      console.error(ops.join('\n'));
    }
    const times: number[][] = [[], []];
    for (let i = 0; i < Number(o.samples) + 5; i++) {
      for (const s of i % 2 ? [0, 1] : [1, 0]) {
        const t0 = performance.now();
        await run([TODAY, EDGE_INDEX][s], params);
        if (i >= 5) times[s].push(performance.now() - t0);
      }
    }
    const p50 = times.map((t) => percentile(t.sort((a, b) => a - b), 50).toFixed(2));
    console.log('| statement | db hits | p50 ms (wall, from this process) |');
    console.log('|---|---|---|');
    console.log(`| today: the call date index, kept when the leader took part (owner-scans.ts) | ${hits[0]} | ${p50[0]} |`);
    console.log(`| TOOK_PART_IN (actor, date, call) relationship index | ${hits[1]} | ${p50[1]} |`);
    console.log(`same ${answers[0].length} calls, newest ${answers[0][0]?.date}; load average at the end ${loadavg()[0].toFixed(1)}`);
  } finally {
    await neo4j.close();
  }
}

runMain(import.meta.url, main, { exit: true });
