/**
 * Opens a driver to a Neo4j server and checks that it answers. For the local server the project
 * starts itself, the first connection also replaces Neo4j's initial password ("neo4j", which
 * must be changed before any query) with the configured one. A server that cannot be reached
 * or refuses the credentials becomes one line naming the URI and the variable to change.
 */
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { enableTcpNoDelay } from './tcp-no-delay.js';

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  /** Only for a server this process started: swap the initial password for `password`. */
  setInitialPassword?: boolean;
  /** The variable the URI comes from, for messages (default NEO4J_URI). */
  uriVariable?: string;
  /** Where the password comes from, for messages (default NEO4J_PASSWORD). */
  passwordSource?: string;
  /** Overrides of DRIVER_CONFIG (the configured acquisition timeout). */
  driverConfig?: Partial<Config>;
}

/** A driver failure as one line that names the URI and what to change. */
export class Neo4jConnectError extends Error {
  readonly code = 'NEO4J_CONNECT_FAILED';
}

function describe(err: unknown, o: ConnectOptions): Neo4jConnectError {
  const cause = ((err as Error).message ?? String(err)).split('\n')[0];
  if (isUnauthorized(err)) {
    return new Neo4jConnectError(`Neo4j at ${o.uri} refused user "${o.user}" with the password from ${o.passwordSource ?? 'NEO4J_PASSWORD'}: check NEO4J_USER and NEO4J_PASSWORD (${cause})`);
  }
  return new Neo4jConnectError(`cannot reach Neo4j at ${o.uri}: check ${o.uriVariable ?? 'NEO4J_URI'} (${cause})`);
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

function open(uri: string, user: string, password: string, overrides: Partial<Config> = {}): Driver {
  enableTcpNoDelay();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { ...DRIVER_CONFIG, ...overrides });
}

export async function connectNeo4j(o: ConnectOptions): Promise<Driver> {
  let driver: Driver;
  try {
    driver = open(o.uri, o.user, o.password, o.driverConfig);
  } catch (err) {
    throw describe(err, o);
  }
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (err) {
    await driver.close();
    if (!(o.setInitialPassword && isUnauthorized(err) && o.user === 'neo4j')) throw describe(err, o);
  }
  const initial = open(o.uri, 'neo4j', 'neo4j');
  try {
    const session = initial.session({ database: 'system' });
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: o.password });
    await session.close();
  } catch (err) {
    throw new Error(
      `Neo4j at ${o.uri} refused the password from ${o.passwordSource ?? 'NEO4J_PASSWORD'} and the initial one: the data folder was set up with another password; set NEO4J_PASSWORD to it (${(err as Error).message.split('\n')[0]})`,
    );
  } finally {
    await initial.close();
  }
  const ready = open(o.uri, o.user, o.password, o.driverConfig);
  try {
    await ready.verifyConnectivity();
  } catch (err) {
    await ready.close();
    throw describe(err, o);
  }
  return ready;
}
