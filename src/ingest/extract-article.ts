/**
 * Extraction without writing, for previews (the API's `extractArticle`): the same validation and
 * extraction an ingest runs, and the same warnings, but no transaction. The server passes its
 * extraction pool as `extract`, so a preview has the same time budget and never blocks the loop.
 *
 * @example
 *   const { document, warnings } = await extractArticle({ text: 'date 2023-06-12\nPresident Biden spoke with …' });
 */
import type { FactsDocument } from '../facts/facts-document.js';
import { extractOnThisThread, warningsFor, type Extract } from './ingest-service.js';
import { validateArticleInput, type ArticleInput } from './validate-article-input.js';

export interface ExtractedArticle {
  document: FactsDocument;
  warnings: string[];
}

export async function extractArticle(input: ArticleInput, extract: Extract = extractOnThisThread): Promise<ExtractedArticle> {
  const article = validateArticleInput(input);
  const { document } = await extract(article.text, {
    publishedOn: article.publishedOn ?? undefined,
    url: article.url ?? undefined,
    title: article.title ?? undefined,
  });
  return { document, warnings: warningsFor(document) };
}
