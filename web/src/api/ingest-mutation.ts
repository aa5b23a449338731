/** Saves an article through `ingestArticle` and returns what the extractor found in it. */
import { graphql } from './graphql-client.js';
import type { CallDetail } from './types.js';

export interface IngestInput {
  text: string;
  publishedOn?: string;
  url?: string;
  title?: string;
}

export interface IngestResult {
  created: boolean;
  article: { id: string; url: string | null; title: string | null; publishedOn: string | null; textLength: number | null };
  calls: CallDetail[];
  tweetCount: number;
  commitmentCount: number;
  incidentCount: number;
  warnings: string[];
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created warnings tweetCount commitmentCount incidentCount
    article { id url title publishedOn textLength }
    calls {
      id date medium topics participants { id name }
      tweets { text postedOn author { name } sources { quote article { url title publishedOn } } }
      sources { quote start end rule article { id url title publishedOn } }
    }
  }
}`;

export async function ingestArticle(input: IngestInput): Promise<IngestResult> {
  const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
  return (await graphql<{ ingestArticle: IngestResult }>(INGEST, { input: clean })).ingestArticle;
}
