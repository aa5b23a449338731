/**
 * Live-update latency: how long after an article's transaction commits a subscriber holds its
 * new contact. Two ways, each with its own run of synthetic readouts, one article at a time:
 * - one process: the subscriber is connected over HTTP to the replica that ingests (in-process bus);
 * - two processes: the replica that ingests publishes through a real redis-server, and the
 *   subscriber is connected to another replica, `diplograph serve` in its own process (REDIS_URL).
 * The ingesting replica runs in this process, so the commit time (when the writer's transaction
 * resolved, `afterCommit`) and the arrival time are read on one clock. The latency covers what a
 * user waits for: reading which calls are new, publishing, the other replica reading the Call
 * for its subscriber, and the Server-Sent Event. Targets (issue 20): within 100 ms on one process,
 * 500 ms across two through Redis. Writes bench/results/live.md.
 *
 *   npm run bench:live [-- --samples 40]
 */
import { createServer as createHttpServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Command } from 'commander';
import { applySchema } from '../src/graph/apply-schema.js';
import { seedGraphIfEmpty } from '../src/graph/seed-graph.js';
import { loadGazetteer } from '../src/gazetteer/load-gazetteer.js';
import { loadSeedFacts } from '../src/ingest/load-seed-facts.js';
import { createIngestService } from '../src/ingest/ingest-service.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { createLiveBus } from '../src/server/live/create-live-bus.js';
import { publishIngested } from '../src/server/live/publish-ingested.js';
import type { GraphStore } from '../src/graph/graph-store.js';
import { ownRedis, subscribersOn, type OwnRedis } from '../tests/helpers/own-redis.js';
import { runService } from '../tests/helpers/run-service.js';
import { subscribe } from '../tests/helpers/sse-stream.js';
import { syntheticArticles } from '../tests/helpers/synthetic-articles.js';
import { BENCH_PASSWORD, openBenchNeo4j } from './bench-neo4j.js';
import { percentile } from './measure.js';

const SUBSCRIPTION = 'subscription { contactAdded { id participants { name } sources { article { id } } } }';

interface Run {
  way: string;
  target: number;
  latencies: number[];
  /** What the machine costs right now, timed after each event: one `{ __typename }` over HTTP to the subscriber's replica, one `RETURN 1` to Neo4j. */
  controls: { http: number[]; neo4j: number[] };
}

/** Ingests `articles` one at a time through a replica in this process; the subscriber is on `subscriberUrl` (or this replica). */
async function measure(way: string, target: number, store: GraphStore, articles: string[], redis: OwnRedis | null, other: string | null, warmup: number): Promise<Run> {
  const logger = createLogger('warn');
  const live = await createLiveBus({ redisUrl: redis?.url ?? null });
  const committed = new Map<string, number>();
  const publish = publishIngested(live.bus, store, logger);
  const ingest = createIngestService(store, undefined, {
    afterCommit: async (result) => {
      committed.set(result.article.id, performance.now());
      await publish(result);
    },
  });
  const app = createServer({ store, logger, production: true, ingest, live: live.bus });
  const http = createHttpServer(app);
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const port = (http.address() as { port: number }).port;
  const url = other ?? `http://127.0.0.1:${port}`;
  const sse = await subscribe((init) => fetch(`${url}/graphql`, init), SUBSCRIPTION);
  if (redis) await subscribersOn(redis, 'contactAdded', 1);
  const latencies: number[] = [];
  const controls = { http: [] as number[], neo4j: [] as number[] };
  const timed = async (into: number[], work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    into.push(performance.now() - started);
  };
  try {
    for (const [i, text] of articles.entries()) {
      const report = await ingest({ text });
      if (!report.created || report.calls.length !== 1) throw new Error(`readout ${i} was expected to add one call: ${JSON.stringify(report)}`);
      const event = await sse.next(30_000);
      const arrived = performance.now();
      const articleId = event.data?.contactAdded?.sources?.[0]?.article?.id;
      if (articleId !== report.article.id) throw new Error(`expected the contact of ${report.article.id}, got ${JSON.stringify(event)}`);
      if (i < warmup) continue;
      latencies.push(arrived - committed.get(articleId)!);
      await timed(controls.http, () => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.text()));
      await timed(controls.neo4j, () => store.read({ cypher: 'RETURN 1 AS one', params: {} }));
    }
  } finally {
    sse.close();
    await new Promise<void>((done) => {
      http.close(() => done());
      http.closeAllConnections();
    });
    await live.close();
  }
  return { way, target, latencies, controls };
}

function row(way: string, values: number[], target: number | null): string {
  const sorted = [...values].sort((a, b) => a - b);
  const p = (q: number) => percentile(sorted, q).toFixed(1);
  const met = target === null ? '—' : percentile(sorted, 95) <= target ? 'met' : 'missed';
  return `| ${way} | ${sorted.length} | ${p(50)} | ${p(95)} | ${p(99)} | ${sorted[sorted.length - 1].toFixed(1)} | ${target === null ? '—' : `${target} ms`} | ${met} |`;
}

const rows = (run: Run) =>
  [row(run.way, run.latencies, run.target), row('  control: `{ __typename }` to the same replica', run.controls.http, null), row('  control: `RETURN 1` to Neo4j', run.controls.neo4j, null)].join('\n');

async function main(argv: string[]): Promise<void> {
  const o = new Command().option('--samples <n>', 'timed articles per way', '40').option('--warmup <n>', 'untimed articles first', '5').parse(argv).opts<{ samples: string; warmup: string }>();
  const samples = Number(o.samples);
  const warmup = Number(o.warmup);
  const log = (m: string) => console.error(`[bench] ${m}`);
  const neo4j = await openBenchNeo4j({ scale: 'live', seed: 1, heap: '512m', pageCache: '128m', log });
  const redis = await ownRedis();
  try {
    // A fresh graph every run: the readouts must be new to it.
    await neo4j.store.writeAll([{ cypher: 'MATCH (n) DETACH DELETE n', params: {} }]);
    await applySchema(neo4j.store);
    await seedGraphIfEmpty(neo4j.store, { loadFacts: loadSeedFacts, loadGazetteer });
    const articles = syntheticArticles(2 * (samples + warmup), 2026);
    log('one process');
    const one = await measure('one process (in-process bus)', 100, neo4j.store, articles.slice(0, samples + warmup), null, null, warmup);
    log('two processes through Redis');
    const replica = await runService({ NEO4J_URI: neo4j.server.uri, NEO4J_PASSWORD: BENCH_PASSWORD, SEED_ON_EMPTY: 'false', NODE_ENV: 'production', LOG_LEVEL: 'warn', REDIS_URL: redis.url });
    let two: Run;
    try {
      two = await measure('two processes through Redis', 500, neo4j.store, articles.slice(samples + warmup), redis, replica.url, warmup);
    } finally {
      await replica.stop();
    }
    const report = `# Live updates: from an ingest's commit to the subscriber's event

\`npm run bench:live\` (bench/live.ts) on ${new Date().toISOString().slice(0, 10)}: ${samples} synthetic readouts per way (after ${warmup}
untimed), one at a time, each adding one new call; a subscriber to \`contactAdded { id participants { name }
sources { article { id } } }\` over Server-Sent Events (HTTP). Measured from the moment the article's write
transaction resolved (committed) to the moment the subscriber had parsed the event, on one clock: the
ingesting replica runs in the benchmark's process (production mode). Across two processes the subscriber is
connected to a second replica, \`diplograph serve\` in its own process, and the event travels through a real
redis-server. Neo4j 5.26 (512 MB heap) on this machine. ${cpus().length} CPUs, shared; load average at the end
${loadavg().map((l) => l.toFixed(1)).join(' / ')}.

| way | samples | p50 ms | p95 ms | p99 ms | max ms | target (p95) | |
|---|---|---|---|---|---|---|---|
${rows(one)}
${rows(two)}

What the time holds: one read of the calls the article alone reports (src/graph/read-added-calls.ts),
the publish (in process, or a Redis PUBLISH and the other replica's delivery), the subscriber's replica
reading the Call and its participants and sources (one batched statement per level), and the SSE write:
about four Neo4j round trips and two HTTP hops in all, so on a quiet machine it is a few times the
controls. The controls are timed after each event, so they share the moment's load.
`;
    writeFileSync(new URL('./results/live.md', import.meta.url), report);
    console.log(report);
  } finally {
    await redis.stop();
    await neo4j.close();
  }
}

main(process.argv).catch((err) => {
  console.error(err);
  process.exit(1);
});
