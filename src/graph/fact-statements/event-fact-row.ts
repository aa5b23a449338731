/**
 * What the row of every event fact (a call, an incident, a commitment) carries: its article, the
 * fact's own fields, its event codes (those it states, else those its kind derives: stated-codes.ts)
 * and its evidence (`row.evidence`, reports-cypher.ts). Each statement adds its own links.
 *
 * @example
 *   ({ ...eventFactRow(articleId, incident, ['id', 'kind', 'place'], incidentEventCodes(incident.kind)), countries: … })
 */
import type { Evidence } from '../../facts/facts-document.js';
import type { EventCodes } from '../event-codes.js';
import { evidenceRows } from './reports-cypher.js';
import { fieldsOf } from './row-values.js';
import { statedCodes } from './stated-codes.js';

type EventFact = Parameters<typeof statedCodes>[1] & { evidence: Evidence[] };

export function eventFactRow<T extends EventFact, K extends keyof T>(articleId: string, fact: T, fields: readonly K[], derived: EventCodes) {
  return { articleId, ...fieldsOf(fact, fields), ...statedCodes(derived, fact), evidence: evidenceRows(fact.evidence) };
}
