/**
 * Makes sure a scale is loaded in the benchmark's Neo4j, loading it through the writer when the
 * folder is fresh, and returns the open server with the load report (this run's, or the one
 * recorded when the folder was loaded). As a script it loads a scale and prints the report:
 *
 *   npm run bench:generate -- --scale S [--seed 1] [--concurrency 2] [--batch-size 40]
 *
 * Documents are written `--batch-size` per transaction (writeFactsBatch); `--batch-size 1` writes
 * one transaction per article, as ingestion does.
 */
import { Command } from 'commander';
import { applySchema } from '../src/graph/apply-schema.js';
import { openBenchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { generateGraph, scales, type Scale } from './generate.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, loadGraph, type LoadReport } from './load-graph.js';
import { runMain } from './run-main.js';

export interface LoadedScale {
  neo4j: BenchNeo4j;
  load: LoadReport & { factsPerArticle?: number };
  /** True when this run loaded the data (false: reused a folder an earlier run loaded). */
  loadedNow: boolean;
}

export interface LoadScaleOptions {
  scale: Scale;
  seed: number;
  concurrency?: number;
  /** Documents per transaction (bench/load-graph.ts). */
  batchSize?: number;
  /** Facts per article (default 50, a news article's worth); larger articles mean fewer transactions. */
  factsPerArticle?: number;
  log?: (message: string) => void;
}

export async function ensureScaleLoaded(o: LoadScaleOptions): Promise<LoadedScale> {
  const log = o.log ?? (() => {});
  const factsPerArticle = o.factsPerArticle ?? 50;
  const neo4j = await openBenchNeo4j({ scale: o.scale, seed: o.seed, factsPerArticle, log });
  if (neo4j.loaded) {
    // As the service does at start-up: new indexes and data migrations reach a folder loaded by an earlier version.
    await applySchema(neo4j.store);
    return { neo4j, load: { ...(neo4j.loaded.load as LoadReport), factsPerArticle: neo4j.loaded.factsPerArticle as number }, loadedNow: false };
  }
  await applySchema(neo4j.store);
  const batchSize = o.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = o.concurrency ?? DEFAULT_CONCURRENCY;
  log(
    `loading scale ${o.scale} (${scales[o.scale]} calls, seed ${o.seed}, ${factsPerArticle} facts per article) through writeFactsBatch, ` +
      `${batchSize} articles per transaction, ${concurrency} transactions in flight`,
  );
  const graph = generateGraph({ calls: scales[o.scale], seed: o.seed, factsPerArticle });
  const load = await loadGraph(neo4j.store, graph.documents(), { concurrency, batchSize, neo4jPid: neo4j.server.pid, log });
  neo4j.markLoaded({ scale: o.scale, seed: o.seed, factsPerArticle, loadedAt: new Date().toISOString(), load });
  return { neo4j, load: { ...load, factsPerArticle }, loadedNow: true };
}

async function main(argv: string[]): Promise<void> {
  const options = new Command()
    .option('--scale <scale>', `one of ${Object.keys(scales).join(', ')}`, 'XS')
    .option('--seed <n>', 'generator seed', '1')
    .option('--concurrency <n>', 'transactions (batches) written at once', String(DEFAULT_CONCURRENCY))
    .option('--batch-size <n>', 'articles per transaction (1: one transaction per article)', String(DEFAULT_BATCH_SIZE))
    .option('--facts-per-article <n>', 'facts per generated article', '50')
    .parse(argv)
    .opts<{ scale: string; seed: string; concurrency: string; batchSize: string; factsPerArticle: string }>();
  if (!(options.scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}, got ${JSON.stringify(options.scale)}`);
  const log = (m: string) => console.error(`[bench] ${m}`);
  const { neo4j, load, loadedNow } = await ensureScaleLoaded({
    scale: options.scale as Scale,
    seed: Number(options.seed),
    concurrency: Number(options.concurrency),
    batchSize: Number(options.batchSize),
    factsPerArticle: Number(options.factsPerArticle),
    log,
  });
  console.log(JSON.stringify({ loadedNow, ...load }, null, 2));
  await neo4j.close();
}

runMain(import.meta.url, main);
