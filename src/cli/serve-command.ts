/**
 * `diplograph serve` (what `npm start` runs): starts the service and stops it in order on
 * SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import { cliConfig } from './cli-config.js';
import { createLogger } from '../logger.js';
import { assertPortFree } from '../server/assert-port-free.js';
import { assertBoltPortUsable } from '../graph/open-local-neo4j.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start Neo4j (unless NEO4J_URI is set), load the seed graph when empty, and serve GraphQL.')
    .action(async () => {
      const config = cliConfig();
      if (!config) return;
      const logger = createLogger(config.logLevel);
      // Ports first, before loading the service's code (seconds on a busy machine) or starting Neo4j.
      await assertPortFree(config.host, config.port);
      if (!config.neo4j.externalUri) await assertBoltPortUsable(config.dataDir, config.neo4j.boltPort);
      const { startService } = await import('../main.js');
      const service = await startService(config, logger);
      await new Promise<void>((done) => {
        const shutdown = (signal: string) => {
          logger.info({ signal }, 'shutting down: HTTP, then the driver, then Neo4j');
          service.stop().then(done, (err) => {
            logger.error({ err }, 'shutdown failed');
            done();
          });
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      });
      logger.info('stopped');
    });
}
