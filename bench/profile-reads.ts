/**
 * Where diplograph's statement for a question reads more than the floor's (issue 19): over a loaded
 * scale, diplograph in this process (app.fetch) is asked each question once while its statements
 * are recorded; each of them and the floor's one statement are then run with PROFILE, and the
 * db hits of each plan are printed with the operators that cost most, side by side.
 *
 *   TMPDIR=/tmp npx tsx bench/profile-reads.ts --scale S --only Q2,Q4p50
 */
import { Command } from 'commander';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { GraphStore, toPlain, type StatementEvent } from '../src/graph/graph-store.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { findParams } from './find-params.js';
import type { Scale } from './generate.js';
import { ensureScaleLoaded } from './load-scale.js';
import { floorStatement } from './peers/floor-server.js';
import { benchQueries, pageFifty, type GraphqlRequest } from './queries.js';

const o = new Command()
  .option('--scale <scale>', 'a loaded scale', 'S')
  .option('--only <ids>', 'queries', 'Q2,Q4,Q4p50,Q3')
  .option('--operators <n>', 'operators shown per statement', '10')
  .parse()
  .opts<{ scale: Scale; only: string; operators: string }>();

const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: 1, log: (m) => console.error(m) });
try {
  const recorded: StatementEvent[] = [];
  const store = new GraphStore(neo4j.driver).observed((e) => recorded.push(e));
  const app = createServer({ store, logger: createLogger('silent', 'profile-reads'), production: true });
  const ask = async (request: GraphqlRequest) =>
    (await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })).text();
  const floorSend = async (path: GraphqlRequest | string) => {
    const [row] = (await neo4j.driver.executeQuery(floorStatement(path as string).cypher, floorStatement(path as string).params)).records;
    return toPlain(row.toObject());
  };
  const q4p50 = await pageFifty({ send: async (r) => (JSON.parse(await ask(r)) as { data: unknown }).data }, { send: floorSend });
  const queries = benchQueries(await findParams(neo4j.store)).map((q) => (q.id === 'Q4p50' ? q4p50 : q));
  console.log(`# PROFILE of diplograph's statements against the floor's, scale ${o.scale}\n`);
  for (const q of queries.filter((x) => o.only.split(',').includes(x.id) && x.diplograph)) {
    recorded.length = 0;
    await ask(q.diplograph!);
    const ours = recorded.map(({ cypher, params }) => ({ cypher, params }));
    console.log(`## ${q.id}\n`);
    for (const [who, list] of [['diplograph', ours], ['floor', [floorStatement(q.floor)]]] as const) {
      for (const s of list) {
        const plan = await profile(neo4j.driver, s);
        console.log(`### ${who}: ${sumHits(plan)} db hits\n\n\`\`\`\n${s.cypher}\n\`\`\`\n`);
        const flat: ProfiledPlan[] = [];
        walk(plan, flat);
        for (const p of flat.sort((a, b) => b.dbHits - a.dbHits).slice(0, Number(o.operators)))
          console.log(`    ${String(p.dbHits).padStart(7)} hits ${String(p.rows).padStart(6)} rows  ${p.operatorType}  ${String((p.arguments as Record<string, unknown>).Details ?? '').replace(/\s+/g, ' ').slice(0, 140)}`);
        console.log('');
      }
    }
  }
} finally {
  await neo4j.close();
}

async function profile(driver: Driver, s: { cypher: string; params: Record<string, unknown> }): Promise<ProfiledPlan> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return (await session.run(`PROFILE ${s.cypher}`, s.params)).summary.profile as ProfiledPlan;
  } finally {
    await session.close();
  }
}

function sumHits(p: ProfiledPlan): number {
  return p.dbHits + p.children.reduce((n, c) => n + sumHits(c), 0);
}

function walk(p: ProfiledPlan, out: ProfiledPlan[]) {
  out.push(p);
  for (const c of p.children) walk(c, out);
}
