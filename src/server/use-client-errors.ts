/**
 * The last word on what an error tells a client, applied to every result (request, parse,
 * validation and execution errors alike). In production: no "Did you mean …?" (enum values,
 * input fields, arguments and types would otherwise spell out the schema with introspection
 * off) and no `originalError` (yoga echoes the JSON parser's message for a bad body). Always:
 * one code for a body over the limit, whether it declared its size or streamed in chunks.
 *
 * @example
 *   // production: 'Value "DES" does not exist in "OrderDirection" enum. Did you mean the enum value "DESC"?'
 *   //          → 'Value "DES" does not exist in "OrderDirection" enum.'
 */
import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const RENAMED_CODES: Record<string, string> = { REQUEST_ENTITY_TOO_LARGE: 'PAYLOAD_TOO_LARGE' };

function rewrite(error: GraphQLError, production: boolean): GraphQLError {
  const { originalError, ...extensions } = error.extensions ?? {};
  const code = typeof extensions.code === 'string' ? RENAMED_CODES[extensions.code] : undefined;
  const message = production ? error.message.replace(SUGGESTION, '') : error.message;
  if (!code && message === error.message && (!production || originalError === undefined)) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: production ? undefined : error.originalError,
    extensions: { ...extensions, ...(production ? {} : { originalError }), ...(code ? { code } : {}) },
  });
}

function rewriteResult(result: ExecutionResult, production: boolean): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e) => (e instanceof GraphQLError ? rewrite(e, production) : e)) };
}

export function useClientErrors(production: boolean): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      // Streams (incremental delivery) are not served; plain results and batches are.
      if (Array.isArray(result)) setResult(result.map((r) => rewriteResult(r, production)));
      else if (!(Symbol.asyncIterator in (result as object))) setResult(rewriteResult(result as ExecutionResult, production));
    },
  };
}
