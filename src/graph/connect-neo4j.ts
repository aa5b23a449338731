/**
 * Opens a driver to a Neo4j server and checks that it answers. For the local server the project
 * starts itself, the first connection also replaces Neo4j's initial password ("neo4j", which
 * must be changed before any query) with the configured one.
 */
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { enableTcpNoDelay } from './tcp-no-delay.js';

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  /** Only for a server this process started: swap the initial password for `password`. */
  setInitialPassword?: boolean;
}

function isUnauthorized(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code === 'Neo.ClientError.Security.Unauthorized';
}

/** How every diplograph driver is configured (the benchmark opens diplograph's driver with it too). */
export const DRIVER_CONFIG: Config = {
  // Integers arrive as JS numbers: the graph's integers (counts, degrees, sentence numbers) are far
  // below 2^53, and decoding each into an Integer object only to convert it back cost every read.
  // Parameters are unaffected (a JS number is still sent as a float; Cypher's toInteger() where needed).
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 10_000,
  connectionTimeout: 5_000,
  // Transient errors (deadlocks between concurrent ingests) are retried, but a server that is
  // down must fail requests fast rather than hold them for the driver's default 30 s.
  maxTransactionRetryTime: 5_000,
  // A connection idle for a second is checked before use, so after Neo4j restarts the first
  // query does not spend its retry budget discovering that the pooled connections are dead.
  connectionLivenessCheckTimeout: 1_000,
};

function open(uri: string, user: string, password: string): Driver {
  enableTcpNoDelay();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), DRIVER_CONFIG);
}

export async function connectNeo4j(o: ConnectOptions): Promise<Driver> {
  const driver = open(o.uri, o.user, o.password);
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (err) {
    await driver.close();
    if (!(o.setInitialPassword && isUnauthorized(err) && o.user === 'neo4j')) throw err;
  }
  const initial = open(o.uri, 'neo4j', 'neo4j');
  try {
    const session = initial.session({ database: 'system' });
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: o.password });
    await session.close();
  } catch (err) {
    throw new Error(
      `Neo4j refused the configured NEO4J_PASSWORD and the initial one; the data folder was set up with another password (${(err as Error).message})`,
    );
  } finally {
    await initial.close();
  }
  const ready = open(o.uri, o.user, o.password);
  await ready.verifyConnectivity();
  return ready;
}
