/** Saves an article through `ingestArticle` and returns what the extractor found in it. */
import { graphql } from '../gql/gql.js';
import type { IngestArticleInput, IngestMutation } from '../gql/graphql.js';
import { execute } from './graphql-client.js';

export interface IngestInput {
  text: string;
  publishedOn?: string;
  url?: string;
  title?: string;
}

export type IngestResult = IngestMutation['ingestArticle'];

const Ingest = graphql(`
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created warnings tweetCount commitmentCount incidentCount
      article { id url title publishedOn textLength }
      calls { ...CallFull }
    }
  }
`);

export async function ingestArticle(input: IngestInput): Promise<IngestResult> {
  // An empty field is left out, so the server applies its own default (e.g. no publication date).
  const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== '')) as unknown as IngestArticleInput;
  return (await execute(Ingest, { input: clean })).ingestArticle;
}
