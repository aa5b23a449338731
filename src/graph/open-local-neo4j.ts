/**
 * Finds or starts the local Neo4j for a DATA_DIR. A server another diplograph process runs for
 * the same DATA_DIR is reused whatever its port (found through the record in DATA_DIR, and
 * proven to be ours); a server whose owner has died is stopped, not shared; a port held by
 * anything else is refused at once with a message naming NEO4J_BOLT_PORT, never connected to.
 *
 * @example
 *   const local = await openLocalNeo4j({ dataDir, boltPort: 7687, … }, logger);
 *   // … connect to local.uri with local.password.password …
 *   await local.server?.stop(); // only the process that started it stops it
 */
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { localPassword, type LocalPassword } from './local-password.js';
import { killQuietly, portAnswers, startNeo4j, type Neo4jServer } from './neo4j-server.js';
import { provenLocalServer, removeServerRecord, writeServerRecord, type ServerRecord } from './local-server-record.js';

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  transactionTimeout: string;
  transactionMemory: string;
  /** NEO4J_PASSWORD, or null when unset. */
  password: string | null;
  production: boolean;
  devPassword: string;
}

export interface LocalNeo4j {
  uri: string;
  password: LocalPassword;
  /** The server this process started (and must stop); null when it shares another's. */
  server: Neo4jServer | null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Stops a server whose owner died without stopping it: SIGTERM, then SIGKILL after 30 s. */
async function stopOrphan(record: ServerRecord, logger: Logger): Promise<void> {
  logger.warn({ pid: record.neo4jPid, port: record.boltPort, owner: record.ownerPid }, 'stopping the local Neo4j left running by a process that has died');
  killQuietly(record.neo4jPid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (alive(record.neo4jPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  killQuietly(record.neo4jPid, 'SIGKILL');
  while (alive(record.neo4jPid)) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Throws, naming NEO4J_BOLT_PORT, when the Bolt port answers but no proven local server of this
 * DATA_DIR runs there. Cheap (no driver, no JVM): `serve` calls it before loading the service.
 */
export async function assertBoltPortUsable(dataDir: string, boltPort: number): Promise<void> {
  const running = await provenLocalServer(dataDir, join(dataDir, 'neo4j'));
  if (running) return; // reused whatever its port (openLocalNeo4j)
  if (await portAnswers(boltPort)) {
    throw new Error(
      `NEO4J_BOLT_PORT=${boltPort} is taken by a process that is not this project's Neo4j for DATA_DIR=${dataDir}: ` +
        'set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the server there',
    );
  }
}

export async function openLocalNeo4j(o: LocalNeo4jOptions, logger: Logger): Promise<LocalNeo4j> {
  const homeDir = join(o.dataDir, 'neo4j');
  const passwordOf = (create: boolean) => localPassword({ dataDir: o.dataDir, password: o.password, production: o.production, create, devDefault: o.devPassword });
  const running = await provenLocalServer(o.dataDir, homeDir);
  if (running && alive(running.ownerPid)) {
    logger.info({ pid: running.neo4jPid, port: running.boltPort, owner: running.ownerPid }, 'using the local Neo4j that is already running for this DATA_DIR');
    const password = passwordOf(false);
    // The owner chose its password through the environment, which this process may lack: say so if it is refused.
    if (running.passwordSource === 'NEO4J_PASSWORD' && password.source !== 'NEO4J_PASSWORD') {
      password.source += ` (the running server's owner, pid ${running.ownerPid}, set NEO4J_PASSWORD: set the same here)`;
    }
    return { uri: `bolt://127.0.0.1:${running.boltPort}`, password, server: null };
  }
  if (running) await stopOrphan(running, logger);
  await assertBoltPortUsable(o.dataDir, o.boltPort);
  const password = passwordOf(true);
  logger.info({ homeDir, port: o.boltPort }, 'starting the local Neo4j');
  let server: Neo4jServer;
  try {
    server = await startNeo4j({
      homeDir,
      boltPort: o.boltPort,
      heap: o.heap,
      pageCache: o.pageCache,
      transactionTimeout: o.transactionTimeout,
      transactionMemory: o.transactionMemory,
      log: (m) => logger.info(m),
    });
  } catch (err) {
    if (/locked by another process/i.test((err as Error).message)) {
      throw new Error(`another Neo4j already uses ${homeDir} (its store is locked) and is not one this project can reuse: stop it, or set DATA_DIR to another folder`);
    }
    throw err;
  }
  writeServerRecord(o.dataDir, { neo4jPid: server.pid, boltPort: o.boltPort, ownerPid: process.pid, passwordSource: password.source });
  const stop = server.stop.bind(server);
  return {
    uri: server.uri,
    password,
    server: {
      ...server,
      async stop(timeoutMs?: number) {
        await stop(timeoutMs);
        removeServerRecord(o.dataDir, server.pid);
      },
    },
  };
}
