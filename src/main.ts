/**
 * Wires the service: config → logger → Neo4j (the local server the project starts itself, or the
 * one at NEO4J_URI) → schema → seed → HTTP. `stop()` shuts down in the reverse order: the HTTP
 * server stops taking requests, the driver closes, then the local Neo4j stops cleanly.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { DEV_PASSWORD, type Config } from './config/env.js';
import type { Logger } from './logger.js';
import { connectNeo4j, DRIVER_CONFIG } from './graph/connect-neo4j.js';
import { countSessions, type SessionCounter } from './graph/count-sessions.js';
import { GraphStore } from './graph/graph-store.js';
import type { Neo4jServer } from './graph/neo4j-server.js';
import { openLocalNeo4j } from './graph/open-local-neo4j.js';
import { assertPortFree } from './server/assert-port-free.js';
import { applySchema } from './graph/apply-schema.js';
import { seedGraphIfEmpty } from './graph/seed-graph.js';
import { loadSeedFacts } from './ingest/load-seed-facts.js';
import { loadGazetteer } from './gazetteer/load-gazetteer.js';
import { createIngestService } from './ingest/ingest-service.js';
import { extractArticle } from './ingest/extract-article.js';
import { createExtractionPool } from './extraction/extraction-pool.js';
import { createServer } from './server/create-server.js';
import { createObservability } from './server/observability/create-observability.js';
import { portError } from './server/assert-port-free.js';
import { createLiveBus } from './server/live/create-live-bus.js';
import { publishIngested } from './server/live/publish-ingested.js';

export interface RunningService {
  url: string;
  neo4jUri: string;
  stop(): Promise<void>;
}

/**
 * Opens the graph: the server at NEO4J_URI, or the local one for DATA_DIR (shared with another
 * diplograph process that runs it, else started here and stopped by the caller).
 */
export async function openGraph(config: Config, logger: Logger): Promise<{ store: GraphStore; neo4j: Neo4jServer | null; uri: string; sessions: SessionCounter }> {
  const { neo4j: n } = config;
  const local = n.externalUri
    ? null
    : await openLocalNeo4j(
        {
          dataDir: config.dataDir,
          boltPort: n.boltPort,
          heap: n.heap,
          pageCache: n.pageCache,
          transactionTimeout: `${n.transactionTimeoutMs}ms`,
          transactionMemory: n.transactionMemory,
          password: n.password,
          production: config.production,
          devPassword: DEV_PASSWORD,
        },
        logger,
      );
  const uri = local?.uri ?? n.externalUri!;
  try {
    const driver = await connectNeo4j({
      uri,
      user: n.user,
      password: local?.password.password ?? n.password!,
      passwordSource: local?.password.source ?? 'NEO4J_PASSWORD',
      uriVariable: local ? 'NEO4J_BOLT_PORT and DATA_DIR' : 'NEO4J_URI',
      setInitialPassword: local?.server != null,
      driverConfig: { connectionAcquisitionTimeout: n.acquisitionTimeoutMs },
    });
    const sessions = countSessions(driver);
    const store = new GraphStore(sessions.driver, n.database, undefined, { transactionTimeoutMs: n.transactionTimeoutMs });
    await applySchema(store);
    return { store, neo4j: local?.server ?? null, uri, sessions };
  } catch (err) {
    await local?.server?.stop();
    throw err;
  }
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  // Before Neo4j's 20 s start: a taken HTTP port is known in milliseconds.
  await assertPortFree(config.host, config.port);
  const { store: graph, neo4j, uri, sessions } = await openGraph(config, logger);
  // Metrics see every statement through this view (the seed, the readers, the writer); traces see the statements of each request under its operation (create-server.ts).
  const observability = createObservability(config.observability, {
    security: config.security,
    sessions,
    poolSize: DRIVER_CONFIG.maxConnectionPoolSize,
    database: config.neo4j.database,
  });
  const store = graph.observed(observability.onStatement);
  // Articles are extracted in worker threads with a time budget: no text can stall the server.
  const extraction = createExtractionPool(config.extraction);
  // Live updates: in this process, or through Redis (REDIS_URL) to every replica's subscribers.
  const live = await createLiveBus({ redisUrl: config.live.redisUrl, logger }).catch(async (err) => {
    await extraction.close();
    await store.close();
    await neo4j?.stop();
    throw err;
  });
  try {
    if (config.seedOnEmpty) {
      const seeded = await seedGraphIfEmpty(store, { loadFacts: loadSeedFacts, loadGazetteer });
      if (seeded.seeded) {
        logger.info({ articles: seeded.articles.length, gazetteer: seeded.gazetteer }, 'the database was empty: loaded the seed graph');
      }
    }
    const app = createServer({
      store,
      logger,
      production: config.production,
      ingest: observability.countIngests(createIngestService(store, extraction.extract, { afterCommit: publishIngested(live.bus, store, logger) })),
      live: live.bus,
      extract: (input) => extractArticle(input, extraction.extract),
      security: config.security,
      limits: config.limits,
      admission: config.admission,
      observability,
    });
    const http: Server = createHttpServer(app);
    await new Promise<void>((done, fail) => {
      http.once('error', (err) => fail(portError(err, config.host, config.port)));
      http.listen(config.port, config.host, () => done());
    });
    const address = http.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host}:${port}/graphql`;
    logger.info({ url, neo4j: uri, live: live.transport }, 'diplograph is serving GraphQL');
    return {
      url,
      neo4jUri: uri,
      async stop() {
        await new Promise<void>((done) => {
          http.close(() => done());
          http.closeAllConnections();
        });
        await observability.shutdown();
        await live.close();
        await extraction.close();
        await store.close();
        await neo4j?.stop();
      },
    };
  } catch (err) {
    await live.close();
    await extraction.close();
    await store.close();
    await neo4j?.stop();
    throw err;
  }
}
