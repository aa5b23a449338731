/**
 * Calls: medium 'unspecified' is upgraded by a specific one (with its codes); topics union;
 * INVOLVES follows the participants' countries (involves-cypher.ts). An undated call and a dated
 * one of the same contact from other sources become one (same-contact-cypher.ts): an undated row
 * attaches to its dated `twin`, a dated row absorbs the undated calls it matches. Rows'
 * `participants` are sorted: the same-contact lookups compare them with a call's participants
 * ordered by id.
 */
import { callEventCodes } from '../event-codes.js';
import { involvesOfCall } from '../involves-cypher.js';
import { absorbUndated, datedTwinOf, SAME_CONTACT_DAYS } from '../same-contact-cypher.js';
import { ARTICLE_ROWS, factStatement } from './fact-statement.js';
import { eventFactRow } from './event-fact-row.js';
import { REPORTS } from './reports-cypher.js';
import { unique } from './row-values.js';

export const callsStatement = factStatement({
  name: 'calls',
  cypher: `${ARTICLE_ROWS}
${datedTwinOf('row, art', 'row.participants', 'CASE WHEN row.date IS NULL THEN art.publishedOn END')}
MERGE (c:Call {id: coalesce(twin.id, row.id)})
ON CREATE SET c.date = date(row.date), c.undated = CASE WHEN row.date IS NULL THEN true END, c.datePrecision = row.datePrecision, c.medium = row.medium,
              c.cameo = row.cameo, c.ploverEvent = row.ploverEvent, c.ploverMode = row.ploverMode
SET c.dateText = coalesce(c.dateText, CASE WHEN twin IS NULL THEN row.dateText END)
WITH art, c, row
FOREACH (_ IN CASE WHEN c.medium = 'unspecified' AND row.medium <> 'unspecified' THEN [1] ELSE [] END |
  SET c.medium = row.medium, c.cameo = row.cameo, c.ploverMode = row.ploverMode)
FOREACH (pid IN row.participants | MERGE (p:Actor {id: pid}) MERGE (p)-[:TOOK_PART_IN]->(c))
${involvesOfCall('c')}
FOREACH (name IN row.topics | MERGE (t:Topic {name: name}) MERGE (c)-[:DISCUSSED]->(t))
${REPORTS('c')}
${absorbUndated('c', 'row')}`,
  params: { sameContactDays: SAME_CONTACT_DAYS },
  rows: ({ facts, articleId }) =>
    facts.calls.map((c) => ({
      ...eventFactRow(articleId, c, ['id', 'date', 'medium'], callEventCodes(c.medium)),
      datePrecision: c.date ? 'day' : 'unknown',
      dateText: c.dateText ?? null,
      participants: sortedParticipants(c.participants),
      topics: unique(c.topics.map(topicName).filter(Boolean)),
    })),
});

/** A call's participants as the same-contact lookups compare them: each once, ordered by id. */
export function sortedParticipants(participants: string[]): string[] {
  return unique(participants).sort();
}

/** Topic names are compared lower-cased with single spaces: "EU  Accession" → "eu accession". */
export function topicName(topic: string): string {
  return topic.replace(/\s+/g, ' ').trim().toLowerCase();
}
