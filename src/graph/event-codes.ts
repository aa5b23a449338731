/**
 * CAMEO codes and PLOVER event types for calls, commitments and incidents, so analysts can join
 * the graph with event data sets (GDELT, ICEWS, POLECAT). CAMEO → PLOVER follows the PLOVER
 * project's own conversion table (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt). Where the text
 * does not determine the specific code we store the family code rather than guess; each table
 * row says why it was chosen. docs/graph-model.md repeats these tables.
 *
 * @example
 *   callEventCodes('phone')            // { cameo: '041', ploverEvent: 'CONSULT', ploverMode: 'phone' }
 *   commitmentEventCodes('sanctions')  // { cameo: '163', ploverEvent: 'SANCTION' }
 */

export interface EventCodes {
  cameo: string | null;
  ploverEvent: string | null;
  ploverMode: string | null;
}

type Row = EventCodes & { why: string };

const CALLS: Record<string, Row> = {
  phone: { cameo: '041', ploverEvent: 'CONSULT', ploverMode: 'phone', why: 'CAMEO 041 "Discuss by telephone"' },
  // PLOVER has no video mode and CAMEO no video code: the generic consult, medium kept on the node.
  video: { cameo: '040', ploverEvent: 'CONSULT', ploverMode: null, why: 'CAMEO 040 "Consult"; no video code exists' },
  // A meeting in person is a visit in PLOVER's terms; CAMEO's 042 (make a visit), 043 (host) and
  // 044 (third location) need to know who travelled where, which the text rarely settles.
  in_person: { cameo: '040', ploverEvent: 'CONSULT', ploverMode: 'visit', why: 'PLOVER CONSULT/visit; CAMEO 040 as the direction is not determined' },
  unspecified: { cameo: '040', ploverEvent: 'CONSULT', ploverMode: null, why: 'CAMEO 040 "Consult"' },
};

const COMMITMENTS: Record<string, Row> = {
  // PLOVER 0.5 (its gold-standard records) has a SANCTION type; later tables fold it into COERCE.
  sanctions: { cameo: '163', ploverEvent: 'SANCTION', ploverMode: null, why: 'CAMEO 163 "Impose embargo, boycott, or sanctions"; PLOVER SANCTION' },
  security_assistance: { cameo: '0332', ploverEvent: 'AGREE', ploverMode: null, why: 'CAMEO 0332 "Express intent to provide military aid"' },
  military_aid: { cameo: '0332', ploverEvent: 'AGREE', ploverMode: null, why: 'CAMEO 0332 "Express intent to provide military aid"' },
  economic_aid: { cameo: '0331', ploverEvent: 'AGREE', ploverMode: null, why: 'CAMEO 0331 "Express intent to provide economic aid"' },
  humanitarian_aid: { cameo: '0333', ploverEvent: 'AGREE', ploverMode: null, why: 'CAMEO 0333 "Express intent to provide humanitarian aid"' },
  // "We will hold Russia accountable" announces consequences to come: a threat, not an accusation (112).
  accountability: { cameo: '130', ploverEvent: 'THREATEN', ploverMode: null, why: 'CAMEO 130 "Threaten, not specified below"' },
  diplomatic_support: { cameo: '032', ploverEvent: 'AGREE', ploverMode: null, why: 'CAMEO 032 "Express intent to engage in diplomatic cooperation"' },
  request: { cameo: '020', ploverEvent: 'REQUEST', ploverMode: null, why: 'CAMEO 020 "Make an appeal or request"' },
};

const INCIDENTS: Record<string, Row> = {
  // Missiles, rockets and air strikes: CAMEO 195 "Employ aerial weapons", PLOVER ASSAULT by air.
  strike: { cameo: '195', ploverEvent: 'ASSAULT', ploverMode: 'aerial', why: 'CAMEO 195 "Employ aerial weapons"' },
  shelling: { cameo: '194', ploverEvent: 'ASSAULT', ploverMode: 'heavy-weapons', why: 'CAMEO 194 "Fight with artillery and tanks"' },
  invasion: { cameo: '190', ploverEvent: 'ASSAULT', ploverMode: null, why: 'CAMEO 190 "Use conventional military force"' },
  occupation: { cameo: '192', ploverEvent: 'COERCE', ploverMode: 'confiscate', why: 'CAMEO 192 "Occupy territory"' },
};

const UNKNOWN: EventCodes = { cameo: null, ploverEvent: null, ploverMode: null };

function pick(table: Record<string, Row>, key: string): EventCodes {
  const row = Object.hasOwn(table, key) ? table[key] : undefined;
  return row ? { cameo: row.cameo, ploverEvent: row.ploverEvent, ploverMode: row.ploverMode } : UNKNOWN;
}

export function callEventCodes(medium: string): EventCodes {
  return pick(CALLS, medium);
}

/** Codes for a commitment kind; kinds outside the table get nulls rather than a guess. */
export function commitmentEventCodes(kind: string): Omit<EventCodes, 'ploverMode'> {
  const { cameo, ploverEvent } = pick(COMMITMENTS, kind);
  return { cameo, ploverEvent };
}

export function incidentEventCodes(kind: string): EventCodes {
  return pick(INCIDENTS, kind);
}

/** The tables themselves, for docs and tests. */
export const eventCodeTables = { calls: CALLS, commitments: COMMITMENTS, incidents: INCIDENTS } as const;
