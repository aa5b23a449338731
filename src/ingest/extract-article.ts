/**
 * Extraction without writing, for previews (the API's `extractArticle`): the same validation and
 * extraction an ingest runs, and the same warnings, but no transaction.
 *
 * @example
 *   const { document, warnings } = await extractArticle({ text: 'date 2023-06-12\nPresident Biden spoke with …' });
 */
import { extractFacts } from '../extraction/pipeline.js';
import type { FactsDocument } from '../facts/facts-document.js';
import { warningsFor } from './ingest-service.js';
import { validateArticleInput, type ArticleInput } from './validate-article-input.js';

export interface ExtractedArticle {
  document: FactsDocument;
  warnings: string[];
}

export async function extractArticle(input: ArticleInput): Promise<ExtractedArticle> {
  const article = validateArticleInput(input);
  const { document } = extractFacts(article.text, {
    publishedOn: article.publishedOn ?? undefined,
    url: article.url ?? undefined,
    title: article.title ?? undefined,
  });
  return { document, warnings: warningsFor(document) };
}
