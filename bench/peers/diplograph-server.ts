/**
 * diplograph as the benchmark runs it: `createServer` in production mode (errors masked, default
 * limits), over a store that counts every statement it sends (`GraphStore.observed`).
 *
 * @example
 *   const counter = { statements: 0 };
 *   const app = createDiplographApp(driver, counter); // a request listener for node:http
 */
import type { Driver } from 'neo4j-driver';
import { GraphStore } from '../../src/graph/graph-store.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server/create-server.js';
import type { StatementCounter } from './count-statements.js';

export function createDiplographApp(driver: Driver, counter: StatementCounter) {
  const store = new GraphStore(driver).observed(() => counter.statements++);
  return createServer({ store, logger: createLogger('silent', 'diplograph-bench'), production: true });
}
