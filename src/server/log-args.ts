/**
 * Turns the arguments yoga hands its logger — a message and details, or an error — into pino's
 * (object, message) form, with every error described by name, message, code, GraphQL path and
 * stack, and its cause (a masked error's original) described the same way. Server-side only:
 * nothing here reaches a client.
 *
 * @example
 *   logger.error(...logArgs([maskedGraphQLError]));
 *   // {"err":{"name":"GraphQLError","message":"Unexpected error.","code":"INTERNAL_SERVER_ERROR","path":["leader","calls"],"stack":"…","cause":{"name":"Neo4jError","code":"Neo.ClientError.Statement.SyntaxError",…}},"msg":"Unexpected error."}
 */

export interface ErrorDescription {
  name: string;
  message: string;
  code?: unknown;
  path?: readonly (string | number)[];
  stack?: string;
  cause?: ErrorDescription;
}

/** An error as plain data; follows `originalError` (GraphQL) or `cause` up to three levels. */
export function describeError(error: Error, depth = 0): ErrorDescription {
  const e = error as Error & { code?: unknown; path?: readonly (string | number)[]; extensions?: { code?: unknown }; originalError?: unknown; cause?: unknown };
  const inner = e.originalError ?? e.cause;
  return {
    name: e.name,
    message: e.message,
    code: e.extensions?.code ?? e.code,
    path: e.path,
    stack: e.stack,
    ...(inner instanceof Error && inner !== error && depth < 3 ? { cause: describeError(inner, depth + 1) } : {}),
  };
}

export function logArgs(args: unknown[]): [Record<string, unknown>, string] {
  const errors = args.filter((a): a is Error => a instanceof Error);
  const words = args.filter((a): a is string => typeof a === 'string');
  const details = args.filter((a) => !(a instanceof Error) && typeof a !== 'string');
  const object: Record<string, unknown> = {};
  if (errors.length > 0) object.err = describeError(errors[0]);
  if (errors.length > 1) object.errors = errors.slice(1).map((e) => describeError(e));
  if (details.length > 0) object.details = details;
  return [object, words.join(' ') || errors[0]?.message || ''];
}
