/**
 * The seed graph for the API tests, as the service loads it: the graph is cleared, the
 * constraints and indexes applied, then the gazetteers (countries, leaders with their aliases,
 * handles and offices, institutions) and the seed facts written through the same writers; with
 * `corpus: true`, the dev corpus (tests/fixtures/corpus/*.txt) is then ingested through the
 * ingestion service, as `diplograph ingest` would. Tests run in band, so each file loads this
 * before its tests and clears the graph after them.
 */
import { createApiClient, type ApiClient } from './api-client.js';
import { readdirSync, readFileSync } from 'node:fs';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../../src/extraction/pipeline.js';
import { applySchema } from '../../../src/graph/apply-schema.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { writeFacts } from '../../../src/graph/write-facts.js';
import { writeGazetteer } from '../../../src/graph/write-gazetteer.js';
import { createIngestService } from '../../../src/ingest/ingest-service.js';
import { clearGraph, testStore } from '../../helpers/graph-counts.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);

/** The dev corpus articles, in file-name order (each starts with its `date YYYY-MM-DD` line). */
export const corpusFiles = readdirSync(CORPUS).filter((file) => file.endsWith('.txt')).sort();

// The seed facts as the service makes them: the extractor run over the seed article.
const seedExtraction = extractFacts(readFileSync(new URL('000_58b2ec0da89f2029.txt', SEEDS), 'utf8'));
export const seedFacts = seedExtraction.document;

/** The seed article's body: the text after the `date YYYY-MM-DD` header, which evidence offsets index. */
export const seedBody = seedExtraction.body;

export interface SeedOptions {
  /** false writes only the seed facts: quicker, for tests that need no offices or aliases. */
  gazetteer?: boolean;
  /** true also ingests the dev corpus, for tests that need more than one article's facts. */
  corpus?: boolean;
}

export async function openSeededStore({ gazetteer = true, corpus = false }: SeedOptions = {}): Promise<GraphStore> {
  const store = testStore();
  await clearGraph(store);
  await applySchema(store);
  if (gazetteer) await writeGazetteer(store, loadGazetteer());
  await writeFacts(store, seedFacts, { textLength: seedBody.length });
  if (corpus) {
    const ingest = createIngestService(store);
    for (const file of corpusFiles) await ingest({ text: readFileSync(new URL(file, CORPUS), 'utf8') });
  }
  return store;
}

export async function closeSeededStore(store: GraphStore): Promise<void> {
  await clearGraph(store);
  await store.close();
}

/**
 * A test file's seeded graph and API client: the graph is seeded before the file's tests and
 * cleared after them. `store` can be read once the tests run (not while they are declared).
 *
 * @example
 *   const seeded = useSeededApi({ corpus: true });
 *   const { api } = seeded;
 *   it('…', async () => { await api.query('{ calls { totalCount } }'); await seeded.store.read(…); });
 */
export function useSeededApi(options: SeedOptions = {}): { readonly api: ApiClient; readonly store: GraphStore } {
  let opened: GraphStore | undefined;
  beforeAll(async () => {
    opened = await openSeededStore(options);
  });
  afterAll(() => closeSeededStore(opened!));
  const store = () => {
    if (!opened) throw new Error('useSeededApi: the store is opened in beforeAll; read it inside a test');
    return opened;
  };
  const api = createApiClient(store);
  return {
    api,
    get store() {
      return store();
    },
  };
}
