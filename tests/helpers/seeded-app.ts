/**
 * The service's HTTP app over the suite's Neo4j loaded with the seed graph exactly as `npm start`
 * loads it (gazetteers + the extractor over seeds/), with a counter of the statements it runs.
 */
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphStore, StatementEvent } from '../../src/graph/graph-store.js';
import { seedGraphIfEmpty } from '../../src/graph/seed-graph.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { loadSeedFacts } from '../../src/ingest/load-seed-facts.js';
import { createIngestService } from '../../src/ingest/ingest-service.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type ServerDeps } from '../../src/server/create-server.js';
import { clearGraph, testStore } from './graph-counts.js';

export async function seededStore(): Promise<GraphStore> {
  const store = testStore();
  await clearGraph(store);
  await applySchema(store);
  await seedGraphIfEmpty(store, { loadFacts: loadSeedFacts, loadGazetteer });
  return store;
}

export interface TestApp {
  app: ReturnType<typeof createServer>;
  statements: StatementEvent[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
}

/** An app over `store`; `overrides` replace the default dependencies (production, limits, security …). */
export function testApp(store: GraphStore, overrides: Partial<ServerDeps> = {}): TestApp {
  const statements: StatementEvent[] = [];
  const app = createServer({
    store,
    logger: createLogger('silent'),
    production: false,
    ingest: createIngestService(store),
    onStatement: (e) => statements.push(e),
    ...overrides,
  });
  return {
    app,
    statements,
    async post(body, headers = {}) {
      const res = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let json: any = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = { raw: text };
      }
      return { status: res.status, json };
    },
  };
}
