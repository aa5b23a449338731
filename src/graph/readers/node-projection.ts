/**
 * A node's map as a statement returns it: its dates as ISO text, and only the properties a query
 * reads.
 *
 * Dates as text, converted by the server: neo4j-driver decodes every Date with 64-bit integer
 * arithmetic, about 20 µs a value here, and two thirds of a 500-person contact network's time went
 * to its 5,000 edge dates (bench/results/S.notes.md); toPlain (graph-store.ts) turned them into the
 * same strings afterwards anyway. Which properties are dates is not listed here: the SDL says it.
 * Of each node label of the model (its key constraint in schema/constraints.cypher), the SDL type
 * of the same name declares its dates as fields of type Date or DateTime; such a field reads the
 * property of its own name, or those its `@stored(as:)` names (annotated-sdl.ts). Adding a dated
 * property is one SDL field.
 *
 * Only what is read: whole maps cost the server, the driver and the service's memory. An actor
 * carries its aliases, handles and search text; a page of 100 calls with their participants and
 * posts read whole took 9.6 ms at scale M, and 5.4 ms read as the query selected it
 * (bench/results/M.notes.md). The node's key (`id`, or `code` for a country) is always read:
 * pages, cursors and loaders key on it.
 *
 * @example
 *   nodeWithTextDates('c', 'Call'); // "c {.*, date: toString(c.date)}"
 *   nodeWithTextDates('n', 'Actor'); // "n {.*}": an actor has no dates
 *   nodeWithTextDates('n');         // every temporal property any label has
 *   projectNode('n', 'Call', ['date', 'medium']); // "n {.id, date: toString(n.date), .medium}"
 *   projectNode('n', 'Actor');                    // "n {.*}": every property
 *   mergeProperties([['name'], ['country', 'name']]); // ['country', 'name']
 *   mergeProperties([['name'], undefined]);           // undefined: one asks for every property
 */
import { Kind, type ConstDirectiveNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { annotatedSdl } from '../annotated-sdl.js';
import { modelNodeKeys } from '../node-keys.js';

/** The model's node keys (`id`, `code` for a country …), read once when the readers load, not per statement. */
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

let temporal: Readonly<Record<string, readonly string[]>> | undefined;

/** Label → its temporal properties, for every node label of the model; derived once. */
function temporalOfLabels(): Readonly<Record<string, readonly string[]>> {
  if (temporal) return temporal;
  const dates = new Map<string, Set<string>>();
  for (const d of annotatedSdl().definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const own = dates.get(d.name.value) ?? new Set<string>();
    for (const field of d.fields ?? []) for (const property of datesOf(field)) own.add(property);
    dates.set(d.name.value, own);
  }
  temporal = Object.fromEntries(Object.keys(nodeKeys).map((label) => [label, [...(dates.get(label) ?? [])]]));
  return temporal;
}

/** The label's temporal properties (none for a label without dates). */
export function temporalProperties(label: string): readonly string[] {
  return temporalOfLabels()[label] ?? [];
}

/** `v {.*}` with the label's temporal properties as text; without a label, those of every label. */
export function nodeWithTextDates(v: string, label?: string, extra = ''): string {
  const props = label ? temporalProperties(label) : [...new Set(Object.values(temporalOfLabels()).flat())];
  const entries = ['.*', ...props.map((p) => `${p}: toString(${v}.${p})`), ...(extra ? [extra] : [])];
  return `${v} {${entries.join(', ')}}`;
}

/** A node label of the model (schema/constraints.cypher), whose maps a query may narrow. */
export type ProjectedLabel = string;

/** Property names to read, or undefined for all of them. */
export type Properties = readonly string[] | undefined;

// Property names come from the API's own table (src/graphql/selection-reads.ts), never from input;
// checked all the same, since they become part of the statement's text.
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export function projectNode(v: string, label: ProjectedLabel, properties?: Properties): string {
  const key = nodeKeys[label];
  if (!key) throw new Error(`projectNode: not a node label of the model (schema/constraints.cypher): ${JSON.stringify(label)}`);
  if (!properties) return nodeWithTextDates(v, label);
  const temporal: readonly string[] = temporalProperties(label);
  const entries = [key, ...[...new Set(properties)].filter((p) => p !== key).sort()].map((p) => {
    if (!NAME.test(p)) throw new Error(`not a property name: ${JSON.stringify(p)}`);
    return temporal.includes(p) ? `${p}: toString(${v}.${p})` : `.${p}`;
  });
  return `${v} {${entries.join(', ')}}`;
}

/** What a batch reads when each of its keys asks for some properties: all of them, sorted; every property if one key asks for every one. */
export function mergeProperties(asked: readonly Properties[]): Properties {
  if (asked.some((p) => p === undefined)) return undefined;
  return [...new Set(asked.flat() as string[])].sort();
}
