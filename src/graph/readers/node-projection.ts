/**
 * A node's map with only the properties a query reads. Whole maps cost the server, the driver and
 * the service's memory: an actor carries its aliases, handles and search text, a page of 100 calls
 * with their participants and posts read whole took 9.6 ms at scale M, and 5.4 ms read as the query
 * selected it (bench/results/M.notes.md). Dates come as text, as in every node map (temporal-text.ts).
 * The node's key (`id`, or `code` for a country) is always read: pages, cursors and loaders key on it.
 *
 * @example
 *   projectNode('n', 'Call', ['date', 'medium']); // "n {.id, date: toString(n.date), .medium}"
 *   projectNode('n', 'Actor');                    // "n {.*}": every property
 *   mergeProperties([['name'], ['country', 'name']]); // ['country', 'name']
 *   mergeProperties([['name'], undefined]);           // undefined: one asks for every property
 */
import { modelNodeKeys } from '../node-keys.js';
import { nodeWithTextDates, temporalProperties } from './temporal-text.js';

/** A node label of the model (schema/constraints.cypher), whose maps a query may narrow. */
export type ProjectedLabel = string;

/** Property names to read, or undefined for all of them. */
export type Properties = readonly string[] | undefined;

// Property names come from the API's own table (src/graphql/selection-reads.ts), never from input;
// checked all the same, since they become part of the statement's text.
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export function projectNode(v: string, label: ProjectedLabel, properties?: Properties): string {
  const key = modelNodeKeys()[label];
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
