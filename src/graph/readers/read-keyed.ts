/**
 * Runs one batched read statement and returns its values in key order. Every reader statement
 * unwinds `$keys` and returns rows `{ key, value }`; a key without a row gets `missing`, so a
 * DataLoader receives exactly one value per key, in the order it asked.
 *
 * @example
 *   const names = await readKeyed(store, { cypher: 'UNWIND $keys AS key … RETURN key, c.name AS value', params: { keys } }, keys, null);
 */
import type { GraphStore, Statement } from '../graph-store.js';

export async function readKeyed<V>(
  store: GraphStore,
  statement: Statement,
  keys: ReadonlyArray<string | number>,
  missing: V,
): Promise<V[]> {
  const rows = await store.read(statement);
  const byKey = new Map<unknown, V>();
  for (const row of rows) byKey.set(row.key, row.value as V);
  return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as V) ?? missing : missing));
}
