/** Small list helpers the statements' row builders share. */

/** The values in first-seen order, each once. */
export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** A fact's optional reference as a list a Cypher FOREACH can walk: null → [], x → [x]. */
export function listOf<T>(value: T | null | undefined): T[] {
  return value === null || value === undefined ? [] : [value];
}
