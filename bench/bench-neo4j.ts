/**
 * The benchmark's own Neo4j: a server in a temporary folder named after the scale and seed, so a
 * loaded scale is reused by later runs (loading M takes a while) and never touches the project's
 * data or the test suite's server. `loaded.json` in the folder records what was loaded.
 *
 * @example
 *   const graph = await openBenchNeo4j({ scale: 'S', seed: 1 });
 *   if (!graph.loaded) await loadGraph(graph.store, …);
 *   await graph.close();
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connectNeo4j } from '../src/graph/connect-neo4j.js';
import { GraphStore } from '../src/graph/graph-store.js';
import { startNeo4j, type Neo4jServer } from '../src/graph/neo4j-server.js';
import { freePort } from '../tests/helpers/free-port.js';

export const BENCH_USER = 'neo4j';
export const BENCH_PASSWORD = 'bench-password';
/** Neo4j memory for every scale: 4× the project's default heap, so the peer's larger transactions get room. */
export const BENCH_HEAP = '2g';
/**
 * The page cache holds the whole store up to M (about 1.1 GB on disk); L's store is about five times
 * that, and a cache smaller than the store would measure the disk rather than the statements.
 */
export function benchPageCache(scale: string): string {
  return scale === 'L' ? '6g' : '1g';
}

export interface BenchNeo4j {
  server: Neo4jServer;
  driver: Driver;
  store: GraphStore;
  homeDir: string;
  /** What an earlier run loaded into this folder, or null for a fresh folder. */
  loaded: Record<string, unknown> | null;
  markLoaded(report: Record<string, unknown>): void;
  close(): Promise<void>;
}

export interface BenchNeo4jOptions {
  scale: string;
  seed: number;
  /** Facts per article when it is not the default 50: part of the folder name, as it shapes the graph. */
  factsPerArticle?: number;
  heap?: string;
  pageCache?: string;
  log?: (message: string) => void;
  /** How long Neo4j may take to start (default 180 s; a machine shared by many processes needs more). */
  startTimeoutMs?: number;
  /** Further Neo4j settings for this run (bench/load-rate.ts's variants). */
  settings?: Readonly<Record<string, string>>;
}

/** The folder a scale is loaded into, and its marker file. */
function benchHome(scale: string, seed: number, factsPerArticle?: number): { homeDir: string; marker: string } {
  const suffix = factsPerArticle && factsPerArticle !== 50 ? `-articles${factsPerArticle}` : '';
  const homeDir = join(tmpdir(), `diplograph-bench-${scale}-seed${seed}${suffix}`);
  return { homeDir, marker: join(homeDir, 'loaded.json') };
}

/** What an earlier run recorded when it loaded this scale, or null (without starting Neo4j). */
export function readLoadedMarker(scale: string, seed: number, factsPerArticle?: number): Record<string, unknown> | null {
  const { marker } = benchHome(scale, seed, factsPerArticle);
  return existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as Record<string, unknown>) : null;
}

export async function openBenchNeo4j(o: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const { homeDir, marker } = benchHome(o.scale, o.seed, o.factsPerArticle);
  const loaded = readLoadedMarker(o.scale, o.seed, o.factsPerArticle);
  o.log?.(`Neo4j home ${homeDir}${loaded ? ' (already loaded)' : ''}`);
  const server = await startNeo4j({
    homeDir,
    boltPort: await freePort(),
    heap: o.heap ?? BENCH_HEAP,
    pageCache: o.pageCache ?? benchPageCache(o.scale),
    startTimeoutMs: o.startTimeoutMs ?? 180_000,
    log: o.log,
    settings: o.settings,
  });
  const driver = await connectNeo4j({ uri: server.uri, user: BENCH_USER, password: BENCH_PASSWORD, setInitialPassword: true });
  return {
    server,
    driver,
    store: new GraphStore(driver),
    homeDir,
    loaded,
    markLoaded: (report) => writeFileSync(marker, JSON.stringify(report, null, 2)),
    async close() {
      await driver.close();
      await server.stop();
    },
  };
}

export { freePort };
