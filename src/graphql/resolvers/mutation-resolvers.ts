/**
 * `ingestArticle` hands the input to the ingestion service the server was built with; a server
 * built without one (read-only) answers with the coded error INGEST_UNAVAILABLE. Its report's
 * article and facts are read back from the graph by the article's id, so what the caller sees is
 * what was stored. `extractArticle` runs the same extraction and writes nothing.
 */
import { GraphQLError } from 'graphql';
import type { LabelledRecord } from '../../graph/readers/records.js';
import type { GraphqlContext } from '../create-context.js';
import { extractedFacts } from '../extracted-facts.js';
import type { IngestArticleInput, IngestReport } from '../ingest-types.js';
import { overloaded } from '../overloaded.js';
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
  // The extractor stopped a hostile or oversized text at its time budget, or had no thread free.
  if (e?.code === 'EXTRACTION_TIMEOUT' && typeof e.message === 'string') {
    return new GraphQLError(e.message, { extensions: { code: 'EXTRACTION_TIMEOUT', argument: 'input.text' } });
  }
  if (e?.code === 'OVERLOADED') return overloaded('every extraction thread is busy');
  return toApiError(error);
}

type Input = { input: IngestArticleInput };

/** The facts of one kind the graph holds for the report's article, in the order its text states them. */
const reported =
  (label: LabelledRecord['label']) =>
  async (report: IngestReport, _: unknown, ctx: GraphqlContext): Promise<LabelledRecord[]> =>
    (await ctx.loaders.relations.reportedByArticle.load(report.article.id)).filter((fact) => fact.label === label);

export const mutationResolvers = {
  Mutation: {
    ingestArticle: (_: unknown, { input }: Input, ctx: GraphqlContext) =>
      (ctx.ingest ?? ingestUnavailable)(input).catch((error: unknown) => Promise.reject(toIngestError(error))),
    extractArticle: (_: unknown, { input }: Input, ctx: GraphqlContext) =>
      ctx.extract(input).then(extractedFacts, (error: unknown) => Promise.reject(toIngestError(error))),
  },
  IngestReport: {
    // The stored node (with ingestedAt, textLength …); the service's own summary if it is gone.
    article: async (report: IngestReport, _: unknown, ctx: GraphqlContext) =>
      (await ctx.loaders.lookups.articleById.load(report.article.id)) ?? report.article,
    calls: reported('Call'),
    tweets: reported('Tweet'),
    commitments: reported('Commitment'),
    incidents: reported('Incident'),
  },
};
