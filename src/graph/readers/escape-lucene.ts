/**
 * Turns user text into a Lucene query that matches its words literally: every character with a
 * meaning in Lucene's query syntax is escaped, and the operator words AND, OR and NOT (operators
 * only in upper case) are lower-cased, so no input can make the full-text query fail or widen.
 *
 * @example
 *   escapeLucene('Biden AND (Putin)'); // 'Biden and \\(Putin\\)'
 *   escapeLucene('AND OR ( ) " ~ * :'); // 'and or \\( \\) \\" \\~ \\* \\:'
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text
    .trim()
    .replace(SPECIAL, (character) => `\\${character}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}
