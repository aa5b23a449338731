/**
 * Writes the results file of a benchmark run: machine and versions, the writer's load rate, a
 * table per query with the three servers and the ratios, and the issue's targets each marked met
 * or missed with the measured reason. Causes of misses that need a human's analysis are read from
 * `results/<scale>.notes.md` when it exists and included as they are. Run as a script it re-renders
 * a results file from the JSON a run saved beside it, e.g. after the notes were written:
 *
 *   npx tsx bench/report.ts bench/results/M.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GraphStore } from '../src/graph/graph-store.js';
import type { LoadReport } from './load-graph.js';
import type { Latency, Throughput } from './measure.js';
import type { PeerKind } from './peers/peer-kinds.js';
import type { DbHits } from './peers/profile-statements.js';
import type { BenchParams } from './queries.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './load-graph.js';
import { targets, times } from './targets.js';

export interface CellResult {
  server: PeerKind;
  size?: string;
  error?: string;
  latency?: Latency;
  statementsPerRequest?: number;
  /** Neo4j's db hits of one request: its statements replayed with PROFILE, summed. */
  dbHits?: DbHits;
  throughput?: Throughput[];
}

export interface QueryResult {
  id: string;
  title: string;
  depth: number;
  sizesMatch: boolean;
  cells: Record<PeerKind, CellResult>;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  neo4j: string;
  versions: Record<string, string>;
  loadAverage: number[];
}

export interface ReportInput {
  scale: string;
  tcpNoDelay?: boolean;
  seed: number;
  options: { seconds: number; samples: number; connections: number[] };
  params: BenchParams;
  load: LoadReport & { factsPerArticle?: number };
  loadedNow: boolean;
  /** The writer's rate with 50-fact articles (scale S), shown when this scale was loaded with larger ones. */
  reference?: LoadReport;
  results: QueryResult[];
  machine: Machine;
  minutes: number;
  writtenAt?: string;
}

const NAMES: Record<PeerKind, string> = { diplograph: 'diplograph', 'neo4j-graphql': '@neo4j/graphql', floor: 'floor (Cypher)', 'floor-walk': 'floor walking the calls' };
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export async function machineDetails(store: GraphStore): Promise<Machine> {
  const [row] = await store.read({ cypher: 'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS v', params: {} });
  const version = (pkg: string) => {
    try {
      return JSON.parse(readFileSync(root(`node_modules/${pkg}/package.json`), 'utf8')).version as string;
    } catch {
      return 'not installed';
    }
  };
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j: String(row?.v ?? 'unknown'),
    versions: Object.fromEntries(['@neo4j/graphql', 'graphql-yoga', 'graphql', 'neo4j-driver', 'autocannon', 'dataloader'].map((p) => [p, version(p)])),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function writeReport(r: ReportInput): string {
  const nagle = r.tcpNoDelay === false;
  const o = r.options as ReportInput['options'] & { heapMb?: number | null };
  const notes = root(`bench/results/${r.scale}${nagle ? '-nagle' : ''}.notes.md`);
  return [
    `# Benchmark results — scale ${r.scale}${nagle ? ' — the peer and the floor with Nagle' : ''}`,
    '',
    nagle
      ? "**Variant:** the peer's and the floor's driver sockets kept Nagle's algorithm (`--no-tcp-no-delay`); diplograph sets TCP_NODELAY on its own.\n"
      : 'All three servers ran with TCP_NODELAY on their Neo4j driver sockets: diplograph sets it itself (`src/graph/tcp-no-delay.ts`), the benchmark sets it for the peer and the floor (`bench/tcp-no-delay.ts`).\n',
    o.heapMb
      ? `diplograph ran as production runs it: compiled to JavaScript (\`npm start\` runs \`npm run build\`'s dist/, src/server/build-dist.ts), with \`--max-old-space-size=${o.heapMb}\` (Dockerfile, docs/operations.md); the peer and the floor under tsx, with V8's default heap.\n`
      : "All three servers ran with V8's default heap.\n",
    `Written by \`npm run bench -- --scale ${r.scale}${flags(r)}\` on ${(r.writtenAt ?? new Date().toISOString()).slice(0, 16).replace('T', ' ')} UTC in ${r.minutes.toFixed(1)} min` +
      ` (seed ${r.seed}; ${r.options.samples} sequential samples per cell after 5 warm-up requests; autocannon ${r.options.seconds} s at ${r.options.connections.join(' and ')} connections).`,
    '',
    machineSection(r.machine),
    loadSection(r),
    targetsSection(r),
    '## Queries',
    '',
    `Parameters read from the loaded graph: busiest leader **${r.params.leaderName}**, busiest country **${r.params.countryCode}**, month ${r.params.from} … ${r.params.to}.`,
    '',
    ...r.results.map(querySection),
    methodSection(),
    extractionSection(),
    existsSync(notes) ? readFileSync(notes, 'utf8') : '',
  ].join('\n');
}

/** The command-line flags that shaped this run, beyond the scale. */
function flags(r: ReportInput): string {
  const o = r.options as ReportInput['options'] & { factsPerArticle?: number; concurrency?: number; batchSize?: number };
  const out = [];
  if (o.factsPerArticle && o.factsPerArticle !== 50) out.push(`--facts-per-article ${o.factsPerArticle}`);
  if (o.concurrency && o.concurrency !== DEFAULT_CONCURRENCY) out.push(`--concurrency ${o.concurrency}`);
  if (o.batchSize && o.batchSize !== DEFAULT_BATCH_SIZE) out.push(`--batch-size ${o.batchSize}`);
  if (o.samples !== 50) out.push(`--samples ${o.samples}`);
  if (r.tcpNoDelay === false) out.push('--no-tcp-no-delay');
  const heapMb = (r.options as { heapMb?: number | null }).heapMb;
  if (heapMb !== undefined && heapMb !== 256) out.push(`--heap-mb ${heapMb ?? 0}`);
  const timeout = (r.options as { timeoutSeconds?: number }).timeoutSeconds;
  if (timeout !== undefined && timeout !== 60) out.push(`--timeout ${timeout}`);
  return out.length ? ` ${out.join(' ')}` : '';
}

function machineSection(m: Machine): string {
  return [
    '## Machine and versions',
    '',
    `| CPUs | memory | Node | Neo4j | load average at the end (1, 5, 15 min) |`,
    `|---|---|---|---|---|`,
    `| ${m.cpus} × ${m.cpuModel} | ${m.memoryGb} GB | ${m.node} | ${m.neo4j} | ${m.loadAverage.join(', ')} |`,
    '',
    Object.entries(m.versions).map(([p, v]) => `${p} ${v}`).join(' · '),
    '',
    'The machine is shared (other work was running during the run: see the load average), so absolute',
    'numbers are noisy; the three servers were measured interleaved, query by query, to share the noise.',
    '',
  ].join('\n');
}

function loadSection(r: ReportInput): string {
  const row = (label: string, l: LoadReport, perArticle: number) =>
    `| ${label} | ${perArticle} | ${l.documents} | ${l.facts} | ${l.calls} | ${l.nodesCreated} | ${l.relationshipsCreated} | ${l.seconds.toFixed(1)} | ${l.factsPerSecond} | ${l.relationshipsPerSecond} | ${l.batchSize ?? 1} | ${l.concurrency} | ${l.loaderPeakRssMb} MB | ${l.neo4jPeakRssMb ?? '?'} MB |`;
  const perArticle = r.load.factsPerArticle ?? 50;
  return [
    '## Load through the writer (`writeFactsBatch`: articles per transaction, transactions in flight)',
    '',
    '| load | facts per article | articles | facts | calls | nodes created | relationships created | seconds | facts/s | relationships/s | articles per transaction | transactions in flight | loader peak RSS | Neo4j peak RSS |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    row(`this scale (${r.scale})`, r.load, perArticle),
    ...(r.reference ? [row('scale S, news-sized articles', r.reference, 50)] : []),
    '',
    r.loadedNow ? 'Loaded by this run.' : 'Loaded by an earlier run into the same Neo4j folder (its figures are shown).',
    perArticle === 50
      ? ''
      : `**This scale was loaded through the same writer with articles of ${perArticle} facts** (fewer, larger transactions; the calls, tweets and commitments are identical, only Article nodes and their MENTIONS edges are fewer), because at 50 facts per article the writer would not have loaded it in the time available. The writer's rate on news-sized articles is the scale S row${r.reference ? '' : ' (not available: run scale S first)'}; the load-rate target is judged on that row.`,
    r.load.complete ? '' : '**The load was cut short by its time budget; the graph holds fewer calls than the scale promises.**',
    '',
  ].join('\n');
}

function targetsSection(r: ReportInput): string {
  const verdicts = targets(r);
  return [
    `## Targets (issue 5; stated for scale M${r.scale === 'M' ? '' : `, shown here for ${r.scale}`})`,
    '',
    '| target | measured | verdict |',
    '|---|---|---|',
    ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.met === null ? 'n/a' : v.met ? 'met' : '**missed**'} |`),
    '',
  ].join('\n');
}

function querySection(q: QueryResult): string {
  const kinds = Object.keys(q.cells) as PeerKind[];
  const rows = kinds.map((k) => {
    const c = q.cells[k];
    if (!c.latency) return `| ${NAMES[k]} | ${c.error ?? 'not measured'} | | | | | | | |`;
    const t = c.throughput ?? [];
    return `| ${NAMES[k]} | ${c.latency.p50} | ${c.latency.p95} | ${c.latency.p99} | ${t.map(rps).join(' / ')} | ${round(c.statementsPerRequest!)} | ${dbHitsCell(c.dbHits)} | ${Math.max(0, ...t.map((x) => x.serverRssMb))} |`;
  });
  const ratio = (other: PeerKind) => {
    const d = q.cells.diplograph;
    const o = q.cells[other];
    if (!d.latency || !o.latency) return `| diplograph / ${NAMES[other]} | n/a | | | | | | |`;
    const r = (a: number, b: number) => `${(a / Math.max(b, 1e-9)).toFixed(2)}×`;
    const rate = (a: number, b: number) => times(b > 0 ? a / b : a > 0 ? Infinity : NaN);
    const t = (d.throughput ?? []).map((x, i) => rate(x.requestsPerSecond, o.throughput![i].requestsPerSecond)).join(' / ');
    const hits = d.dbHits?.dbHits !== undefined && o.dbHits?.dbHits !== undefined ? r(d.dbHits.dbHits, o.dbHits.dbHits) : '';
    return `| *diplograph / ${NAMES[other]}* | ${r(d.latency.p50, o.latency.p50)} | ${r(d.latency.p95, o.latency.p95)} | ${r(d.latency.p99, o.latency.p99)} | ${t} | | ${hits} | |`;
  };
  return [
    `### ${q.id} — ${q.title}`,
    '',
    `Answers: ${kinds.map((k) => `${NAMES[k]}: ${q.cells[k].size ?? '—'}`).join('; ')} — ${q.sizesMatch ? 'same' : '**differ**'}.`,
    '',
    '| server | p50 ms | p95 ms | p99 ms | req/s at 10 / 50 connections | statements / request | db hits / request | server RSS under load (MB) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    ratio('neo4j-graphql'),
    ratio('floor'),
    ...(q.cells['floor-walk']?.latency ? [ratio('floor-walk')] : []),
    '',
  ].join('\n');
}

/** "14,285", or why there is no number (a run before db hits were recorded shows an empty cell). */
export function dbHitsCell(hits: DbHits | undefined): string {
  if (!hits) return '';
  return hits.dbHits === undefined ? (hits.error ?? '?') : hits.dbHits.toLocaleString('en-US');
}

function rps(t: Throughput): string {
  const failures = t.errors + t.non2xx;
  const window = t.seconds === undefined ? '' : ` (${t.seconds} s)`;
  return `${t.requestsPerSecond}${failures ? ` (${failures} failed)` : ''}${t.requestsPerSecond === 0 && !failures ? ' (none completed)' : ''}${window}`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function methodSection(): string {
  return [
    '## How it was measured',
    '',
    '- One Neo4j (started by the benchmark in a temporary folder, 2 GB heap — so 1.4 GB for transactions — and 1 GB page cache), one data set, three servers, each in its own Node process (`bench/peers/serve-peer.ts`) so that RSS is its own: diplograph (`createServer`, production mode, default limits), @neo4j/graphql over `bench/peers/neo4j-graphql.ts` (served by graphql-yoga, like diplograph), and the floor (`bench/peers/floor-server.ts`: node:http, one hand-written Cypher statement per request). The floor and the peer read the graph model as its users would, the contact aggregate included (`CONTACTED`, docs/graph-model.md); a fourth server, the floor walking the calls (the same routes with `walkFloorCypher`), keeps the statements that walk every shared call for Q3, Q6 and Q6b, so the aggregate\'s gain stays visible.',
    '- Before timing, each query is sent once to each server and its answer reduced to counts (calls, participants, …); the counts must agree.',
    '- Latency: requests one after another from the runner, the servers taking turns request by request, in a new seeded random order each round (so the noise of the shared machine falls on all three alike), wall-clock at the client (HTTP included), after 5 warm-up requests each; nearest-rank percentiles.',
    '- Throughput: autocannon, the answers per second over the window (requests answered with HTTP 2xx and no GraphQL `errors`; refused or failed ones are not counted, their number is in brackets) (shown in brackets: the scale\'s default, longer for slow queries — connections × the slowest server\'s sequential p50, at most 10 s, the same for the three servers — so that answers can complete inside it); "none completed" means no answer came back within the window. Server RSS is the highest VmRSS read from /proc every 200 ms while autocannon runs.',
    '- Statements per request: diplograph through `GraphStore.observed` (every statement its readers send); @neo4j/graphql and the floor through a Proxy over the driver that counts every `run` of a session or transaction and every `executeQuery` (`bench/peers/count-statements.ts`). Each server reports its count at `/__bench/stats`; the count is read before and after the sequential run (warm-up included) and divided by the requests.',
    '- Db hits per request: after the answers are compared, each server is sent the query once more while it records the statements it sends (diplograph through `GraphStore.observed`, the others through the same driver Proxy); it then replays them with `PROFILE` through its own driver, with the same parameters, and sums the db hits of every operator of every statement (`bench/peers/profile-statements.ts`). The figure is the sum over the request\'s statements; db hits do not depend on the machine\'s load. The floors\' statements and each PROFILE are bounded by Neo4j\'s transaction timeout (`--timeout`, 60 s by default): a statement that runs longer is reported as no answer within that time.',
    '- Q4 page 50: each server is first paged through 49 pages (untimed) to get its own cursor; @neo4j/graphql cursors are offsets, diplograph and the floor page by keyset (date, id).',
    '- Q6 asks diplograph\'s `contactNetwork(center, depth: 2, limit: 500)`; @neo4j/graphql answers it through a `@cypher` query field and the floor through its route, both with the same hand-written statement (`bench/peers/network-cypher.ts`). Q6b asks a depth-2 network the way every server can without a dedicated field: nested `counterparts(first: 10)`.',
    '',
  ].join('\n');
}

export function extractionSection(): string {
  const script = root('bench/extract.ts');
  const result = root('bench/results/extract.md');
  if (existsSync(result)) {
    // extract.md is a document of its own: drop its title and nest its headings under this one.
    const body = readFileSync(result, 'utf8').split('\n').filter((line, i) => !(i === 0 && line.startsWith('# ')));
    return ['## Extraction throughput (from `npm run bench:extract`, bench/results/extract.md)', '', ...body.map((l) => (l.startsWith('#') ? `##${l}` : l)), ''].join('\n');
  }
  return [
    '## Extraction throughput',
    '',
    existsSync(script)
      ? '`bench/extract.ts` exists but left no `bench/results/extract.md`; run `npm run bench:extract` to measure it.'
      : 'Not measured: `bench/extract.ts` (the extraction issue\'s `bench:extract`) does not exist yet.',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const json = process.argv[2];
  if (!json?.endsWith('.json')) throw new Error(`usage: tsx bench/report.ts bench/results/<name>.json, got ${JSON.stringify(json)}`);
  writeFileSync(json.replace(/\.json$/, '.md'), writeReport(JSON.parse(readFileSync(json, 'utf8')) as ReportInput));
}
