/**
 * The one actor upsert, shared by every statement that writes `(:Actor)` nodes (an article's
 * actors, the gazetteer's people and institutions), so an actor looks the same whichever path
 * wrote it first. It takes `row` (id, kind, name, aliases, handles) and binds `a`; `properties`
 * is the caller's rule for name, title and country (an article fills what is still unknown, the
 * gazetteer is the authority). Then:
 * - an actor whose country changed gives its calls their INVOLVES edges (involves-cypher.ts);
 * - aliases and handles union in first-seen order; `searchText` joins name, aliases and handles
 *   (full-text indexes skip list properties);
 * - the node gets the label its `kind` names (`kind` is set on create and never changed, so a
 *   label never needs removing).
 * Only what changes is written: a SET of an unchanged value still locks the node (every article
 * about a busy leader would queue on it) and, for searchText, rewrites its full-text index entry.
 * Names are only ever added, never rewritten from values read earlier: the server may read every
 * row's node before it writes any (an Eager step), so rows of one actor in one statement must
 * bring their names in the first row only (actors-statement.ts folds them).
 * Fragment only: no values, no parameters.
 *
 * @example
 *   `UNWIND $rows AS row\n${upsertActor('SET a.name = row.name')}`
 */
import { involvesAfterCountryChange } from './involves-cypher.js';

export const upsertActor = (properties: string) => `MERGE (a:Actor {id: row.id})
ON CREATE SET a.kind = row.kind, a.name = row.name, a.aliases = [], a.handles = []
WITH *, a.country AS countryBefore
${properties}
${involvesAfterCountryChange}
WITH *, [x IN row.aliases WHERE x <> a.name AND NOT x IN coalesce(a.aliases, [])] AS newAliases,
     [x IN row.handles WHERE NOT x IN coalesce(a.handles, [])] AS newHandles
FOREACH (_ IN CASE WHEN size(newAliases) + size(newHandles) > 0 OR a.searchText IS NULL
                        OR a.searchText <> reduce(s = a.name, x IN coalesce(a.aliases, []) + coalesce(a.handles, []) | s + ' | ' + x) THEN [1] ELSE [] END |
  SET a.searchText = reduce(s = a.name, x IN coalesce(a.aliases, []) + newAliases + coalesce(a.handles, []) + newHandles | s + ' | ' + x),
      a.aliases = coalesce(a.aliases, []) + newAliases,
      a.handles = coalesce(a.handles, []) + newHandles)
FOREACH (_ IN CASE WHEN a.kind = 'leader' AND NOT a:Leader THEN [1] ELSE [] END | SET a:Leader)
FOREACH (_ IN CASE WHEN a.kind = 'official' AND NOT a:Official THEN [1] ELSE [] END | SET a:Official)
FOREACH (_ IN CASE WHEN a.kind = 'institution' AND NOT a:Institution THEN [1] ELSE [] END | SET a:Institution)`;
