/** Incidents: casualty figures keep the highest reported (tolls rise as reports come in). */
import { incidentEventCodes } from '../event-codes.js';
import { ARTICLE_ROWS, factStatement } from './fact-statement.js';
import { eventFactRow } from './event-fact-row.js';
import { REPORTS } from './reports-cypher.js';
import { listOf } from './row-values.js';

export const incidentsStatement = factStatement({
  name: 'incidents',
  cypher: `${ARTICLE_ROWS}
MERGE (i:Incident {id: row.id})
ON CREATE SET i.kind = row.kind, i.place = row.place, i.date = date(row.date), i.undated = CASE WHEN row.date IS NULL THEN true END,
              i.cameo = row.cameo, i.ploverEvent = row.ploverEvent, i.ploverMode = row.ploverMode
SET i.killed = CASE WHEN i.killed IS NULL OR row.killed > i.killed THEN toInteger(row.killed) ELSE i.killed END,
    i.injured = CASE WHEN i.injured IS NULL OR row.injured > i.injured THEN toInteger(row.injured) ELSE i.injured END
WITH art, i, row
FOREACH (code IN row.perpetrators | MERGE (c:Country {code: code}) MERGE (c)-[:PERPETRATED]->(i))
FOREACH (code IN row.countries | MERGE (c:Country {code: code}) MERGE (i)-[:IN]->(c))
${REPORTS('i')}`,
  rows: ({ facts, articleId }) =>
    facts.incidents.map((i) => ({
      ...eventFactRow(articleId, i, ['id', 'kind', 'place', 'date', 'killed', 'injured'], incidentEventCodes(i.kind)),
      perpetrators: listOf(i.perpetrator),
      countries: listOf(i.country),
    })),
});
