/**
 * Wires the service: config → logger → Neo4j (the local server the project starts itself, or the
 * one at NEO4J_URI) → schema → seed → HTTP. `stop()` shuts down in the reverse order: the HTTP
 * server stops taking requests, the driver closes, then the local Neo4j stops cleanly.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Config } from './config/env.js';
import type { Logger } from './logger.js';
import { connectNeo4j } from './graph/connect-neo4j.js';
import { GraphStore } from './graph/graph-store.js';
import { portAnswers, startNeo4j, type Neo4jServer } from './graph/neo4j-server.js';
import { applySchema } from './graph/apply-schema.js';
import { seedGraphIfEmpty } from './graph/seed-graph.js';
import { loadSeedFacts } from './ingest/load-seed-facts.js';
import { loadGazetteer } from './gazetteer/load-gazetteer.js';
import { createIngestService } from './ingest/ingest-service.js';
import { createServer } from './server/create-server.js';

export interface RunningService {
  url: string;
  neo4jUri: string;
  stop(): Promise<void>;
}

/** Opens the graph: starts the local Neo4j unless NEO4J_URI names another server. */
export async function openGraph(config: Config, logger: Logger): Promise<{ store: GraphStore; neo4j: Neo4jServer | null; uri: string }> {
  const { neo4j: n } = config;
  let local: Neo4jServer | null = null;
  let uri = n.externalUri;
  if (!uri && (await portAnswers(n.boltPort))) {
    // `npm start` already runs the local server: share it (the CLI's ingest while the API serves).
    uri = `bolt://127.0.0.1:${n.boltPort}`;
    logger.info({ uri }, 'using the local Neo4j that is already running');
  } else if (!uri) {
    const homeDir = join(config.dataDir, 'neo4j');
    logger.info({ homeDir, port: n.boltPort }, 'starting the local Neo4j');
    local = await startNeo4j({ homeDir, boltPort: n.boltPort, heap: n.heap, pageCache: n.pageCache, log: (m) => logger.info(m) });
    uri = local.uri;
  }
  try {
    const driver = await connectNeo4j({ uri, user: n.user, password: n.password, setInitialPassword: local !== null });
    const store = new GraphStore(driver, n.database);
    await applySchema(store);
    return { store, neo4j: local, uri };
  } catch (err) {
    await local?.stop();
    throw err;
  }
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const { store, neo4j, uri } = await openGraph(config, logger);
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
      ingest: createIngestService(store),
      security: config.security,
      limits: config.limits,
    });
    const http: Server = createHttpServer(app);
    await new Promise<void>((done, fail) => {
      http.once('error', fail);
      http.listen(config.port, config.host, () => done());
    });
    const address = http.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host}:${port}/graphql`;
    logger.info({ url, neo4j: uri }, 'diplograph is serving GraphQL');
    return {
      url,
      neo4jUri: uri,
      async stop() {
        await new Promise<void>((done) => {
          http.close(() => done());
          http.closeAllConnections();
        });
        await store.close();
        await neo4j?.stop();
      },
    };
  } catch (err) {
    await store.close();
    await neo4j?.stop();
    throw err;
  }
}
