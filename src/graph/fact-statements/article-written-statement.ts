/** Last: removes the `creating` mark of the articles this transaction created (see article-statement.ts). */
import { factStatement } from './fact-statement.js';
import { unique } from './row-values.js';

export const articleWrittenStatement = factStatement({
  name: 'articleWritten',
  list: 'articles',
  cypher: `UNWIND $articles AS article
MATCH (art:Article {id: article.id})
WHERE art.creating IS NOT NULL
REMOVE art.creating`,
  rows: ({ articleId }) => [{ id: articleId }],
  // An article written twice in one batch is unmarked once.
  combine: (documents) => unique(documents.map((d) => d.articleId)).map((id) => ({ id })),
});
