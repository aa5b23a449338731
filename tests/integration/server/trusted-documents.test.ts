/**
 * Trusted documents through the whole HTTP stack over the seeded graph: with
 * TRUSTED_DOCUMENTS_ONLY the service runs the explorer's operations by the real hashes of the
 * manifest `npm run codegen` wrote (web/src/gql/persisted-documents.json) and refuses any other
 * document with a coded error; without it, documents and hashes both run.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../../src/config/env.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { DEFAULT_MANIFEST } from '../../../src/server/use-trusted-documents.js';
import { seededStore, testApp, type TestApp } from '../../helpers/seeded-app.js';

const KEY = 't'.repeat(16) + '-trusted-key';
const manifest = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;

/** The manifest's hash of the explorer operation with this name. */
function hashOf(name: string): string {
  const found = Object.entries(manifest).find(([, doc]) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(doc));
  if (!found) throw new Error(`no operation ${name} in ${DEFAULT_MANIFEST}`);
  return found[0];
}

const byHash = (hash: string, variables: object = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('trusted documents', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  }, 180_000);
  afterAll(() => store?.close());

  describe('in production with TRUSTED_DOCUMENTS_ONLY', () => {
    const config = loadConfig({ NODE_ENV: 'production', API_KEYS: KEY, TRUSTED_DOCUMENTS_ONLY: 'true' });
    let t: TestApp;
    beforeAll(() => {
      t = testApp(store, { production: true, security: config.security });
    });

    it('runs the explorer’s search by its hash alone', async () => {
      const { status, json } = await t.post(byHash(hashOf('Search'), { text: 'Zelenskyy', first: 5 }));
      expect(status).toBe(200);
      expect(json.errors).toBeUndefined();
      expect(json.data.search.map((hit: { node: { name?: string } }) => hit.node.name)).toContain('Volodymyr Zelenskyy');
    });

    it('runs the start page’s overview and a network by hash, the bare hex of Apollo-style clients too', async () => {
      const overview = await t.post(byHash(hashOf('Overview'), { leaders: 3, calls: 3 }));
      expect(overview.json.data.mostActiveActors[0]).toMatchObject({ actor: { name: 'Volodymyr Zelenskyy' }, callCount: 3 });
      const bare = hashOf('Network').replace(/^sha256:/, '');
      const network = await t.post(byHash(bare, { center: 'volodymyr-zelenskyy', depth: 1 }));
      expect(network.json.data.contactNetwork.nodes.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(['Joe Biden', 'Olaf Scholz']));
    });

    it('refuses a document of the client’s own with PERSISTED_QUERY_ONLY, before running it', async () => {
      const before = t.statements.length;
      const { status, json } = await t.post({ query: '{ leader(name: "Zelenskyy") { name } }' });
      expect(status).toBe(400);
      expect(json.data).toBeUndefined();
      expect(json.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/only its trusted \(persisted\) operations.*sha256Hash/), extensions: { code: 'PERSISTED_QUERY_ONLY' } })]);
      expect(t.statements.length).toBe(before);
    });

    it('refuses the text of a trusted operation too: what runs is what was persisted, not what is sent', async () => {
      const { json } = await t.post({ query: manifest[hashOf('Search')], variables: { text: 'Zelenskyy' } });
      expect(json.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    });

    it('says so when a hash is unknown, or when a request names none', async () => {
      const unknown = await t.post(byHash(`sha256:${'0'.repeat(64)}`));
      expect(unknown.status).toBe(400);
      expect(unknown.json.errors[0]).toMatchObject({ message: expect.stringMatching(/no trusted operation has this hash/), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
      const none = await t.post({ variables: {} });
      expect(none.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
    });

    it('still asks a trusted mutation for its bearer token, and runs it with one', async () => {
      const input = { text: 'date 2023-01-10\nPrime Minister Rishi Sunak met President Joe Biden in Washington on Monday.' };
      const refused = await t.post(byHash(hashOf('Ingest'), { input }));
      expect(refused.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const done = await t.post(byHash(hashOf('Ingest'), { input }), { authorization: `Bearer ${KEY}` });
      expect(done.json.errors).toBeUndefined();
      expect(done.json.data.ingestArticle.calls[0].participants.map((p: { name: string }) => p.name).sort()).toEqual(['Joe Biden', 'Rishi Sunak']);
    });
  });

  describe('without TRUSTED_DOCUMENTS_ONLY (development, GraphiQL, analysts)', () => {
    let t: TestApp;
    beforeAll(() => {
      t = testApp(store, { security: loadConfig({}).security });
    });

    it('runs a document of the client’s own and a persisted hash alike', async () => {
      const own = await t.post({ query: '{ leader(name: "Zelenskyy") { name } }' });
      expect(own.json).toEqual({ data: { leader: { name: 'Volodymyr Zelenskyy' } } });
      const persisted = await t.post(byHash(hashOf('CallTotal'), { where: { participant: 'volodymyr-zelenskyy' } }));
      expect(persisted.json).toEqual({ data: { calls: { totalCount: 3 } } });
    });

    it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, on which the page sends the text instead', async () => {
      const { json } = await t.post(byHash(`sha256:${'f'.repeat(64)}`));
      expect(json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it('leaves a request with neither a document nor a hash to yoga’s own error', async () => {
      const { json } = await t.post({ variables: {} });
      expect(json.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Must provide query string/) })]);
    });
  });
});
