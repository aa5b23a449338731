/** Commitments: who made them, for which countries, against and for whom. */
import { commitmentEventCodes } from '../event-codes.js';
import { ARTICLE_ROWS, factStatement } from './fact-statement.js';
import { eventFactRow } from './event-fact-row.js';
import { REPORTS } from './reports-cypher.js';
import { listOf } from './row-values.js';

export const commitmentsStatement = factStatement({
  name: 'commitments',
  cypher: `${ARTICLE_ROWS}
MERGE (m:Commitment {id: row.id})
ON CREATE SET m.kind = row.kind, m.quote = row.quote, m.date = date(row.date), m.undated = CASE WHEN row.date IS NULL THEN true END,
              m.cameo = row.cameo, m.ploverEvent = row.ploverEvent
WITH art, m, row
FOREACH (aid IN row.makers | MERGE (a:Actor {id: aid}) MERGE (a)-[:MADE]->(m))
FOREACH (code IN row.byCountries | MERGE (c:Country {code: code}) MERGE (m)-[:BY]->(c))
FOREACH (code IN row.targets | MERGE (c:Country {code: code}) MERGE (m)-[:TARGETS]->(c))
FOREACH (code IN row.beneficiaries | MERGE (c:Country {code: code}) MERGE (m)-[:BENEFITS]->(c))
${REPORTS('m')}`,
  rows: ({ facts, articleId }) =>
    facts.commitments.map((m) => ({
      ...eventFactRow(articleId, m, ['id', 'kind', 'quote', 'date'], { ...commitmentEventCodes(m.kind), ploverMode: null }),
      makers: listOf(m.by),
      byCountries: listOf(m.byCountry),
      targets: listOf(m.target),
      beneficiaries: listOf(m.beneficiary),
    })),
});
