/**
 * graphql-jit's errors as graphql-js would have made them. jit builds its own GraphQLError (a
 * function whose prototype is graphql-js's): message, path, extensions and originalError agree,
 * but it keeps `locations` only — no nodes, source or positions. Every later step that copies an
 * error (yoga's masking, use-client-errors.ts) rebuilds it from those, and would drop the
 * locations; a graphql-js GraphQLError rebuilt here from the document's source keeps them.
 *
 * @example
 *   graphqlJsErrors({ data: null, errors: [jitError] }, document)
 *   // → { data: null, errors: [GraphQLError with the same message, locations, path, extensions] }
 */
import { GraphQLError, type DocumentNode, type ExecutionResult, type Source, type SourceLocation } from 'graphql';

export function graphqlJsErrors(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.length || result.errors.every((e) => e.constructor === GraphQLError)) return result;
  const source = document.loc?.source;
  return { ...result, errors: result.errors.map((e) => (e.constructor === GraphQLError ? e : rebuilt(e, source))) };
}

function rebuilt(error: GraphQLError, source: Source | undefined): GraphQLError {
  const positions = source && error.locations?.map((l) => position(source.body, l));
  return new GraphQLError(error.message, {
    source: positions ? source : undefined,
    positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** The offset of a 1-based line and column, line breaks counted as graphql-js's getLocation counts them. */
function position(body: string, { line, column }: SourceLocation): number {
  const breaks = /\r\n|[\n\r]/g;
  let start = 0;
  for (let l = 1; l < line; l++) {
    const match = breaks.exec(body);
    if (!match) break;
    start = match.index + match[0].length;
  }
  return start + column - 1;
}
