/**
 * Starts the test suite's own throwaway Neo4j: a temporary home folder and a free port. The
 * connection details reach the tests through the environment (tests run in band, in this process).
 * global-teardown.ts stops it, also when tests fail; if the run dies outright, the server is
 * killed with it (see startNeo4j).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  if (process.env.TEST_NEO4J_URI) {
    process.env.NEO4J_URI = process.env.TEST_NEO4J_URI;
    return;
  }
  // Jest loads this file as plain ESM (outside its transform), so the TypeScript sources come in through tsx.
  const { startNeo4j } = await tsImport('../../src/graph/neo4j-server.ts', import.meta.url);
  const { connectNeo4j } = await tsImport('../../src/graph/connect-neo4j.ts', import.meta.url);
  const { freePort } = await tsImport('../helpers/free-port.ts', import.meta.url);
  const homeDir = mkdtempSync(join(tmpdir(), 'diplograph-test-neo4j-'));
  const server = await startNeo4j({ homeDir, boltPort: await freePort(), heap: '768m', pageCache: '128m' });
  const password = 'test-password';
  const driver = await connectNeo4j({ uri: server.uri, user: 'neo4j', password, setInitialPassword: true });
  await driver.close();
  Object.assign(process.env, { NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password, TEST_NEO4J_HOME: homeDir });
  globalThis.__neo4j = server;
}
