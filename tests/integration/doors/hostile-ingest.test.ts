/**
 * Issue 16: no article can freeze the service. `diplograph serve` as users run it (against the
 * suite's Neo4j), ingesting a hostile text through the API: extraction runs in a worker thread,
 * /health keeps answering, the article past its budget fails with EXTRACTION_TIMEOUT and nothing
 * is written; the service then ingests the next article normally. And article identity: the same
 * body with another date is another Article, the same input again changes nothing.
 */
import { clearGraph, graphCounts, graphFingerprint, testStore } from '../../helpers/graph-counts.js';
import { runService, type RunningCli } from '../../helpers/run-service.js';
import { adversarialText } from '../../helpers/adversarial-texts.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';

const INGEST = `mutation ($text: String!, $publishedOn: Date) {
  ingestArticle(input: { text: $text, publishedOn: $publishedOn }) { created article { id publishedOn textLength } calls { date } }
}`;

// A readout in the house style (written for this test).
const READOUT = 'President Emmanuel Macron of France spoke by telephone with Chancellor Olaf Scholz of Germany on Tuesday.';

describe('ingesting a hostile article through the API', () => {
  let store: GraphStore;
  let service: RunningCli;
  const post = (query: string, variables: object) =>
    fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }).then(
      (r) => r.json() as Promise<{ data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }>,
    );

  beforeAll(async () => {
    store = testStore();
    await clearGraph(store);
    const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env as Record<string, string>;
    service = await runService({ NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, SEED_ON_EMPTY: 'false', EXTRACTION_TIMEOUT_MS: '1000', MAX_BODY_BYTES: '3000000' });
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await clearGraph(store);
    await store.close();
  });

  it('answers /health while the text extracts, then refuses it with EXTRACTION_TIMEOUT and writes nothing', async () => {
    const before = [await graphCounts(store), await graphFingerprint(store)];
    let pending = true;
    const answer = post(INGEST, { text: adversarialText('mixed', 1_000_000), publishedOn: '2022-03-02' }).finally(() => (pending = false));
    const health: number[] = [];
    while (pending) {
      const started = performance.now();
      const status = await fetch(`${service.url}/health`).then((r) => r.status);
      health.push(performance.now() - started);
      expect(status).toBe(200);
      await new Promise((r) => setTimeout(r, 25));
    }
    const { errors } = await answer;
    expect(errors?.[0]?.extensions?.code).toBe('EXTRACTION_TIMEOUT');
    expect(errors?.[0]?.message).toMatch(/1000 ms budget/);
    // Extraction on the event loop would hold /health for the whole extraction (seconds).
    expect(health.length).toBeGreaterThan(3);
    expect(Math.max(...health)).toBeLessThan(750);
    expect([await graphCounts(store), await graphFingerprint(store)]).toEqual(before);
  });

  it('refuses the same text in an extractArticle preview with EXTRACTION_TIMEOUT', async () => {
    const { errors } = await post('mutation ($text: String!) { extractArticle(input: { text: $text }) { article { id } } }', { text: adversarialText('mixed', 1_000_000) });
    expect(errors?.[0]?.extensions?.code).toBe('EXTRACTION_TIMEOUT');
  });

  it('ingests the next article normally once the stopped thread is replaced', async () => {
    const { data, errors } = await post(INGEST, { text: READOUT, publishedOn: '2022-03-02' });
    expect(errors).toBeUndefined();
    expect(data.ingestArticle).toMatchObject({ created: true, article: { publishedOn: '2022-03-02', textLength: READOUT.length }, calls: [{ date: '2022-03-01' }] });
  });

  it('keeps the same body with another date apart: two Articles, each with the calls of its own date', async () => {
    const first = (await post(INGEST, { text: READOUT, publishedOn: '2022-03-02' })).data.ingestArticle;
    const second = (await post(INGEST, { text: READOUT, publishedOn: '2022-03-09' })).data.ingestArticle;
    expect(first.created).toBe(false);
    expect(second).toMatchObject({ created: true, article: { publishedOn: '2022-03-09' }, calls: [{ date: '2022-03-08' }] });
    expect(second.article.id).not.toBe(first.article.id);
    const rows = await store.read({
      cypher: 'MATCH (a:Article)-[:REPORTS]->(c:Call) RETURN a.id AS article, collect(DISTINCT toString(c.date)) AS dates ORDER BY article',
      params: {},
    });
    expect(rows).toHaveLength(2);
    for (const row of rows as Array<{ dates: string[] }>) expect(row.dates).toHaveLength(1);
  });

  it('changes nothing when the same text and date are ingested again', async () => {
    const before = [await graphCounts(store), await graphFingerprint(store)];
    const { data } = await post(INGEST, { text: READOUT, publishedOn: '2022-03-09' });
    expect(data.ingestArticle.created).toBe(false);
    expect([await graphCounts(store), await graphFingerprint(store)]).toEqual(before);
  });
});
