/**
 * The contract between the `ingestArticle` mutation and the ingestion service the server passes
 * in: the resolver hands over the input as received and returns the service's report.
 *
 * @example
 *   const ingest: IngestFn = async (input) => ({ article: { id: 'art_…' }, created: true, calls: [], tweetCount: 0, commitmentCount: 0, incidentCount: 0, warnings: [] });
 */

export interface IngestArticleInput {
  text: string;
  /** YYYY-MM-DD, already validated by the Date scalar. */
  publishedOn?: string | null;
  url?: string | null;
  title?: string | null;
}

export interface IngestReport {
  /** At least the id; other Article fields are returned when present. */
  article: { id: string; [property: string]: unknown };
  created: boolean;
  /** Call nodes (at least their ids: participants, sources … resolve through the loaders). */
  calls: Array<{ id: string; [property: string]: unknown }>;
  tweetCount: number;
  commitmentCount: number;
  incidentCount: number;
  warnings: string[];
}

export type IngestFn = (input: IngestArticleInput) => Promise<IngestReport>;
