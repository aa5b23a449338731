/** Small helpers the statements' row builders share: lists and fields of facts. */

/** The values in first-seen order, each once. */
export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** A fact's optional reference as a list a Cypher FOREACH can walk: null → [], x → [x]. */
export function listOf<T>(value: T | null | undefined): T[] {
  return value === null || value === undefined ? [] : [value];
}

/** The named fields of a fact, as a statement's row carries them: `fieldsOf(incident, ['id', 'kind'])` → `{ id, kind }`. */
export function fieldsOf<T, K extends keyof T>(fact: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, fact[key]])) as Pick<T, K>;
}
