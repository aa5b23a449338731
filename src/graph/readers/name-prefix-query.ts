/**
 * The Lucene query that finds names as they are typed: every word matches itself, boosted, or as
 * the start of a longer word ("Zelen" finds Zelenskyy, "Olaf Sch" finds Olaf Scholz before any
 * other Olaf). A prefix match scores a constant in Lucene, so a whole word typed out ranks above
 * the names it merely begins. Takes text escaped by escape-lucene.ts: appending `*` after an
 * escaped character keeps it literal.
 *
 * @example
 *   namePrefixQuery(escapeLucene('Olaf Sch')); // 'Olaf^2 Olaf* Sch^2 Sch*'
 */
export function namePrefixQuery(escaped: string): string {
  return escaped
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => `${word}^2 ${word}*`)
    .join(' ');
}
