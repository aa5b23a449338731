/**
 * Eight ingesters at once over overlapping articles (the same leaders, countries and often the
 * same articles): no article fails, and the graph equals that of one sequential run — no
 * duplicate actors, countries, calls or edges.
 */
import { applySchema } from '../../../src/graph/apply-schema.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { createIngestService } from '../../../src/ingest/ingest-service.js';
import { clearGraph, graphCounts, graphFingerprint, testStore } from '../../helpers/graph-counts.js';
import { syntheticArticles } from '../../helpers/synthetic-articles.js';

const articles = syntheticArticles(60, 5);
/** Ingester k takes 20 articles starting at 5k: neighbours share 15 articles, and all share leaders. */
const share = (k: number) => Array.from({ length: 20 }, (_, i) => articles[(5 * k + i) % articles.length]);

describe('eight concurrent ingesters', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = testStore();
    await clearGraph(store);
    await applySchema(store);
  });
  afterAll(() => store.close());

  it('write no duplicates and lose no article', async () => {
    const ingest = createIngestService(store);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, async (_, k) => {
        for (const text of share(k)) await ingest({ text });
      }),
    );
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const concurrent = [await graphCounts(store), await graphFingerprint(store)];
    const [dups] = await store.read({
      cypher: `CALL { MATCH (a:Actor) WITH a.id AS k, count(*) AS n WHERE n > 1 RETURN count(k) AS actors }
               CALL { MATCH (c:Country) WITH c.code AS k, count(*) AS n WHERE n > 1 RETURN count(k) AS countries }
               CALL { MATCH (a:Actor)-[r:TOOK_PART_IN]->(c:Call) WITH a, c, count(r) AS n WHERE n > 1 RETURN count(*) AS edges }
               RETURN actors, countries, edges`,
      params: {},
    });
    expect(dups).toEqual({ actors: 0, countries: 0, edges: 0 });

    // The same articles once each, one after another, give the same graph.
    await clearGraph(store);
    const distinct = [...new Set(Array.from({ length: 8 }, (_, k) => share(k)).flat())];
    for (const text of distinct) await ingest({ text });
    expect([await graphCounts(store), await graphFingerprint(store)]).toEqual(concurrent);
  }, 240_000);
});
