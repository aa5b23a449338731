import { toApiError } from '../../../src/graphql/to-api-error.js';

const driverError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('toApiError codes the faults a client can act on, never as INTERNAL_SERVER_ERROR', () => {
  it.each([
    ['a full connection pool', driverError('Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A'), 'OVERLOADED'],
    ['a transaction over its memory limit', driverError('The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB.', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'), 'OVERLOADED'],
    ['a deadlock', driverError('ForsetiClient can not acquire lock', 'Neo.TransientError.Transaction.DeadlockDetected'), 'OVERLOADED'],
    ['a statement past its timeout', driverError('The transaction has been terminated.', 'Neo.ClientError.Transaction.TransactionTimedOut'), 'QUERY_TIMEOUT'],
    ['a timeout set by the driver', driverError('The transaction has not completed within the timeout', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 'QUERY_TIMEOUT'],
    ['an unreachable server', driverError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'), 'DATABASE_UNAVAILABLE'],
  ])('%s → %s, HTTP 503 with Retry-After, the cause kept for the log only', (_, cause, code) => {
    const error = toApiError(cause);
    expect(error.extensions).toMatchObject({ code, http: { status: 503, headers: { 'retry-after': '2' } } });
    expect(error.originalError).toBeUndefined();
    expect((error as { cause?: unknown }).cause).toBe(cause);
    expect(error.message).not.toContain(cause.message);
  });
});
