/**
 * `diplograph serve` (what `npm start` runs): starts the service and stops it in order on
 * SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import { cliConfig } from './cli-config.js';
import { createLogger } from '../logger.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start Neo4j (unless NEO4J_URI is set), load the seed graph when empty, and serve GraphQL.')
    .action(async () => {
      const config = cliConfig();
      if (!config) return;
      const logger = createLogger(config.logLevel);
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
