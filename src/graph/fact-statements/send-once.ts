/**
 * The batch rule of statements whose rows do not refer to the article (an office, a base country,
 * a handle lookup): a row several documents give identically is sent once.
 */
import type { DocumentRowsOf, Row } from './fact-statement.js';

export function sendOnce(documents: DocumentRowsOf[]): Row[] {
  const all = documents.flatMap((d) => d.rows);
  if (documents.length < 2) return all;
  const seen = new Set<string>();
  return all.filter((row) => {
    const key = JSON.stringify(row);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
