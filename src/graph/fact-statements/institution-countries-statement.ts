/** The country an institution of the document is based in. */
import { factStatement } from './fact-statement.js';
import { sendOnce } from './send-once.js';

export const institutionCountriesStatement = factStatement({
  name: 'institutionCountries',
  cypher: `UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (c:Country {code: row.country})
MERGE (a)-[:BASED_IN]->(c)`,
  rows: ({ facts }) => facts.actors.filter((a) => a.kind === 'institution' && a.country).map((a) => ({ actor: a.id, country: a.country })),
  combine: sendOnce,
});
