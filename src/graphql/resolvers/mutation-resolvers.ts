/**
 * `ingestArticle` hands the input to the ingestion service the server was built with; a server
 * built without one (read-only) answers with the coded error INGEST_UNAVAILABLE.
 */
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '../create-context.js';
import type { IngestArticleInput } from '../ingest-types.js';
import { toApiError } from '../to-api-error.js';

function ingestUnavailable(): never {
  throw new GraphQLError('This server does not ingest articles (it was started without an ingestion service).', {
    extensions: { code: 'INGEST_UNAVAILABLE' },
  });
}

/** An article the service refused (empty, binary, too large, a bad date …) is the caller's to fix. */
function toIngestError(error: unknown): GraphQLError {
  const e = error as { code?: string; field?: string; message?: string };
  if (e?.code === 'BAD_USER_INPUT' && typeof e.message === 'string') {
    return new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', argument: `input.${e.field ?? 'text'}` } });
  }
  return toApiError(error);
}

export const mutationResolvers = {
  Mutation: {
    ingestArticle: (_: unknown, { input }: { input: IngestArticleInput }, ctx: GraphqlContext) =>
      (ctx.ingest ?? ingestUnavailable)(input).catch((error: unknown) => Promise.reject(toIngestError(error))),
  },
};
