/**
 * The ingestion service with each call counted by outcome (metrics), without the service knowing:
 * whatever door calls it — the `ingestArticle` mutation today — is counted the same way.
 *
 * @example
 *   const ingest = countIngests(createIngestService(store, pool.extract), metrics);
 */
import type { IngestService } from '../../ingest/ingest-service.js';
import type { Metrics } from './create-metrics.js';

export function countIngests(ingest: IngestService, metrics: Pick<Metrics, 'countIngest'>): IngestService {
  return async (input, call) => {
    try {
      const result = await ingest(input, call);
      metrics.countIngest({ result });
      return result;
    } catch (error) {
      metrics.countIngest({ error });
      throw error;
    }
  };
}
