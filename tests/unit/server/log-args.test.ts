import { GraphQLError } from 'graphql';
import { logArgs } from '../../../src/server/log-args.js';

describe('what the server logs of an error', () => {
  it('carries the name, message, code, path and stack of a masked error and of its cause', () => {
    const cause = Object.assign(new Error('Invalid input at line 3'), { name: 'Neo4jError', code: 'Neo.ClientError.Statement.SyntaxError' });
    const masked = new GraphQLError('Unexpected error.', { path: ['leader', 'calls'], originalError: cause, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const [object, message] = logArgs([masked]);
    expect(message).toBe('Unexpected error.');
    expect(object.err).toMatchObject({
      name: 'GraphQLError',
      message: 'Unexpected error.',
      code: 'INTERNAL_SERVER_ERROR',
      path: ['leader', 'calls'],
      stack: expect.stringContaining('log-args.test.ts'), // graphql-js gives a wrapped error its cause's stack
      cause: { name: 'Neo4jError', message: 'Invalid input at line 3', code: 'Neo.ClientError.Statement.SyntaxError', stack: expect.any(String) },
    });
    expect(JSON.stringify(object)).not.toMatch(/"0":/);
  });

  it('keeps a message and its details apart', () => {
    expect(logArgs(['Processing GraphQL Parameters', { n: 1 }])).toEqual([{ details: [{ n: 1 }] }, 'Processing GraphQL Parameters']);
  });
});
