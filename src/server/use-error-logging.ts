/**
 * Logs the faults behind coded errors that are shown to clients unmasked on purpose
 * (DATABASE_UNAVAILABLE: the client may retry; the operator needs the driver's reason).
 * Unexpected errors are masked and logged by yoga itself.
 */
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';

export function useErrorLogging(logger: Logger): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors) return;
          for (const error of result.errors) {
            if (error.extensions?.code === 'DATABASE_UNAVAILABLE') {
              logger.warn({ path: error.path, cause: String((error as { cause?: unknown }).cause ?? error.message) }, 'Neo4j unavailable');
            }
          }
        },
      };
    },
  };
}
