/**
 * `ingestArticle` hands the input to the ingestion service the server was built with; a server
 * built without one (read-only) answers with the coded error INGEST_UNAVAILABLE.
 */
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '../create-context.js';
import type { IngestArticleInput } from '../ingest-types.js';

function ingestUnavailable(): never {
  throw new GraphQLError('This server does not ingest articles (it was started without an ingestion service).', {
    extensions: { code: 'INGEST_UNAVAILABLE' },
  });
}

export const mutationResolvers = {
  Mutation: {
    ingestArticle: (_: unknown, { input }: { input: IngestArticleInput }, ctx: GraphqlContext) =>
      (ctx.ingest ?? ingestUnavailable)(input),
  },
};
