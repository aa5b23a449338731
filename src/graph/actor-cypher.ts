/**
 * Cypher shared by every statement that upserts `(:Actor)` nodes (facts and gazetteer), so an
 * actor looks the same whichever path wrote it first. Fragments only: no values, no parameters.
 */

/**
 * Follows an update of `a.name`, `a.aliases`, `a.handles` and `a.kind`: refreshes `searchText`
 * (full-text indexes skip list properties, so names are joined into one string) and gives the
 * node exactly the label its `kind` names. `kind` is set when the node is created and never
 * changed afterwards, so the label never needs removing.
 */
export const ACTOR_SEARCH_TEXT_AND_LABEL = `SET a.searchText = reduce(s = a.name, x IN a.aliases + a.handles | s + ' | ' + x)
FOREACH (_ IN CASE WHEN a.kind = 'leader' THEN [1] ELSE [] END | SET a:Leader)
FOREACH (_ IN CASE WHEN a.kind = 'official' THEN [1] ELSE [] END | SET a:Official)
FOREACH (_ IN CASE WHEN a.kind = 'institution' THEN [1] ELSE [] END | SET a:Institution)`;

/** Unions `row.aliases` and `row.handles` into the node's lists, keeping their first-seen order. */
export const ACTOR_UNION_NAMES = `SET a.aliases = coalesce(a.aliases, []) + [x IN row.aliases WHERE x <> a.name AND NOT x IN coalesce(a.aliases, [])],
    a.handles = coalesce(a.handles, []) + [x IN row.handles WHERE NOT x IN coalesce(a.handles, [])]`;
