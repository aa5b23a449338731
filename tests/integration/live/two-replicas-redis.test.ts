/**
 * Two API processes (`diplograph serve`, as users run them) over the same Neo4j and a real
 * redis-server (REDIS_URL): an article ingested through one replica reaches the subscribers of
 * both. A REDIS_URL nothing answers on stops the start with a message naming it.
 */
import { seededStore } from '../../helpers/seeded-app.js';
import { ownRedis, subscribersOn, type OwnRedis } from '../../helpers/own-redis.js';
import { runService, type RunningCli } from '../../helpers/run-service.js';
import { subscribe } from '../../helpers/sse-stream.js';
import { syntheticArticles } from '../../helpers/synthetic-articles.js';
import { extractFacts } from '../../../src/extraction/pipeline.js';
import { freePort } from '../../helpers/free-port.js';
import { runCli } from '../../helpers/run-cli.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [ARTICLE] = syntheticArticles(1, 2121);
const [CLI_ARTICLE] = syntheticArticles(1, 2122);
const CONTACTS = 'subscription { contactAdded { id participants { id } } }';
const ARTICLES = 'subscription { articleIngested { id } }';

describe('live updates across two API replicas sharing Redis', () => {
  let redis: OwnRedis;
  let replicas: RunningCli[] = [];
  const env = () => ({
    NEO4J_URI: process.env.NEO4J_URI!,
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!,
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    REDIS_URL: redis.url,
    // The shared machine can be slow: the extraction budget is not what this test is about.
    EXTRACTION_TIMEOUT_MS: '60000',
  });
  const streams: Array<{ close(): void }> = [];
  const sse = async (replica: RunningCli, query: string) => {
    const s = await subscribe((init) => fetch(`${replica.url}/graphql`, init), query);
    streams.push(s);
    return s;
  };

  beforeAll(async () => {
    const store = await seededStore();
    await store.close();
    redis = await ownRedis();
    // One after the other: the machine is shared.
    replicas.push(await runService(env()));
    replicas.push(await runService(env()));
  }, 300_000);

  afterAll(async () => {
    streams.forEach((s) => s.close());
    await Promise.all(replicas.map((r) => r.stop()));
    await redis?.stop();
  });

  it('sends a contact ingested through one replica to the subscribers of both', async () => {
    const [a, b] = replicas;
    const onB = await sse(b, CONTACTS);
    const onA = await sse(a, CONTACTS);
    const articlesOnB = await sse(b, ARTICLES);
    // Each replica subscribes its own Redis connection once per topic, when its first subscriber comes.
    await subscribersOn(redis, 'contactAdded', 2);
    await subscribersOn(redis, 'articleIngested', 1);

    const res = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created calls { id } } }', variables: { text: ARTICLE } }),
    });
    expect(await res.json()).toMatchObject({ data: { ingestArticle: { created: true } } });
    const { document } = extractFacts(ARTICLE);
    const expected = { id: document.calls[0].id, participants: expect.arrayContaining(document.calls[0].participants.map((id) => ({ id }))) };

    expect((await onB.next()).data.contactAdded).toEqual(expected);
    expect((await onA.next()).data.contactAdded).toEqual(expected);
    expect((await articlesOnB.next()).data.articleIngested).toEqual({ id: document.source.id });
  });

  it('sends a contact that `diplograph ingest` commits to the replicas\' subscribers', async () => {
    const onB = await sse(replicas[1], CONTACTS);
    await subscribersOn(redis, 'contactAdded', 1);
    const dir = await mkdtemp(join(tmpdir(), 'diplograph-live-cli-'));
    await writeFile(join(dir, 'article.txt'), CLI_ARTICLE);
    const run = await runCli(['ingest', '--no-progress', join(dir, 'article.txt')], env());
    expect(run).toMatchObject({ code: 0 });
    const { document } = extractFacts(CLI_ARTICLE);
    expect((await onB.next()).data.contactAdded).toMatchObject({ id: document.calls[0].id });
  }, 180_000);

  it('refuses to start when nothing answers at REDIS_URL, naming it', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    await expect(runService({ ...env(), REDIS_URL: closed }, 60_000)).rejects.toThrow(/REDIS_URL/);
  });
});
