/**
 * Runs ONE of the benchmark's servers in its own process, so that its memory (RSS) and CPU are
 * its own: `tsx bench/peers/serve-peer.ts <diplograph|neo4j-graphql|floor> <port> <bolt-uri>`.
 * Besides its API it answers `GET /__bench/stats` with the statements it has sent so far,
 * `GET /__bench/record` (keep the statements sent from now on), `GET /__bench/profile` (stop
 * keeping them, replay them with PROFILE: their db hits, profile-statements.ts) and
 * `GET /__bench/forget` (stop keeping them).
 * Prints `ready` on stdout once it listens. The Neo4j password comes from BENCH_NEO4J_PASSWORD;
 * BENCH_TCP_NODELAY=1 turns on the TCP_NODELAY experiment (tcp-no-delay.ts); BENCH_TIMEOUT_MS bounds
 * each transaction of the floor (the call-walking floor at L may not answer at all) and each PROFILE.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import neo4j from 'neo4j-driver';
import { DRIVER_CONFIG } from '../../src/graph/connect-neo4j.js';
import { countStatements, type StatementCounter } from './count-statements.js';
import { peerKinds, type PeerKind } from './peer-kinds.js';
import { profileStatements } from './profile-statements.js';
import { enableTcpNoDelay } from '../tcp-no-delay.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

async function main([kind, port, uri]: string[]): Promise<void> {
  if (!peerKinds.includes(kind as PeerKind) || !Number(port) || !uri) {
    throw new Error(`usage: serve-peer.ts <${peerKinds.join('|')}> <port> <bolt-uri>, got ${JSON.stringify([kind, port, uri])}`);
  }
  // diplograph's own connection code always sets TCP_NODELAY; the others get it when asked.
  if (process.env.BENCH_TCP_NODELAY === '1' || kind === 'diplograph') enableTcpNoDelay();
  const auth = neo4j.auth.basic('neo4j', process.env.BENCH_NEO4J_PASSWORD ?? '');
  // diplograph's driver is configured as diplograph configures it (numbers instead of Integers,
  // among others); the others get the same pool size, and the floor plain numbers too.
  const config = kind === 'diplograph' ? DRIVER_CONFIG : { maxConnectionPoolSize: 50, disableLosslessIntegers: kind === 'floor' || kind === 'floor-walk' };
  const driver = neo4j.driver(uri, auth, config);
  await driver.verifyConnectivity();
  const counter: StatementCounter = { statements: 0 };
  const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS) || undefined;
  // Each process loads only its own server's code: diplograph's RSS holds no @neo4j/graphql.
  const app: Listener =
    kind === 'diplograph'
      ? (await import('./diplograph-server.js')).createDiplographApp(driver, counter)
      : kind === 'neo4j-graphql'
        ? await (await import('./neo4j-graphql.js')).createNeo4jGraphqlApp(countStatements(driver, counter))
        : (await import('./floor-server.js')).createFloorHandler(countStatements(driver, counter), kind === 'floor-walk', timeoutMs);
  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    if (req.url === '/__bench/stats') return json(res, { statements: counter.statements });
    if (req.url === '/__bench/record') {
      counter.recorded = [];
      return json(res, { recording: true });
    }
    if (req.url === '/__bench/forget') {
      counter.recorded = null;
      return json(res, { recording: false });
    }
    if (req.url === '/__bench/profile') {
      const recorded = counter.recorded ?? [];
      counter.recorded = null;
      return void profileStatements(driver, recorded, timeoutMs ?? 600_000).then((hits) => json(res, hits));
    }
    return app(req, res);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
  process.once('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
