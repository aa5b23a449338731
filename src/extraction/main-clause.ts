/**
 * The main clause of an attribution: its text with subordinate and relative clauses blanked, so
 * that a platform or medium named in them is not taken for the quote's own ("…," Lavrov said,
 * responding to a post by Rubio on X — Lavrov did not post; Trump, who has posted about the war,
 * said: "…" — he said it, not posted it).
 *
 * A clause opened by one of SUBORDINATE runs to the next comma, semicolon, colon, dash or quote (a
 * fronted "A day after Zelensky wrote on X that …, Putin said" ends at its comma). Offsets are kept: the
 * blanked words become spaces. Linear: one pass of a regex whose only unbounded part is a single
 * negated character class.
 *
 * @example
 *   mainClause('"    " Lavrov said, responding to a post by Rubio on X.') // '       Lavrov said,                                   '
 */
export const SUBORDINATE_RULE = {
  id: 'post.main-clause',
  example: '"This is unacceptable," Lavrov said, responding to a post by Rubio on X.',
  reason: 'A platform named in a subordinate or relative clause belongs to another act (someone else\'s post, an earlier post), not to the quoted words.',
  words: [
    'responding to', 'in response to', 'reacting to', 'referring to', 'in reply to', 'replying to',
    'after', 'before', 'when', 'whereas', 'while', 'following', 'amid', 'about', 'because', 'since', 'days? later',
    'who', 'whose', 'where', 'and that', 'but', 'despite',
  ],
};

const CLAUSE = new RegExp(`\\b(?:${SUBORDINATE_RULE.words.join('|')})\\b[^,;:"\\u2013\\u2014]*`, 'gi');

/**
 * `text` (quotes masked to their marks: `"   "`) with every subordinate clause blanked and the
 * quote marks turned to spaces; same length. A clause that runs into a quote (stops at a colon
 * or a quote mark: 'Lee, who posted on X: "…"') introduces that quote and stays.
 */
export function mainClause(text: string): string {
  return text.replace(CLAUSE, (m, at: number) => (/^[:"]/.test(text.slice(at + m.length, at + m.length + 1)) ? m : ' '.repeat(m.length))).replace(/"/g, ' ');
}
