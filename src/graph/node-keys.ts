/**
 * Which property names a node of each label: the graph model's keys, read from the uniqueness
 * constraints of schema/constraints.cypher (said once, there), extended by any other
 * single-property uniqueness constraint the database has — except the service's own bookkeeping
 * (`(:Migration)`, migrate.ts), which is not the user's data. Exports page through nodes by these
 * keys and name nodes by them; `import jsonl` MERGEs on them.
 *
 * @example
 *   modelNodeKeys(); // { Actor: 'id', Article: 'id', Call: 'id', …, Country: 'code', Topic: 'name', Tweet: 'id' }
 *   await readNodeKeys(store); // [{ label: 'Actor', property: 'id' }, …, { label: 'Country', property: 'code' }, …]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSchemaDir } from './apply-schema.js';
import type { GraphStore } from './graph-store.js';

export interface NodeKey {
  label: string;
  property: string;
}

/** Labels of the service's bookkeeping nodes: never exported, never imported. */
export const INTERNAL_LABELS: ReadonlySet<string> = new Set(['Migration']);

/** `FOR (n:Country) REQUIRE n.code IS UNIQUE` → Country, code. */
const UNIQUE_KEY = /FOR\s*\(\s*(\w+)\s*:\s*(\w+)\s*\)\s*REQUIRE\s+\1\.(\w+)\s+IS\s+UNIQUE/gi;

let modelKeys: Readonly<Record<string, string>> | undefined;

/** The model's node keys, label → property, from the project's schema/constraints.cypher (read once). */
export function modelNodeKeys(): Readonly<Record<string, string>> {
  modelKeys ??= constraintKeys(readFileSync(join(findSchemaDir(), 'constraints.cypher'), 'utf8'));
  return modelKeys;
}

/** The single-property uniqueness constraints a constraints script creates, label → property, by label (internal labels left out). */
export function constraintKeys(script: string): Record<string, string> {
  const keys = [...script.matchAll(UNIQUE_KEY)].filter(([, , label]) => !INTERNAL_LABELS.has(label)).map(([, , label, property]) => [label, property]);
  return Object.fromEntries(keys.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Model keys plus the database's single-property uniqueness constraints (internal labels left out), sorted by label. */
export async function readNodeKeys(store: GraphStore): Promise<NodeKey[]> {
  const keys = new Map(Object.entries(modelNodeKeys()));
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
