/**
 * The error for a request refused or cut short because the service or its database is busy:
 * `extensions.code: 'OVERLOADED'`, HTTP 503 with Retry-After, so clients know to retry later
 * and that nothing is wrong with their query.
 *
 * @example
 *   throw overloaded('too many heavy questions at once');
 *   // { message: 'The service is busy (too many heavy questions at once); retry in 2 s.', extensions: { code: 'OVERLOADED' } }
 */
import { GraphQLError } from 'graphql';

/** Seconds a client should wait before it retries. */
export const RETRY_AFTER_S = 2;

/** `retryAfterS`: when the caller knows better (the admission queue's estimate of its own wait). */
export function overloaded(why: string, code = 'OVERLOADED', retryAfterS = RETRY_AFTER_S): GraphQLError {
  return new GraphQLError(`The service is busy (${why}); retry in ${retryAfterS} s.`, {
    extensions: { code, http: { status: 503, headers: { 'retry-after': String(retryAfterS) } } },
  });
}
