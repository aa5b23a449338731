/**
 * A short, stable name for a Cypher statement, for metric labels and span names: its clauses and
 * first label (what an operator reads) and a hash of the whole text (what tells two statements of
 * the same shape apart). Built from the statement text only, never from its parameters; since
 * every value is a parameter, the set of names is the set of statement shapes the code can build.
 *
 * @example
 *   statementName('UNWIND $keys AS key\nMATCH (n:Country {code: key}) RETURN key, n {.*} AS value');
 *   // 'UNWIND MATCH Country 286228'
 */
import { createHash } from 'node:crypto';

const CLAUSE = /(?<![:.$`\w])(OPTIONAL MATCH|MATCH|MERGE|CREATE|UNWIND|CALL|DETACH DELETE|DELETE|SET|REMOVE|SHOW|RETURN)\b/gi;
const LABEL = /\(\s*\w*\s*:\s*`?(\w+)/;
/** Shapes are few; the bound only keeps a code path that built unbounded text from growing the cache. */
const CACHE_LIMIT = 2_000;
const cache = new Map<string, string>();

export function statementName(cypher: string): string {
  let name = cache.get(cypher);
  if (name === undefined) {
    name = nameOf(cypher);
    if (cache.size < CACHE_LIMIT) cache.set(cypher, name);
  }
  return name;
}

/** Clauses in order of first use (at most three, RETURN only when nothing else), first label, hash. */
function nameOf(cypher: string): string {
  const clauses: string[] = [];
  for (const [, clause] of cypher.matchAll(CLAUSE)) {
    const upper = clause.toUpperCase().replace(/\s+/g, ' ');
    if (!clauses.includes(upper)) clauses.push(upper);
  }
  const shown = clauses.filter((c) => c !== 'RETURN').slice(0, 3);
  const label = LABEL.exec(cypher)?.[1];
  const hash = createHash('sha1').update(cypher).digest('hex').slice(0, 6);
  return [...(shown.length ? shown : clauses.slice(0, 1)), label, hash].filter(Boolean).join(' ');
}
