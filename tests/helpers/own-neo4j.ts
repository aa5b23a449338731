/**
 * A Neo4j server of the test's own, for fault tests that kill, stop and restart it: its own
 * home folder and port, and a store connected to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectNeo4j } from '../../src/graph/connect-neo4j.js';
import { GraphStore } from '../../src/graph/graph-store.js';
import { startNeo4j, type Neo4jServer } from '../../src/graph/neo4j-server.js';
import { freePort } from './free-port.js';

export const OWN_PASSWORD = 'fault-test-password';

export interface OwnNeo4j {
  homeDir: string;
  port: number;
  server: Neo4jServer;
  /** (Re)starts the server on the same home and port. */
  start(): Promise<Neo4jServer>;
  connect(): Promise<GraphStore>;
  remove(): Promise<void>;
}

export async function ownNeo4j(): Promise<OwnNeo4j> {
  const homeDir = mkdtempSync(join(tmpdir(), 'diplograph-fault-'));
  const port = await freePort();
  const own: OwnNeo4j = {
    homeDir,
    port,
    server: undefined as unknown as Neo4jServer,
    async start() {
      own.server = await startNeo4j({ homeDir, boltPort: port, heap: '512m', pageCache: '64m' });
      return own.server;
    },
    async connect() {
      const driver = await connectNeo4j({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: OWN_PASSWORD, setInitialPassword: true });
      return new GraphStore(driver);
    },
    async remove() {
      await own.server?.stop();
      rmSync(homeDir, { recursive: true, force: true });
    },
  };
  await own.start();
  return own;
}
