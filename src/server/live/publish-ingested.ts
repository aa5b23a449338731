/**
 * The ingestion service's `afterCommit` for live updates: an article new to the graph publishes
 * `articleIngested`, and each call it alone reports (read-added-calls.ts) `contactAdded`. Runs
 * after the commit, so a refused or rolled-back article publishes nothing, and an article
 * ingested again (created: false) publishes nothing either.
 *
 * The article is already in the graph when this runs: a failure here (Neo4j gone between the
 * commit and the read) is logged and swallowed, never turned into a failed ingest.
 *
 * @example
 *   const ingest = createIngestService(store, extract, { afterCommit: publishIngested(live, store, logger) });
 */
import type { GraphStore } from '../../graph/graph-store.js';
import { readAddedCalls } from '../../graph/read-added-calls.js';
import type { LiveBus } from '../../graphql/subscriptions/live-events.js';
import type { IngestResult } from '../../ingest/ingest-service.js';
import type { Logger } from '../../logger.js';

export function publishIngested(live: LiveBus, store: GraphStore, logger: Logger): (result: IngestResult) => Promise<void> {
  return async (result) => {
    if (!result.created) return;
    const articleId = result.article.id;
    try {
      const added = result.calls.length === 0 ? [] : await readAddedCalls(store, articleId);
      live.publish('articleIngested', { id: articleId });
      for (const call of added) live.publish('contactAdded', call);
    } catch (error) {
      logger.error({ err: error, articleId }, 'the article is stored, but its live updates could not be published');
    }
  };
}
