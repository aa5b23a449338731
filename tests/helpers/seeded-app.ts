/**
 * The one seeder of the test suite, and the service's HTTP app over it. The graph is loaded as
 * the service loads it — constraints and indexes, the gazetteers (countries, leaders with their
 * aliases, handles and offices, institutions), then the extractor over every seeds/*.txt article,
 * written through the same writers (with each article's text length, as `ingest` stores it); with
 * `corpus: true`, the dev corpus (tests/fixtures/corpus/*.txt) is then ingested through the
 * ingestion service, as `diplograph ingest` would. The app is `createServer` itself, with every
 * plugin, and counts the statements it runs.
 *
 * @example
 *   const store = await seededStore({ corpus: true });
 *   const { post, statements } = testApp(store, { production: true });
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from '../../src/extraction/pipeline.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphStore, StatementEvent } from '../../src/graph/graph-store.js';
import { writeFacts } from '../../src/graph/write-facts.js';
import { writeGazetteer } from '../../src/graph/write-gazetteer.js';
import { createIngestService } from '../../src/ingest/ingest-service.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type ServerDeps } from '../../src/server/create-server.js';
import { clearGraph, testStore } from './graph-counts.js';

const SEEDS = new URL('../../seeds/', import.meta.url);
const CORPUS = new URL('../fixtures/corpus/', import.meta.url);

/** The seed articles as the service extracts them, in file-name order. */
export const seedExtractions = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => extractFacts(readFileSync(new URL(file, SEEDS), 'utf8')));

/** The dev corpus articles, in file-name order (each starts with its `date YYYY-MM-DD` line). */
export const corpusFiles = readdirSync(CORPUS).filter((file) => file.endsWith('.txt')).sort();

export interface SeedOptions {
  /** false writes only the seed facts: quicker, for tests that need no offices or aliases. */
  gazetteer?: boolean;
  /** true also ingests the dev corpus, for tests that need more than one article's facts. */
  corpus?: boolean;
}

/** A store over the suite's Neo4j holding exactly the seed graph (what was there before is cleared). */
export async function seededStore({ gazetteer = true, corpus = false }: SeedOptions = {}): Promise<GraphStore> {
  const store = testStore();
  await clearGraph(store);
  await applySchema(store);
  if (gazetteer) await writeGazetteer(store, loadGazetteer());
  for (const { document, body } of seedExtractions) await writeFacts(store, document, { textLength: body.length });
  if (corpus) {
    const ingest = createIngestService(store);
    for (const file of corpusFiles) await ingest({ text: readFileSync(new URL(file, CORPUS), 'utf8') });
  }
  return store;
}

export interface TestApp {
  app: ReturnType<typeof createServer>;
  statements: StatementEvent[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
}

/**
 * An app over `store`; `overrides` replace the default dependencies (production, limits,
 * security …; `ingest: undefined` leaves the API without ingestion).
 */
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
