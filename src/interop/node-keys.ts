/**
 * Which property names a node of each label: the graph model's keys (docs/graph-model.md),
 * extended by any other single-property uniqueness constraint the database has, except the
 * service's own bookkeeping (`(:Migration)`, src/graph/migrate.ts), which is not the user's data.
 * Exports page through nodes by these keys and name nodes by them; `import jsonl` MERGEs on them.
 *
 * @example
 *   await readNodeKeys(store); // [{ label: 'Actor', property: 'id' }, …, { label: 'Country', property: 'code' }, …]
 */
import type { GraphStore } from '../graph/graph-store.js';

export interface NodeKey {
  label: string;
  property: string;
}

/** The model's node keys (schema/constraints.cypher). */
export const MODEL_NODE_KEYS: Readonly<Record<string, string>> = {
  Actor: 'id',
  Article: 'id',
  Call: 'id',
  Commitment: 'id',
  Country: 'code',
  Incident: 'id',
  Topic: 'name',
  Tweet: 'id',
};

/** Labels of the service's bookkeeping nodes: never exported, never imported. */
export const INTERNAL_LABELS: ReadonlySet<string> = new Set(['Migration']);

/** Model keys plus the database's single-property uniqueness constraints (internal labels left out), sorted by label. */
export async function readNodeKeys(store: GraphStore): Promise<NodeKey[]> {
  const keys = new Map(Object.entries(MODEL_NODE_KEYS));
  const rows = await store.read({
    cypher: `SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties
WHERE type IN ['UNIQUENESS', 'NODE_KEY'] AND entityType = 'NODE' AND size(labelsOrTypes) = 1 AND size(properties) = 1
RETURN labelsOrTypes[0] AS label, properties[0] AS property`,
    params: {},
  });
  for (const row of rows) {
    const label = String(row.label);
    if (!keys.has(label) && !INTERNAL_LABELS.has(label)) keys.set(label, String(row.property));
  }
  return [...keys].map(([label, property]) => ({ label, property })).sort((a, b) => (a.label < b.label ? -1 : 1));
}

/** Backticks a label, type or property name for Cypher; names come from the schema, never from users. */
export function identifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TypeError(`expected a label, type or property name of letters, digits and _, got ${JSON.stringify(name)}`);
  return `\`${name}\``;
}
