/**
 * The one place a database fault becomes an API error. Each kind of fault a client can act on
 * has its code, shown as is, with the driver's error kept as `cause` for the logs (not as
 * `originalError`, which graphql-yoga would mask):
 * - the server cannot be reached → DATABASE_UNAVAILABLE (503, retry later);
 * - no free connection in time, or a transient database error (memory, locks) → OVERLOADED (503);
 * - the statement ran past its timeout → QUERY_TIMEOUT (503).
 * Anything else is unexpected: the driver's error becomes `originalError`, so yoga masks it as
 * INTERNAL_SERVER_ERROR in production and logs it. GraphQL errors pass through.
 *
 * @example
 *   toApiError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' }));
 *   // GraphQLError 'The graph database is unavailable; try again shortly.' { code: 'DATABASE_UNAVAILABLE' }
 */
import { GraphQLError } from 'graphql';
import { overloaded, RETRY_AFTER_S } from './overloaded.js';

// Driver error codes (neo4j-driver's `error.code`) and socket errors that mean "cannot reach it".
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

interface Fault {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/** Each coded fault: how to recognise it, and the API error it becomes. */
const FAULTS: Array<{ id: string; matches: (code: string, e: Fault) => boolean; error: () => GraphQLError }> = [
  {
    id: 'DATABASE_UNAVAILABLE',
    matches: (code, e) =>
      UNAVAILABLE.has(code) ||
      code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
      code === 'Neo.ClientError.Database.DatabaseNotFound' ||
      e.name === 'ServiceUnavailable',
    error: () =>
      new GraphQLError('The graph database is unavailable; try again shortly.', {
        extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_S) } } },
      }),
  },
  {
    id: 'QUERY_TIMEOUT',
    matches: (code) => code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped',
    error: () => overloaded('the question took longer than the statement timeout', 'QUERY_TIMEOUT'),
  },
  {
    id: 'OVERLOADED',
    // The pool's acquisition timeout has no code of its own ('N/A'): only its message tells it.
    matches: (code, e) => code.startsWith('Neo.TransientError.') || String(e.message ?? '').startsWith('Connection acquisition timed out'),
    error: () => overloaded('the graph database has no capacity left for this question right now'),
  },
];

export function toApiError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const original = error instanceof Error ? error : new Error(String(error));
  const fault = original as Fault;
  const known = FAULTS.find((f) => f.matches(String(fault.code ?? ''), fault));
  if (known) return Object.assign(known.error(), { cause: original });
  return new GraphQLError('Unexpected error.', { originalError: original, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
