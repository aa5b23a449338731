/**
 * Neo4j killed with SIGKILL in the middle of ingesting 200 articles: after a restart every
 * article is either wholly present or absent; ingesting again completes, and the graph equals
 * that of a clean run (no duplicates).
 */
import { applySchema } from '../../../src/graph/apply-schema.js';
import { extractFacts } from '../../../src/extraction/pipeline.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { createIngestService } from '../../../src/ingest/ingest-service.js';
import { clearGraph, graphCounts, graphFingerprint } from '../../helpers/graph-counts.js';
import { ownNeo4j, type OwnNeo4j } from '../../helpers/own-neo4j.js';
import { syntheticArticles } from '../../helpers/synthetic-articles.js';

const articles = syntheticArticles(200, 11);

async function ingestAll(store: GraphStore): Promise<{ ok: number; failed: number }> {
  const ingest = createIngestService(store);
  let ok = 0;
  let failed = 0;
  for (const text of articles) {
    try {
      await ingest({ text });
      ok++;
    } catch {
      failed++;
    }
  }
  return { ok, failed };
}

describe('Neo4j killed in the middle of an ingest', () => {
  let neo: OwnNeo4j;
  afterAll(() => neo?.remove());

  it('leaves each article whole or absent, and a re-run equals a clean run', async () => {
    neo = await ownNeo4j();
    let store = await neo.connect();
    await applySchema(store);

    // Kill the server inside the 51st article's transaction: after one of its statements ran,
    // before it commits. The ingest goes on until the dead server fails it.
    let done = 0;
    let killed = false;
    const ingest = createIngestService(
      store.observed(() => {
        if (done === 50 && !killed) {
          killed = true;
          process.kill(neo.server.pid, 'SIGKILL');
        }
      }),
    );
    let failed = 0;
    for (const text of articles) {
      try {
        await ingest({ text });
        done++;
      } catch {
        failed++;
        break;
      }
    }
    expect(done).toBe(50);
    expect(failed).toBe(1);
    await neo.server.exited;
    await store.close().catch(() => undefined);

    await neo.start();
    store = await neo.connect();
    // Whole or absent: a present article has exactly one REPORTS edge per evidence item of its facts.
    const present = await store.read({ cypher: 'MATCH (a:Article) OPTIONAL MATCH (a)-[r:REPORTS]->() RETURN a.id AS id, count(r) AS reports', params: {} });
    expect(present.length).toBe(50);
    const expected = new Map(
      articles.map((text) => {
        const { document: d } = extractFacts(text);
        const evidence = [...d.calls, ...d.tweets, ...d.commitments, ...d.incidents].reduce((n, f) => n + f.evidence.length, 0);
        return [d.source.id, evidence];
      }),
    );
    for (const row of present) expect([row.id, row.reports]).toEqual([row.id, expected.get(row.id as string)]);

    const rerun = await ingestAll(store);
    expect(rerun).toEqual({ ok: 200, failed: 0 });
    const afterRecovery = [await graphCounts(store), await graphFingerprint(store)];

    await clearGraph(store);
    await applySchema(store);
    expect(await ingestAll(store)).toEqual({ ok: 200, failed: 0 });
    expect([await graphCounts(store), await graphFingerprint(store)]).toEqual(afterRecovery);
    await store.close();
  }, 300_000);
});
