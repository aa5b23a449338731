/**
 * Live updates on one process (the in-process bus): a subscriber over Server-Sent Events is sent
 * each Call new to the graph, read like any Call, once its article has committed; an article
 * rolled back, ingested again, or only adding a second source of a known call sends no
 * `contactAdded`. Subscriptions obey the same limits and access rules as queries, and each event
 * is executed as a query is: with loaders of its own, through admission and error logging.
 *
 * "Nothing was sent" is checked without waiting on a clock: after the step that must send
 * nothing, a known event is caused, and it must be the first one the subscriber receives.
 */
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { createIngestService } from '../../../src/ingest/ingest-service.js';
import { createLogger } from '../../../src/logger.js';
import { createLiveBus, type LiveBusHandle } from '../../../src/server/live/create-live-bus.js';
import { publishIngested } from '../../../src/server/live/publish-ingested.js';
import { loadConfig } from '../../../src/config/env.js';
import { seededStore, testApp, type TestApp } from '../../helpers/seeded-app.js';
import { subscribe } from '../../helpers/sse-stream.js';
import { syntheticArticles } from '../../helpers/synthetic-articles.js';
import { extractFacts } from '../../../src/extraction/pipeline.js';
import { readFileSync } from 'node:fs';
import { DEFAULT_MANIFEST } from '../../../src/server/use-trusted-documents.js';
import { createAdmissionGate } from '../../../src/server/admission/admission-gate.js';
import pino from 'pino';

const CONTACTS = `subscription Contacts($where: ContactAddedWhere) {
  contactAdded(where: $where) { id date medium participants { id name country { code } } sources { article { id } quote } }
}`;
const ARTICLES = 'subscription { articleIngested { id publishedOn reported { __typename ... on Call { id } } } }';
const INGEST = 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created article { id } calls { id } } }';

// Readouts written by the synthetic generator: real leaders in office, a new pair each.
const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = syntheticArticles(6, 2020);
/** Another report of FIRST's call: the same day and people, another article. */
const FIRST_AGAIN = FIRST.replace(/\(Readout \d+\.\)/, '(A second source.)');

const callOf = (text: string) => extractFacts(text).document.calls[0];
const articleOf = (text: string) => extractFacts(text).document.source.id;

describe('live updates over Server-Sent Events (one process)', () => {
  let store: GraphStore;
  let live: LiveBusHandle;
  let api: TestApp;
  let failNextWrite = false;
  const open: Array<{ close(): void }> = [];
  const sse = async (query: string | Record<string, unknown>, variables: Record<string, unknown> = {}, app: TestApp = api, headers: Record<string, string> = {}) => {
    const s = await subscribe((init) => app.app.fetch('http://localhost/graphql', init), query, variables, headers);
    open.push(s);
    return s;
  };
  const ingest = async (text: string) => {
    const { json } = await api.post({ query: INGEST, variables: { text } });
    return json;
  };

  beforeAll(async () => {
    store = await seededStore();
    live = await createLiveBus();
    // A write that fails inside its transaction, after a statement ran: a real rollback in Neo4j.
    const faulty = store.observed((e) => {
      if (failNextWrite && e.mode === 'WRITE') {
        failNextWrite = false;
        throw new Error('fault injected after a statement of the article ran');
      }
    });
    const ingestService = createIngestService(faulty, undefined, { afterCommit: publishIngested(live.bus, store, createLogger('silent')) });
    api = testApp(store, { ingest: ingestService, live: live.bus });
  }, 240_000);

  afterEach(() => open.splice(0).forEach((s) => s.close()));
  afterAll(async () => {
    await live?.close();
    await store?.close();
  });

  it('sends a new contact, resolved like any Call, to a subscriber without a filter', async () => {
    const contacts = await sse(CONTACTS);
    expect(contacts.contentType).toMatch(/^text\/event-stream/);
    const report = await ingest(FIRST);
    expect(report.data.ingestArticle.created).toBe(true);
    const { data } = await contacts.next();
    const call = callOf(FIRST);
    expect(data.contactAdded.id).toBe(report.data.ingestArticle.calls[0].id);
    expect(data.contactAdded.participants.map((p: { id: string }) => p.id).sort()).toEqual([...call.participants].sort());
    expect(data.contactAdded.participants.every((p: { country: { code: string } | null }) => p.country?.code)).toBe(true);
    expect(data.contactAdded.sources).toEqual(call.evidence.map((e) => ({ article: { id: articleOf(FIRST) }, quote: e.quote })));
  });

  it('filters by actor and by country (any case), sending a subscriber only its matches', async () => {
    const second = callOf(SECOND);
    const third = callOf(THIRD);
    const countriesOf = (text: string) => extractFacts(text).document.actors.map((a) => a.country).filter(Boolean) as string[];
    const actor = third.participants.find((p) => !second.participants.includes(p))!;
    const country = countriesOf(THIRD).find((c) => !countriesOf(SECOND).includes(c))!;
    const byActor = await sse(CONTACTS, { where: { actor } });
    const byCountry = await sse(CONTACTS, { where: { country: country.toLowerCase() } });
    const both = await sse(CONTACTS, { where: { actor, country: 'AQ' } });
    await ingest(SECOND);
    await ingest(THIRD);
    expect((await byActor.next()).data.contactAdded.id).toBe(third.id);
    expect((await byCountry.next()).data.contactAdded.id).toBe(third.id);
    // All filters must hold: no call of this actor involves Antarctica, so nothing is sent; the
    // subscription is still open (a later matching call would be sent), which close() ends.
    await expect(both.next(300)).rejects.toThrow(/no event within/);
  });

  it('sends nothing for an article rolled back, nor for one ingested again', async () => {
    const contacts = await sse(CONTACTS);
    const articles = await sse(ARTICLES);
    failNextWrite = true;
    const failed = await ingest(FOURTH);
    expect(failed.errors?.[0]).toBeDefined();
    const [row] = await store.read({ cypher: 'MATCH (a:Article {id: $id}) RETURN count(a) AS n', params: { id: articleOf(FOURTH) } });
    expect(row.n).toBe(0);
    expect((await ingest(FIRST)).data.ingestArticle.created).toBe(false);
    // The first events either subscriber receives are FIFTH's.
    await ingest(FIFTH);
    expect((await contacts.next()).data.contactAdded.id).toBe(callOf(FIFTH).id);
    expect((await articles.next()).data.articleIngested.id).toBe(articleOf(FIFTH));
  });

  it('sends a second source of a known call as an ingested article, not as a new contact', async () => {
    const contacts = await sse(CONTACTS);
    const articles = await sse(ARTICLES);
    expect(callOf(FIRST_AGAIN).id).toBe(callOf(FIRST).id);
    const report = await ingest(FIRST_AGAIN);
    expect(report.data.ingestArticle.created).toBe(true);
    const { data } = await articles.next();
    expect(data.articleIngested).toMatchObject({ id: articleOf(FIRST_AGAIN), reported: [{ __typename: 'Call', id: callOf(FIRST).id }] });
    // The refused ingest above left FOURTH new: its call is the first contact this subscriber gets.
    await ingest(FOURTH);
    expect((await contacts.next()).data.contactAdded.id).toBe(callOf(FOURTH).id);
  });

  it('refuses a malformed country filter with BAD_USER_INPUT', async () => {
    const contacts = await sse(CONTACTS, { where: { country: 'Ukraine' } });
    const { errors } = await contacts.next();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('applies the query limits and bearer tokens to subscriptions as to queries', async () => {
    const limits = { ...loadConfig({}).limits, maxDepth: 3 };
    const guarded = testApp(store, {
      live: live.bus,
      limits,
      security: { ...loadConfig({}).security, apiKeys: ['k'.repeat(32)], queriesRequireToken: true },
    });
    const tooDeep = await sse(CONTACTS, {}, guarded, { authorization: `Bearer ${'k'.repeat(32)}` });
    expect(JSON.stringify(await tooDeep.next())).toMatch(/depth/i);
    const anonymous = await sse('subscription { articleIngested { id } }', {}, guarded);
    expect((await anonymous.next()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("runs the explorer's persisted ContactAdded by its hash where only trusted documents run", async () => {
    const manifest = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;
    const [hash] = Object.entries(manifest).find(([, document]) => document.startsWith('subscription ContactAdded'))!;
    const trusted = testApp(store, { live: live.bus, security: { ...loadConfig({}).security, trustedDocumentsOnly: true } });
    const byText = await sse(CONTACTS, {}, trusted);
    expect((await byText.next()).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    const byHash = await sse({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, {}, trusted);
    await ingest(SIXTH);
    expect((await byHash.next()).data.contactAdded).toMatchObject({ id: callOf(SIXTH).id, participants: expect.any(Array) });
  });

  it('reads each event with loaders of its own: a country renamed after one event is sent by its new name in the next', async () => {
    const [article] = syntheticArticles(1, 2031);
    // The same two leaders a month later: a new call, the same countries.
    const later = article.replace(/^date (\d{4})-(\d{2})/, (_, y, m) => `date ${y}-${String(Number(m) + 1).padStart(2, '0')}`).replace(/\(Readout \d+\.\)/, '(A later readout.)');
    expect(callOf(later).id).not.toBe(callOf(article).id);
    const contacts = await sse('subscription { contactAdded { id participants { id country { code name } } } }');
    await ingest(article);
    const first = (await contacts.next()).data.contactAdded;
    const { code, name } = first.participants[0].country;
    await store.writeAll([{ cypher: 'MATCH (c:Country {code: $code}) SET c.name = $name', params: { code, name: `${name} (renamed)` } }]);
    try {
      await ingest(later);
      const second = (await contacts.next()).data.contactAdded;
      expect(second.id).toBe(callOf(later).id);
      // The subscription's own loaders read this country for the first event; the second reads it anew.
      expect(second.participants.find((p: { id: string }) => p.id === first.participants[0].id).country).toEqual({ code, name: `${name} (renamed)` });
    } finally {
      await store.writeAll([{ cypher: 'MATCH (c:Country {code: $code}) SET c.name = $name', params: { code, name } }]);
    }
  });

  it('runs each event through admission and the logging of retryable faults, as a query: a heavy selection waits for a slot', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 0, maxWaitMs: 1_000 });
    const warnings: Array<{ msg: string }> = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
    // No field a subscription can reach is heavy by default (counterparts reads the contact aggregate
    // since issue 19): this server counts counterparts as heavy, to see an event wait for a slot.
    const heavyFields = [{ type: 'Actor', field: 'counterparts', reason: 'heavy for this test' }];
    const guarded = testApp(store, { live: live.bus, admission: gate, logger, production: true, heavyFields });
    const HEAVY = 'subscription { contactAdded { id participants { id counterparts(first: 3) { callCount actor { id } } } } }';
    const heavy = await sse(HEAVY, {}, guarded);
    const [busy, free] = syntheticArticles(2, 2032);
    const release = await gate.enter(); // another heavy question holds the only slot
    try {
      await ingest(busy);
      const refused = await heavy.next();
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['OVERLOADED']);
      expect(warnings.map((w) => w.msg)).toEqual([expect.stringMatching(/^OVERLOADED: /)]);
    } finally {
      release();
    }
    // The subscription goes on: the next event takes the free slot and gives it back.
    await ingest(free);
    const admitted = (await heavy.next()).data.contactAdded;
    expect(admitted.id).toBe(callOf(free).id);
    expect(admitted.participants.every((p: { counterparts: unknown[] }) => p.counterparts.length > 0)).toBe(true);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('answers LIVE_UNAVAILABLE on a server built without a bus', async () => {
    const bare = testApp(store);
    const contacts = await sse('subscription { contactAdded { id } }', {}, bare);
    expect((await contacts.next()).errors?.[0].extensions?.code).toBe('LIVE_UNAVAILABLE');
  });
});
