/**
 * What the model says of each node label, said once where it is declared:
 * - its key: the property that names a node, read from the uniqueness constraints of
 *   schema/constraints.cypher, extended by any other single-property uniqueness constraint the
 *   database has — except the service's own bookkeeping (`(:Migration)`, migrate.ts), which is not
 *   the user's data. Exports page through nodes by these keys and name nodes by them; `import
 *   jsonl` MERGEs on them; the readers key their look-ups, relations and node maps on them;
 * - its dates (`storedDates`): the SDL type of the same name declares them as fields of type Date
 *   or DateTime; such a field reads the property of its own name, or those its `@stored(as:)`
 *   names (annotated-sdl.ts). The readers return them as text (relations.ts, nodeWithTextDates).
 * Both tables are derived once, when this module loads, so no statement looks them up anew.
 *
 * @example
 *   modelNodeKeys(); // { Actor: 'id', Article: 'id', Call: 'id', …, Country: 'code', Topic: 'name', Tweet: 'id' }
 *   storedDates.Call; // ['date']; storedDates.Actor: [] (an actor has no dates)
 *   await readNodeKeys(store); // [{ label: 'Actor', property: 'id' }, …, { label: 'Country', property: 'code' }, …]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, type ConstDirectiveNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { annotatedSdl } from './annotated-sdl.js';
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

/** The model's node keys, label → property, as the readers use them in every statement. */
export const nodeKeys: Readonly<Record<string, string>> = modelNodeKeys();

const TEMPORAL_SCALARS: ReadonlySet<string> = new Set(['Date', 'DateTime']);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const directive = (field: FieldDefinitionNode, name: string): ConstDirectiveNode | undefined => field.directives?.find((d) => d.name.value === name);

/** The properties a Date or DateTime field reads: `@stored(as:)` when given, else its own name; none for a relation. */
function datesOf(field: FieldDefinitionNode): string[] {
  if (!TEMPORAL_SCALARS.has(namedType(field.type)) || directive(field, 'relation')) return [];
  const as = directive(field, 'stored')?.arguments?.find((a) => a.name.value === 'as')?.value;
  if (as?.kind === Kind.LIST) return as.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
  return [field.name.value];
}

/** Label → its temporal properties, for every node label of the model. */
function datesOfLabels(): Readonly<Record<string, readonly string[]>> {
  const dates = new Map<string, Set<string>>();
  for (const d of annotatedSdl().definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const own = dates.get(d.name.value) ?? new Set<string>();
    for (const field of d.fields ?? []) for (const property of datesOf(field)) own.add(property);
    dates.set(d.name.value, own);
  }
  return Object.fromEntries(Object.keys(nodeKeys).map((label) => [label, [...(dates.get(label) ?? [])]]));
}

/** Label → the properties it stores as dates (an empty list for a label without dates). */
export const storedDates: Readonly<Record<string, readonly string[]>> = datesOfLabels();
