/**
 * The one place a database fault becomes an API error. A server that cannot be reached is
 * DATABASE_UNAVAILABLE (the client may retry): shown as is, with the driver's error kept as
 * `cause` for the logs but not as `originalError`, which graphql-yoga would mask. Anything else
 * is INTERNAL, with the driver's error as `originalError`, so yoga masks and logs it. GraphQL
 * errors pass through.
 *
 * @example
 *   toApiError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' }));
 *   // GraphQLError 'The graph database is unavailable; try again shortly.' { code: 'DATABASE_UNAVAILABLE' }
 */
import { GraphQLError } from 'graphql';

// Driver error codes (neo4j-driver's `error.code`) and socket errors that mean "cannot reach it".
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

function isUnavailable(error: { code?: unknown; name?: unknown }): boolean {
  const code = String(error.code ?? '');
  return (
    UNAVAILABLE.has(code) ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    error.name === 'ServiceUnavailable'
  );
}

export function toApiError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const original = error instanceof Error ? error : new Error(String(error));
  if (isUnavailable(original as { code?: unknown })) {
    const unavailable = new GraphQLError('The graph database is unavailable; try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    return Object.assign(unavailable, { cause: original });
  }
  return new GraphQLError('Unexpected error.', { originalError: original, extensions: { code: 'INTERNAL' } });
}
