/**
 * The API benchmark (issue 5): loads a scale through the writer (or reuses a loaded one), starts
 * diplograph, @neo4j/graphql and the floor over the same Neo4j, checks that they answer each
 * question alike, times them, and writes bench/results/<scale>.md.
 *
 *   npm run bench -- --scale S [--seed 1] [--seconds 5] [--samples 50]
 */
import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from '../src/graph/graph-store.js';
import { BENCH_PASSWORD, readLoadedMarker } from './bench-neo4j.js';
import { scales, type Scale } from './generate.js';
import type { LoadReport } from './load-graph.js';
import { ensureScaleLoaded } from './load-scale.js';
import { interleavedLatency, throughput } from './measure.js';
import { peerKinds, WALK_QUERIES, type PeerKind } from './peers/peer-kinds.js';
import { benchQueries, page, type BenchQuery, type PageStart } from './queries.js';
import { machineDetails, writeReport, type CellResult, type QueryResult, type ReportInput } from './report.js';
import { startPeer, type Peer } from './start-peers.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './load-graph.js';
import { enableTcpNoDelay } from './tcp-no-delay.js';
import { findParams } from './find-params.js';
import { runMain } from './run-main.js';

export interface RunOptions {
  scale: Scale;
  seed: number;
  seconds: number;
  samples: number;
  connections: number[];
  /** Facts per generated article (50 by default; M may be loaded with larger articles, see the report). */
  factsPerArticle: number;
  concurrency?: number;
  /** Articles per write transaction while loading. */
  batchSize?: number;
  /** Only these query ids (development); all when empty. */
  only: string[];
  /** TCP_NODELAY on the loader's, the peer's and the floor's driver sockets (tcp-no-delay.ts), as diplograph sets on its own. */
  tcpNoDelay: boolean;
  /** diplograph's heap cap in MB, as production sets it (null: V8's default); the peer and the floor keep V8's default. */
  heapMb: number | null;
  /** Neo4j ends a floor's statement, or a PROFILE, that runs longer (the call-walking floor at L may never answer). */
  timeoutSeconds: number;
}

const log = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

export async function runApiBench(o: RunOptions): Promise<string> {
  const started = Date.now();
  if (o.tcpNoDelay) enableTcpNoDelay();
  const { neo4j, load, loadedNow } = await ensureScaleLoaded({
    scale: o.scale,
    seed: o.seed,
    factsPerArticle: o.factsPerArticle,
    concurrency: o.concurrency,
    batchSize: o.batchSize,
    log,
  });
  // With larger articles the writer's rate is not a news article's rate: show S's next to it.
  const reference = o.factsPerArticle === 50 ? null : readLoadedMarker('S', o.seed);
  const peers: Partial<Record<PeerKind, Peer>> = {};
  try {
    const params = await findParams(neo4j.store);
    log(`parameters ${JSON.stringify(params)}`);
    for (const kind of peerKinds) {
      peers[kind] = await startPeer(kind, neo4j.server.uri, BENCH_PASSWORD, o.tcpNoDelay, kind === 'diplograph' ? o.heapMb : null, o.timeoutSeconds * 1000);
    }
    const all = peers as Record<PeerKind, Peer>;
    const queries = benchQueries(params).map((q) => q);
    // Page 50 where the graph has 50 pages (tiny development scales have fewer: their last full page).
    const [{ calls }] = await neo4j.store.read({ cypher: 'MATCH (c:Call) RETURN count(c) AS calls', params: {} });
    const pages = Math.min(49, Math.floor(Number(calls) / 20) - 1);
    const p50 = queries.findIndex((q) => q.id === 'Q4p50');
    const title = pages === 49 ? queries[p50].title : `page ${pages + 1} of all calls (the graph has fewer than 50 pages)`;
    const walked = await walkPages(all, pages);
    queries[p50] = { ...page('Q4p50', title, walked.start), failed: walked.failed };
    const results: QueryResult[] = [];
    const drain = () => untilIdle(neo4j.store);
    for (const query of queries) if (o.only.length === 0 || o.only.includes(query.id)) results.push(await runQuery(query, all, o, drain));
    const machine = await machineDetails(neo4j.store);
    const name = `${o.scale}${o.tcpNoDelay ? '' : '-nagle'}${o.only.length ? '-partial' : ''}`;
    const file = fileURLToPath(new URL(`./results/${name}.md`, import.meta.url));
    const input: ReportInput = {
      scale: o.scale, tcpNoDelay: o.tcpNoDelay, seed: o.seed, options: o, params, load, loadedNow,
      reference: reference?.load as LoadReport | undefined, results, machine, minutes: (Date.now() - started) / 60_000,
      writtenAt: new Date().toISOString(),
    };
    // The measurements as JSON too, so the Markdown can be re-rendered with new notes (report.ts).
    writeFileSync(file.replace(/\.md$/, '.json'), JSON.stringify(input, null, 2));
    writeFileSync(file, writeReport(input));
    log(`wrote ${file} in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
    return file;
  } finally {
    await Promise.all(Object.values(peers).map((p) => p!.stop()));
    await neo4j.close();
  }
}


/**
 * Where page `pages + 1` starts on each server, found by paging through (untimed). A server that
 * fails on the way gets no start; the error is kept for its Q4p50 cell.
 */
async function walkPages(peers: Record<PeerKind, Peer>, pages: number): Promise<{ start: PageStart; failed: Partial<Record<PeerKind, string>> }> {
  const start: PageStart = { diplograph: null, peer: null, floor: null };
  const failed: Partial<Record<PeerKind, string>> = {};
  const step = async (kind: PeerKind, page_: number, advance: (data: any) => void) => {
    if (failed[kind]) return;
    const q = page('Q4', '', start);
    try {
      advance(await peers[kind].send(requestOf(q, kind)!));
    } catch (err) {
      failed[kind] = `failed while paging, on page ${page_}: ${(err as Error).message.split('\n')[0].slice(0, 300)}`;
    }
  };
  for (let i = 1; i <= pages; i++) {
    await step('diplograph', i, (d) => (start.diplograph = d.calls.pageInfo.endCursor));
    await step('neo4j-graphql', i, (d) => (start.peer = d.callsConnection.pageInfo.endCursor));
    await step('floor', i, (d) => {
      const lastCall = d.calls.at(-1);
      start.floor = { date: lastCall.date, id: lastCall.id };
    });
  }
  if (Object.keys(failed).length) log(`paging: ${JSON.stringify(failed)}`);
  return { start, failed };
}

function requestOf(query: BenchQuery, kind: PeerKind) {
  return kind === 'diplograph' ? query.diplograph : kind === 'neo4j-graphql' ? query.peer : query.floor;
}

/**
 * Waits until Neo4j runs no transaction but this one (at most a minute): requests autocannon left in
 * flight when its window closed would otherwise still run during the next measurement. A retriable
 * refusal of the question (the memory pool held by such a request) counts as busy.
 */
async function untilIdle(store: GraphStore): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const [row] = await store.read({ cypher: 'SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS running', params: {} });
      if (Number(row.running) <= 1) return;
    } catch (error) {
      // A request left in flight can hold the whole transaction memory pool (the peer's deep pages
      // do at M); the question itself is then refused with a retriable error: wait, as for a busy answer.
      if (!(error as { retriable?: boolean }).retriable) throw error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log('Neo4j still busy after 60 s; going on');
}

async function runQuery(query: BenchQuery, peers: Record<PeerKind, Peer>, o: RunOptions, drain: () => Promise<void>): Promise<QueryResult> {
  const cells = {} as Record<PeerKind, CellResult>;
  for (const kind of peerKinds) {
    const request = requestOf(query, kind);
    if (kind === 'floor-walk' && !WALK_QUERIES.has(query.id)) {
      cells[kind] = { server: kind, error: 'the floor\'s own statement (not measured twice)' };
      continue;
    }
    if (!request) {
      cells[kind] = { server: kind, error: `not available: ${query.unavailable ?? 'no such field'}` };
      continue;
    }
    const failed = query.failed?.[kind];
    if (failed) {
      cells[kind] = { server: kind, error: failed };
      continue;
    }
    try {
      const sizeOf = kind === 'diplograph' ? query.size.diplograph : kind === 'neo4j-graphql' ? query.size.peer : query.size.floor;
      cells[kind] = { server: kind, size: sizeOf(await peers[kind].send(request)) };
    } catch (err) {
      const message = (err as Error).message.split('\n')[0];
      // The floor's transaction timeout (serve-peer.ts): Neo4j ended the statement.
      const ended = kind.startsWith('floor') && /terminated|timed out/i.test(message);
      cells[kind] = { server: kind, error: ended ? `no answer within ${o.timeoutSeconds} s (Neo4j ended the statement)` : message.slice(0, 300) };
    }
  }
  // Neo4j's db hits of one request per server: its statements replayed with PROFILE.
  for (const kind of peerKinds) if (!cells[kind].error) cells[kind].dbHits = await peers[kind].dbHits(requestOf(query, kind)!);
  const sizes = peerKinds.map((k) => cells[k].size).filter((s) => s !== undefined);
  // Servers that failed are reported as failed; the others must agree among themselves.
  const sizesMatch = sizes.length >= 2 && sizes.every((s) => s === sizes[0]);
  log(`${query.id}: ${peerKinds.map((k) => `${k} ${cells[k].size ?? cells[k].error}`).join(' | ')}`);
  await drain();
  // Latency: the servers take turns, request by request, so machine noise falls on all alike.
  const measured = peerKinds.filter((k) => !cells[k].error);
  const warmup = 5;
  const before = await Promise.all(measured.map((k) => peers[k].statements()));
  const latencies = await interleavedLatency(
    measured.map((k) => () => peers[k].send(requestOf(query, k)!)),
    { samples: o.samples, warmup, maxSeconds: o.seconds * 2 * measured.length },
  );
  for (const [i, kind] of measured.entries()) {
    const after = await peers[kind].statements();
    cells[kind].latency = latencies[i];
    cells[kind].statementsPerRequest = (after - before[i]) / latencies[i].sent;
  }
  // Throughput: one server at a time, at each connection count. A slow query needs a longer window,
  // or no answer completes inside it at all (S, Q6, 3 s); the three share the window of the slowest.
  const slowest = Math.max(...measured.map((k) => cells[k].latency!.p50));
  for (const kind of measured) {
    const cell = cells[kind];
    cell.throughput = [];
    for (const connections of o.connections) {
      const seconds = Math.min(10, Math.max(o.seconds, Math.ceil((connections * slowest) / 1000)));
      cell.throughput.push(await throughput(peers[kind].http(requestOf(query, kind)!), { connections, seconds, pid: peers[kind].pid }));
      await drain();
    }
    log(`${query.id} ${kind}: p50 ${cell.latency!.p50} ms, ${cell.throughput.map((t) => `${t.requestsPerSecond} req/s @${t.connections}${t.errors + t.non2xx ? ` (${t.errors + t.non2xx} failed)` : ''}`).join(', ')}`);
  }
  return { id: query.id, title: query.title, depth: query.depth, sizesMatch, cells };
}

async function main(argv: string[]): Promise<void> {
  const opts = new Command()
    .option('--scale <scale>', `one of ${Object.keys(scales).join(', ')}`, 'S')
    .option('--seed <n>', 'generator seed', '1')
    .option('--seconds <n>', 'autocannon duration per connection count (default: XS 1, S 3, M and L 5)')
    .option('--samples <n>', 'sequential requests per cell (at most 2 × seconds of them)', '50')
    .option('--connections <list>', 'autocannon connection counts', '10,50')
    .option('--facts-per-article <n>', 'facts per generated article (larger: fewer, bigger write transactions)', '50')
    .option('--concurrency <n>', 'write transactions in flight while loading', String(DEFAULT_CONCURRENCY))
    .option('--batch-size <n>', 'articles per write transaction while loading', String(DEFAULT_BATCH_SIZE))
    // The service sets TCP_NODELAY on its own driver sockets (src/graph/tcp-no-delay.ts); the
    // comparison gives the peer and the floor the same, unless --no-tcp-no-delay turns it off for all.
    .option('--no-tcp-no-delay', 'leave Nagle on for the peer and the floor (diplograph always sets TCP_NODELAY)')
    .option('--only <ids>', 'only these queries, e.g. Q1,Q6 (development runs)', '')
    // As the service is deployed (Dockerfile, docs/operations.md); the peer and the floor keep V8's default.
    .option('--heap-mb <n>', "diplograph's --max-old-space-size, as production sets it; 0: V8's default", '256')
    .option('--timeout <s>', "Neo4j's bound on each floor statement and each PROFILE (the call-walking floor at L may never answer)", '60')
    .parse(argv)
    .opts<{ scale: string; seed: string; seconds?: string; samples: string; connections: string; factsPerArticle: string; concurrency: string; batchSize: string; only: string; tcpNoDelay?: boolean; heapMb: string; timeout: string }>();
  if (!(opts.scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}, got ${JSON.stringify(opts.scale)}`);
  await runApiBench({
    scale: opts.scale as Scale,
    seed: Number(opts.seed),
    // Short runs at the small scales keep S within its 10 minutes on 2 cores.
    seconds: Number(opts.seconds ?? { XS: 1, S: 3, M: 5, L: 5 }[opts.scale as Scale]),
    samples: Number(opts.samples),
    connections: opts.connections.split(',').map(Number),
    factsPerArticle: Number(opts.factsPerArticle),
    concurrency: Number(opts.concurrency),
    batchSize: Number(opts.batchSize),
    only: opts.only.split(',').filter(Boolean),
    tcpNoDelay: opts.tcpNoDelay !== false,
    heapMb: Number(opts.heapMb) > 0 ? Number(opts.heapMb) : null,
    timeoutSeconds: Number(opts.timeout),
  });
}

runMain(import.meta.url, main, { exit: true });
