/**
 * The document's actors through the one actor upsert (actor-cypher.ts), filling title and country
 * only while unknown, with the article's MENTIONS edge to each.
 */
import { upsertActor } from '../actor-cypher.js';
import { ARTICLE_ROWS, factStatement, type Row } from './fact-statement.js';
import { fieldsOf, unique } from './row-values.js';
import { markMentionsUnique, MENTIONS } from './mentions-cypher.js';

export const actorsStatement = factStatement({
  name: 'actors',
  cypher: `${ARTICLE_ROWS}
${upsertActor(`FOREACH (_ IN CASE WHEN (a.title IS NULL AND row.title IS NOT NULL) OR (a.country IS NULL AND row.country IS NOT NULL) THEN [1] ELSE [] END |
  SET a.title = coalesce(a.title, row.title), a.country = coalesce(a.country, row.country))`)}
${MENTIONS('a')}`,
  rows: ({ facts, articleId }) =>
    facts.actors.map((a) => ({
      articleId,
      ...fieldsOf(a, ['id', 'kind', 'name', 'title', 'country']),
      aliases: unique(a.aliases.filter((x) => x !== a.name)),
      handles: unique(a.handles ?? []),
    })),
  combine: (documents) => markMentionsUnique(foldActorRows(documents.flatMap((d) => d.rows)), documents),
});

/**
 * The server may read every row's actor before it writes any (an Eager step in the plan), so two
 * rows updating one actor would both add the same new alias. The first row of each actor carries
 * what all its rows bring (first title and country, aliases and handles in order), the later rows
 * nothing but their MENTIONS edge — the result of writing the documents one by one.
 */
function foldActorRows(rows: Row[]): Row[] {
  const first = new Map<unknown, Row>();
  return rows.map((row) => {
    const folded = first.get(row.id);
    if (!folded) {
      const copy = { ...row };
      first.set(row.id, copy);
      return copy;
    }
    folded.title ??= row.title;
    folded.country ??= row.country;
    folded.aliases = unique([...(folded.aliases as string[]), ...(row.aliases as string[])]);
    folded.handles = unique([...(folded.handles as string[]), ...(row.handles as string[])]);
    return { ...row, title: null, country: null, aliases: [], handles: [] };
  });
}
