/**
 * Calls: medium 'unspecified' is upgraded by a specific one (with its codes); topics union;
 * INVOLVES follows the participants' countries (involves-cypher.ts). An undated call and a dated
 * one of the same contact from other sources become one (same-contact-cypher.ts): an undated row
 * attaches to its dated `twin`, a dated row absorbs the undated calls it matches. Rows'
 * `participants` are sorted: the same-contact lookups compare them with a call's participants
 * ordered by id.
 */
import { callEventCodes } from '../event-codes.js';
import { involvesOfCall, participantsOfNewCall } from '../involves-cypher.js';
import { absorbUndated, contactKey, datedTwinOf, SAME_CONTACT_DAYS } from '../same-contact-cypher.js';
import { ARTICLE_ROWS, factStatement } from './fact-statement.js';
import { eventFactRow } from './event-fact-row.js';
import { evidenceRows, lastPerStart, reportsEdge } from './reports-cypher.js';
import { bothWays, mergedEdges, type RowEdge } from './row-edges.js';
import { unique } from './row-values.js';

/**
 * The call's participants (an actor made when unknown) and topics: edges of `c`, one per item of
 * the row's list. A new call's participants are written with its INVOLVES edges, each actor sought
 * once (`participantsOfNewCall`).
 */
const PARTICIPANTS: RowEdge = { item: 'pid', list: 'row.participants', end: 'MERGE (p:Actor {id: pid})', from: 'p', type: 'TOOK_PART_IN', to: 'c' };
const TOPICS: RowEdge = { item: 'name', list: 'row.topics', end: 'MERGE (t:Topic {name: name})', from: 'c', type: 'DISCUSSED', to: 't' };

export const callsStatement = factStatement({
  name: 'calls',
  cypher: `${ARTICLE_ROWS}
${datedTwinOf('row, art', 'row.participants', 'CASE WHEN row.date IS NULL THEN art.publishedOn END')}
MERGE (c:Call {id: coalesce(twin.id, row.id)})
ON CREATE SET c.createdByRow = row.n, c.contact = ${contactKey('row.participants')},
              c.date = date(row.date), c.undated = CASE WHEN row.date IS NULL THEN true END, c.datePrecision = row.datePrecision, c.medium = row.medium,
              c.cameo = row.cameo, c.ploverEvent = row.ploverEvent, c.ploverMode = row.ploverMode,
              c.dateText = CASE WHEN twin IS NULL THEN row.dateText END
ON MATCH SET c.dateText = coalesce(c.dateText, CASE WHEN twin IS NULL THEN row.dateText END)
WITH art, c, row, coalesce(c.createdByRow = row.n, false) AS fresh
REMOVE c.createdByRow
FOREACH (_ IN CASE WHEN c.medium = 'unspecified' AND row.medium <> 'unspecified' THEN [1] ELSE [] END |
  SET c.medium = row.medium, c.cameo = row.cameo, c.ploverMode = row.ploverMode)
${participantsOfNewCall('c', 'row.participants', 'fresh')}
${mergedEdges(PARTICIPANTS, 'NOT fresh')}
${involvesOfCall('c', 'NOT fresh')}
${bothWays(TOPICS, 'fresh')}
${bothWays(reportsEdge('c'), 'fresh')}
${absorbUndated('c', 'row', 'NOT fresh')}`,
  params: { sameContactDays: SAME_CONTACT_DAYS },
  rows: ({ facts, articleId }) =>
    facts.calls.map((c) => ({
      ...eventFactRow(articleId, c, ['id', 'date', 'medium'], callEventCodes(c.medium)),
      datePrecision: c.date ? 'day' : 'unknown',
      dateText: c.dateText ?? null,
      participants: sortedParticipants(c.participants),
      topics: unique(c.topics.map(topicName).filter(Boolean)),
      evidence: lastPerStart(evidenceRows(c.evidence)),
    })),
  // Each row of the batch numbered: the row whose MERGE created its call (`createdByRow`, removed
  // in the same statement) writes the call's edges with CREATE, with no look for an edge that a
  // node made a moment ago cannot have; every other row (a second report of the call, a re-ingest,
  // an undated report attached to its dated twin) MERGEs them as before.
  combine: (documents) => documents.flatMap((d) => d.rows).map((row, n) => ({ ...row, n })),
});

/** A call's participants as the same-contact lookups compare them: each once, ordered by id. */
export function sortedParticipants(participants: string[]): string[] {
  return unique(participants).sort();
}

/** Topic names are compared lower-cased with single spaces: "EU  Accession" → "eu accession". */
export function topicName(topic: string): string {
  return topic.replace(/\s+/g, ' ').trim().toLowerCase();
}
