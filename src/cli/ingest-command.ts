/**
 * `diplograph ingest FILE|DIR... [--date YYYY-MM-DD]`: extracts and writes each article, one
 * transaction per article, with a progress bar on stderr and a summary at the end. A bad article
 * is reported with its reason and skipped; the others still load. Ctrl-C (or SIGTERM) stops after
 * the article in progress, which is written whole or not at all, and still prints the summary; a
 * second Ctrl-C stops at once. Exit codes: exit-codes.ts (1 if any failed, 130 when interrupted).
 */
import type { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { listArticleFiles, readArticleFile } from './article-files.js';
import { createExtractionPool } from '../extraction/extraction-pool.js';
import { EXIT_CODES } from './exit-codes.js';
import { withGraph } from './with-graph.js';
import { createLiveBus } from '../server/live/create-live-bus.js';
import { publishIngested } from '../server/live/publish-ingested.js';
import type { IngestService } from '../ingest/ingest-service.js';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Extract facts from articles and write them into the graph (one transaction per article).')
    .argument('<paths...>', 'article files (.txt) or folders of them')
    .option('--date <YYYY-MM-DD>', 'publication date for articles without a `date` first line')
    .option('--no-progress', 'no progress bar (also off when stderr is not a terminal)')
    .action(async (paths: string[], opts: { date?: string; progress: boolean }) => {
      const files = await listArticleFiles(paths);
      const format = 'ingest [{bar}] {value}/{total} articles | {facts} facts | {rate} articles/s';
      await withGraph({ command: 'ingest', bar: { show: opts.progress, format } }, async ({ config, store, bar, logger }) => {
        const { createIngestService } = await import('../ingest/ingest-service.js');
        // With REDIS_URL, what this process commits reaches the API replicas' subscribers too (the
        // in-process bus would reach no one, so without it nothing is published).
        const live = config.live.redisUrl ? await createLiveBus({ redisUrl: config.live.redisUrl, logger }) : null;
        // Each article is extracted in a worker thread within EXTRACTION_TIMEOUT_MS, as the API does.
        const extraction = createExtractionPool(config.extraction);
        try {
          const afterCommit = live ? publishIngested(live.bus, store, logger) : undefined;
          await ingestFiles(files, createIngestService(store, extraction.extract, { afterCommit }), opts.date, bar);
        } finally {
          await extraction.close();
          await live?.close();
        }
      });
    });
}

/** Ingests the files one by one until done or stopped by a signal, then prints the summary and sets the exit code. */
async function ingestFiles(files: string[], ingest: IngestService, date: string | undefined, bar: SingleBar | null): Promise<void> {
  const started = performance.now();
  const totals = { articles: 0, created: 0, facts: 0, failed: 0 };
  let stopped: NodeJS.Signals | null = null;
  const stop = (signal: NodeJS.Signals) => {
    if (stopped) process.exit(EXIT_CODES.interrupted.code);
    stopped = signal;
    bar?.stop();
    process.stderr.write(`${signal}: stopping after the article in progress (again to stop at once)\n`);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  bar?.start(files.length, 0, { facts: 0, rate: '0.0' });
  try {
    for (const file of files) {
      if (stopped) break;
      try {
        const article = await readArticleFile(file);
        const r = await ingest({ text: article, publishedOn: date });
        totals.articles++;
        if (r.created) totals.created++;
        totals.facts += r.calls.length + r.tweetCount + r.commitmentCount + r.incidentCount;
      } catch (err) {
        totals.failed++;
        bar?.stop();
        process.stderr.write(`${file}: not ingested: ${(err as Error).message}\n`);
        bar?.start(files.length, totals.articles + totals.failed, { facts: totals.facts });
      }
      const seconds = (performance.now() - started) / 1000;
      bar?.update(totals.articles + totals.failed, { facts: totals.facts, rate: ((totals.articles + totals.failed) / seconds).toFixed(1) });
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    bar?.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const notStarted = files.length - totals.articles - totals.failed;
  process.stdout.write(
    `ingested ${totals.articles} of ${files.length} articles (${totals.created} new, ${totals.articles - totals.created} already present), ` +
      `${totals.facts} facts, ${totals.failed} failed${stopped ? `, ${notStarted} not started (interrupted)` : ''}, in ${seconds.toFixed(1)} s\n`,
  );
  if (totals.failed > 0) process.exitCode = EXIT_CODES.failed.code;
  if (stopped) process.exitCode = EXIT_CODES.interrupted.code;
}
