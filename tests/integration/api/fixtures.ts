/**
 * The seed graph for the API tests (the suite's one seeder, tests/helpers/seeded-app.ts) and a
 * client over it. Tests run in band, so each file seeds the graph before its tests and clears it
 * after them.
 */
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { clearGraph } from '../../helpers/graph-counts.js';
import { seededStore, seedExtractions, type SeedOptions } from '../../helpers/seeded-app.js';
import { createApiClient, type ApiClient } from './api-client.js';

export { corpusFiles, type SeedOptions } from '../../helpers/seeded-app.js';

/** The seed article's facts as the service extracts them. */
export const seedFacts = seedExtractions[0].document;

/** The seed article's body: the text after the `date YYYY-MM-DD` header, which evidence offsets index. */
export const seedBody = seedExtractions[0].body;

async function closeSeededStore(store: GraphStore): Promise<void> {
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
  // The gazetteer and the dev corpus take over a minute on a busy machine when the file runs first (cold server).
  beforeAll(async () => {
    opened = await seededStore(options);
  }, 180_000);
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
