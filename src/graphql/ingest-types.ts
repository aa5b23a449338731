/**
 * The contract between the `ingestArticle` and `extractArticle` mutations and the services behind
 * them: the resolver hands over the input as received; `ingestArticle` answers with the facts
 * the graph holds for the article once written (read back by its id), `extractArticle` with the
 * facts document the extractor made.
 *
 * @example
 *   const extract: ExtractFn = async (input) => ({ document: extractFacts(input.text).document, warnings: [] });
 *   const ingest: IngestFn = async (input) => ({ article: { id: 'art_…' }, created: true, calls: [], tweetCount: 0, commitmentCount: 0, incidentCount: 0, warnings: [] });
 */
import type { FactsDocument } from '../facts/facts-document.js';

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
  /** The calls' ids; the report's fact lists are read back from the graph by the article's id. */
  calls: Array<{ id: string; [property: string]: unknown }>;
  tweetCount: number;
  commitmentCount: number;
  incidentCount: number;
  warnings: string[];
}

export type IngestFn = (input: IngestArticleInput) => Promise<IngestReport>;

export type ExtractFn = (input: IngestArticleInput) => Promise<{ document: FactsDocument; warnings: string[] }>;
