/**
 * The error for a bad argument: it names the argument, states the contract and shows the value
 * received, and carries `extensions.code: 'BAD_USER_INPUT'` so clients can tell it from a fault.
 *
 * @example
 *   throw badUserInput('first', 'must be an integer from 0 to 100', -1);
 *   // Argument "first" must be an integer from 0 to 100; received -1.
 */
import { GraphQLError } from 'graphql';

export function badUserInput(argument: string, contract: string, received: unknown): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${contract}; received ${JSON.stringify(received)}.`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}
