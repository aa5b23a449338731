/**
 * Issue 16: a storm of heavy questions becomes answers or coded refusals, never hidden errors,
 * and does not starve cheap ones. The S benchmark graph (bench/load-scale.ts; loaded once into
 * $TMPDIR and reused) is served by a local Neo4j started with the service's own statement bounds,
 * and `diplograph serve` runs as deployed (production, --max-old-space-size=256). Then 200
 * concurrent `contactNetwork(depth: 3, limit: 1000)` around the best-connected leader, while one
 * client asks `{ __typename }` back to back and the API's RSS is sampled.
 */
import { loadConfig } from '../../src/config/env.js';
import { connectNeo4j } from '../../src/graph/connect-neo4j.js';
import { GraphStore } from '../../src/graph/graph-store.js';
import { startNeo4j } from '../../src/graph/neo4j-server.js';
import { BENCH_PASSWORD, BENCH_USER } from '../../bench/bench-neo4j.js';
import { ensureScaleLoaded } from '../../bench/load-scale.js';
import { rssMb } from '../../bench/process-memory.js';
import type { AttackRow } from './attack-row.js';
import { diplograph, freePort, waitHealthy } from './run-command.js';

const STORM = 200;
const NETWORK = `query Storm($center: ID!) { contactNetwork(center: $center, depth: 3, limit: 1000) { truncated nodes { id depth } edges { source target weight } } }`;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; codes: string[]; ok: boolean }> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
    return { status: res.status, codes, ok: codes.length === 0 && body.data != null };
  } catch (err) {
    return { status: 0, codes: [`(no answer: ${(err as Error).message})`], ok: false };
  }
}

export async function stormChecks(log: (m: string) => void = () => {}): Promise<AttackRow[]> {
  const config = loadConfig({ NODE_ENV: 'production', NEO4J_PASSWORD: BENCH_PASSWORD });
  const loaded = await ensureScaleLoaded({ scale: 'S', seed: 1, log });
  const homeDir = loaded.neo4j.homeDir;
  await loaded.neo4j.close();

  log(`storm: Neo4j on ${homeDir} with the service's bounds (${config.neo4j.transactionTimeoutMs} ms, ${config.neo4j.transactionMemory} a transaction)`);
  const neo4j = await startNeo4j({
    homeDir,
    boltPort: await freePort(),
    heap: config.neo4j.heap,
    pageCache: config.neo4j.pageCache,
    transactionTimeout: `${config.neo4j.transactionTimeoutMs}ms`,
    transactionMemory: config.neo4j.transactionMemory,
    startTimeoutMs: 180_000,
  });
  const port = await freePort();
  const api = diplograph(['serve'], {
    NODE_ENV: 'production',
    NODE_OPTIONS: '--max-old-space-size=256',
    PORT: String(port),
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: BENCH_USER,
    NEO4J_PASSWORD: BENCH_PASSWORD,
    SEED_ON_EMPTY: 'false',
  });
  try {
    await waitHealthy(`http://127.0.0.1:${port}/health`, api);
    const store = new GraphStore(await connectNeo4j({ uri: neo4j.uri, user: BENCH_USER, password: BENCH_PASSWORD }));
    const [center] = await store.read({ cypher: 'MATCH (l:Leader)-[:TOOK_PART_IN]->(c:Call) RETURN l.id AS id, count(c) AS calls ORDER BY calls DESC, id LIMIT 1', params: {} });
    await store.close();
    const url = `http://127.0.0.1:${port}/graphql`;
    const rssBefore = rssMb(api.child.pid!);

    log(`storm: ${STORM} concurrent contactNetwork(depth: 3, limit: 1000) around ${center.id} (${center.calls} calls)`);
    let storming = true;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(api.child.pid!))), 100);
    const cheap: number[] = [];
    const prober = (async () => {
      while (storming) {
        const started = performance.now();
        await post(url, '{ __typename }');
        cheap.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: STORM }, () => post(url, NETWORK, { center: center.id })));
    const stormMs = performance.now() - started;
    storming = false;
    await prober;
    clearInterval(sampler);

    const tally = new Map<string, number>();
    for (const a of answers) {
      const key = a.ok ? 'answered' : `${a.codes.join('+')} (HTTP ${a.status})`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    const internal = answers.filter((a) => (a.status >= 500 && a.status !== 503) || a.status === 0 || a.codes.some((c) => !/^[A-Z_]+$/.test(c) || c === 'INTERNAL_SERVER_ERROR')).length;
    const outcome = [...tally].map(([k, n]) => `${n} ${k}`).join(', ');
    const p99 = percentile(cheap, 99);
    return [
      { check: `${STORM} concurrent contactNetwork(depth: 3, limit: 1000) on S: INTERNAL or uncoded errors`, target: '0', measured: `${internal} (${outcome}; storm ${(stormMs / 1000).toFixed(1)} s)`, pass: internal === 0 },
      { check: '`{ __typename }` p99 during the storm', target: '≤ 250 ms', measured: `${p99.toFixed(0)} ms (p50 ${percentile(cheap, 50).toFixed(0)} ms, ${cheap.length} requests)`, pass: p99 <= 250 },
      { check: 'API RSS peak during the storm', target: '≤ 300 MB', measured: `${rssPeak.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before)`, pass: rssPeak <= 300 },
    ];
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
    await neo4j.stop();
  }
}
