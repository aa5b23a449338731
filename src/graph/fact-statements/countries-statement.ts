/**
 * Every country the document refers to (a name only while none is known); those the document
 * lists get a MENTIONS edge from the article.
 */
import type { FactsDocument } from '../../facts/facts-document.js';
import { ARTICLE_ROWS, factStatement } from './fact-statement.js';
import { markMentionsUnique, MENTIONS } from './mentions-cypher.js';

export const countriesStatement = factStatement({
  name: 'countries',
  cypher: `${ARTICLE_ROWS}
MERGE (c:Country {code: row.code})
FOREACH (_ IN CASE WHEN c.name IS NULL THEN [1] ELSE [] END | SET c.name = row.name)
WITH art, c, row WHERE row.mentioned
${MENTIONS('c')}`,
  rows: ({ facts, articleId }) => countryRows(facts).map((c) => ({ articleId, ...c })),
  combine: (documents) => markMentionsUnique(documents.flatMap((d) => d.rows), documents),
});

/** Countries listed by the document (mentioned) plus any code a fact refers to. */
function countryRows(facts: FactsDocument): Array<{ code: string; name: string | null; mentioned: boolean }> {
  const byCode = new Map(facts.countries.map((c) => [c.code, { code: c.code, name: c.name as string | null, mentioned: true }]));
  const referred = [
    ...facts.actors.map((a) => a.country),
    ...facts.commitments.flatMap((m) => [m.byCountry, m.target, m.beneficiary]),
    ...facts.incidents.flatMap((i) => [i.perpetrator, i.country]),
  ];
  for (const code of referred) if (code && !byCode.has(code)) byCode.set(code, { code, name: null, mentioned: false });
  return [...byCode.values()];
}
