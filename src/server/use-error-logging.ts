/**
 * Logs the faults behind coded errors that are shown to clients unmasked on purpose
 * (DATABASE_UNAVAILABLE, OVERLOADED, QUERY_TIMEOUT: the client may retry; the operator needs the
 * driver's reason), with the error's name, message, code, path, stack and cause. Unexpected
 * errors are masked by yoga and logged through its logger (create-server.ts, log-args.ts).
 */
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { describeError } from './log-args.js';

const RETRYABLE = new Set(['DATABASE_UNAVAILABLE', 'OVERLOADED', 'QUERY_TIMEOUT']);

export function useErrorLogging(logger: Logger): Plugin {
  // One hook object for every execution, not a closure made per request.
  const afterExecution = {
    onExecuteDone({ result }: { result: ExecutionResult | AsyncIterable<unknown> }) {
      if (!('errors' in result) || !result.errors) return;
      for (const error of result.errors) {
        const code = error.extensions?.code;
        if (typeof code === 'string' && RETRYABLE.has(code)) logger.warn({ err: describeError(error) }, `${code}: ${error.message}`);
      }
    },
  };
  return {
    onExecute() {
      return afterExecution;
    },
  };
}
