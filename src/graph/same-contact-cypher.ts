/**
 * One contact, one Call across sources. A readout that gives no day (a Kremlin-style "Vladimir
 * Putin had a telephone conversation with …") makes an undated Call whose id includes its article
 * (`callId`, src/facts/fact-ids.ts), so on ids alone it never meets the dated report of the same
 * contact from another source. The writer joins them: an undated call and a dated call with
 * exactly the same participants are one contact when the dated call's day lies within
 * SAME_CONTACT_DAYS before (or on) the undated report's publication date.
 *
 * The dated Call is the one kept — its id is the deterministic one (participants + day) that every
 * later dated report of the contact MERGEs on:
 * - an undated report arriving after the dated call attaches to it (`datedTwinOf`): no undated
 *   node is made, so writing that article again changes nothing;
 * - a dated report arriving after the undated one absorbs it (`absorbUndated`): the undated
 *   call's REPORTS, DISCUSSED and ABOUT edges move to the dated call (a specific medium too, as a
 *   second report would bring it), then the undated node is deleted with its TOOK_PART_IN and
 *   INVOLVES edges, which the dated call already has (same participants, so same countries).
 * Fragments only, like involves-cypher.ts: no values; the window is the `$sameContactDays`
 * parameter. Each fragment starts with `WITH *` (Cypher needs it between a FOREACH and a CALL).
 *
 * @example
 *   `MATCH (art:Article {id: row.articleId})\n${datedTwinOf('row, art', 'row.participants', 'art.publishedOn')}\nMERGE (c:Call {id: coalesce(twin.id, row.id)})`
 */
import { untallyCall } from './contact-tally-cypher.js';

/**
 * Why 2 days: a readout comes out the day of the contact or, for a late-evening call or across
 * time zones (a Washington evening is the next day in Moscow or Kyiv), the next day; two days
 * leaves one to spare for a release that waits a day. Longer would take a pair's repeated calls
 * in a crisis (days apart) for one contact. Cypher gets it as `$sameContactDays`.
 */
export const SAME_CONTACT_DAYS = 2;

/**
 * A call's contact key: its participants' ids, sorted, joined by a space (`list`: a sorted list of
 * ids). Kept on every Call as `contact` and indexed with `date` and with `undated`
 * (schema/indexes.cypher), so the same-contact lookups below seek the calls of exactly one set of
 * people instead of walking every call of its first participant (a leader with 30,000 calls made
 * every row of a bulk load read 30,000 calls). Ids may hold spaces, so a key match is then checked
 * against the participants themselves.
 */
export const contactKey = (list: string) => `reduce(k = head(${list}), x IN tail(${list}) | k + ' ' + x)`;

/** The participants of call `call`, as a sorted list of ids. */
const participantsOf = (call: string) => `COLLECT { MATCH (x:Actor)-[:TOOK_PART_IN]->(${call}) RETURN x.id ORDER BY x.id }`;

/**
 * Binds `twin`: the dated call with exactly the participants `participants` (a sorted list of
 * actor ids) on a day from `publishedOn` − SAME_CONTACT_DAYS to `publishedOn`, the latest such
 * day first; null when there is none or `publishedOn` is null (pass null to skip the lookup: no
 * call is read). One seek of the `call_contact_date` index (contact key and day range).
 */
export const datedTwinOf = (scope: string, participants: string, publishedOn: string) => `WITH *
CALL (${scope}) {
  WITH ${participants} AS people, ${publishedOn} AS day
  OPTIONAL MATCH (twin:Call {contact: ${contactKey('people')}})
  WHERE day IS NOT NULL AND twin.date >= day - duration({days: $sameContactDays}) AND twin.date <= day
    AND ${participantsOf('twin')} = people
  RETURN twin ORDER BY twin.date DESC, twin.id LIMIT 1
}`;

/**
 * Keeps `call`'s contact key (`contactKey`) in step with its participants, then folds into the
 * dated call `call` (row `row`, its sorted `participants` and `date`) every undated call of the
 * same participants reported by an article published from its day to SAME_CONTACT_DAYS after it
 * (one seek of the `call_contact_undated` index). A subquery per row: a second row sees what the
 * first folded. A folded call already counted in the contact aggregate leaves it (`untallyCall`).
 * The key is checked only where `checkKeyWhen` holds (the calls statement skips the calls it has
 * just created, whose key it set from their participants).
 */
export const absorbUndated = (call: string, row: string, checkKeyWhen = 'true') => `WITH *
CALL (*) {
  WITH ${call} WHERE ${checkKeyWhen}
  WITH ${call}, ${participantsOf(call)} AS people
  WITH ${call}, ${contactKey('people')} AS key WHERE ${call}.contact IS NULL OR ${call}.contact <> key
  SET ${call}.contact = key
}
WITH *
CALL (${call}, ${row}) {
  WITH * WHERE ${row}.date IS NOT NULL
  MATCH (u:Call {contact: ${contactKey(`${row}.participants`)}, undated: true})
  WHERE u <> ${call} AND ${participantsOf('u')} = ${row}.participants
    AND EXISTS { MATCH (a:Article)-[:REPORTS]->(u)
                 WHERE a.publishedOn >= date(${row}.date) AND a.publishedOn <= date(${row}.date) + duration({days: $sameContactDays}) }
  CALL (${call}, u) {
    MATCH (a:Article)-[r:REPORTS]->(u)
    MERGE (a)-[moved:REPORTS {start: r.start}]->(${call})
    SET moved += properties(r)
  }
  CALL (${call}, u) {
    MATCH (u)-[:DISCUSSED]->(t:Topic)
    MERGE (${call})-[:DISCUSSED]->(t)
  }
  CALL (${call}, u) {
    MATCH (t:Tweet)-[:ABOUT]->(u)
    MERGE (t)-[:ABOUT]->(${call})
  }
  FOREACH (_ IN CASE WHEN ${call}.medium = 'unspecified' AND u.medium <> 'unspecified' THEN [1] ELSE [] END |
    SET ${call}.medium = u.medium, ${call}.cameo = u.cameo, ${call}.ploverMode = u.ploverMode)
  WITH *
  ${untallyCall('u').replace(/\n/g, '\n  ')}
  DETACH DELETE u
}`;
