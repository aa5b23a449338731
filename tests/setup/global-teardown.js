/** Stops the suite's Neo4j and removes its temporary folder. */
import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.__neo4j;
  if (!server) return;
  await server.stop();
  if (process.env.TEST_NEO4J_HOME) rmSync(process.env.TEST_NEO4J_HOME, { recursive: true, force: true });
}
