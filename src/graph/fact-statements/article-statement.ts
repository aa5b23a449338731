/**
 * The article; `ingestedAt` is the first ingestion, so re-ingesting changes nothing. An article
 * this transaction creates is marked `creating` until article-written-statement.ts removes the
 * mark, before commit: no other transaction ever sees it. The SET always runs, so every writer of
 * an article holds its lock until commit. Takes `$articles`: one row per document of the batch.
 */
import { factStatement, type DocumentRowsOf } from './fact-statement.js';

/** A type, not an interface: a statement's rows are plain records. */
export type ArticleRow = {
  id: string;
  url: string | null;
  title: string | null;
  publishedOn: string | null;
  extractorVersion: string | null;
  textLength: number | null;
};

export const articleStatement = factStatement({
  name: 'article',
  list: 'articles',
  cypher: `UNWIND $articles AS article
MERGE (art:Article {id: article.id})
ON CREATE SET art.ingestedAt = datetime(), art.creating = true
SET art.url = coalesce(art.url, article.url),
    art.title = coalesce(art.title, article.title),
    art.publishedOn = coalesce(art.publishedOn, date(article.publishedOn)),
    art.undated = CASE WHEN coalesce(art.publishedOn, date(article.publishedOn)) IS NULL THEN true END,
    art.extractorVersion = coalesce(article.extractorVersion, art.extractorVersion),
    art.textLength = coalesce(article.textLength, art.textLength)`,
  rows: ({ facts, articleId, textLength }): ArticleRow[] => [
    {
      id: articleId,
      url: facts.source.url ?? null,
      title: facts.source.title ?? null,
      publishedOn: facts.source.publishedOn,
      extractorVersion: facts.source.extractorVersion ?? null,
      textLength,
    },
  ],
  // Every document's row, copied: the batch is never aliased to one document's rows.
  combine: (documents: DocumentRowsOf[]) => documents.flatMap((d) => d.rows.map((row) => ({ ...row }))),
});
