/**
 * A node or relationship of the graph as the exporters and `import jsonl` see it: plain values
 * plus the Neo4j type of every value JSON cannot tell apart (an INTEGER from a FLOAT, a DATE from
 * a STRING), so a JSON Lines export reads back into the same graph. Nodes are named by their
 * key (`Call` + `id`, `Country` + `code`, `Topic` + `name`), never by internal ids, so an export
 * can be loaded into another database.
 *
 * @example
 *   { kind: 'node', labels: ['Actor', 'Leader'], key: { label: 'Actor', property: 'id', value: 'olaf-scholz' },
 *     properties: { name: 'Olaf Scholz', aliases: ['Scholz'] }, types: {} }
 *   { kind: 'relationship', type: 'REPORTS', start: { label: 'Article', property: 'id', value: 'art_1' },
 *     end: { label: 'Call', property: 'id', value: 'call_1' }, properties: { start: 0, quote: '…' }, types: { start: 'INTEGER' } }
 */

export interface NodeRef {
  label: string;
  property: string;
  value: string;
}

export interface GraphNode {
  kind: 'node';
  labels: string[];
  key: NodeRef;
  properties: Record<string, unknown>;
  /** Neo4j value types (as `valueType()` names them, without NOT NULL) of the values JSON would read back wrongly. */
  types: Record<string, string>;
}

export interface GraphRelationship {
  kind: 'relationship';
  type: string;
  start: NodeRef;
  end: NodeRef;
  properties: Record<string, unknown>;
  types: Record<string, string>;
}

export type GraphItem = GraphNode | GraphRelationship;

/** Types a JSON value reads back as by default: these need no note in `types`. */
const JSON_NATIVE = new Set(['STRING', 'BOOLEAN', 'FLOAT', 'LIST<STRING>', 'LIST<BOOLEAN>', 'LIST<FLOAT>']);

/** `[key, valueType, value]` triples from Cypher → properties and the types worth keeping. */
export function propertiesOf(triples: Array<[string, string, unknown]>): Pick<GraphNode, 'properties' | 'types'> {
  const properties: Record<string, unknown> = {};
  const types: Record<string, string> = {};
  for (const [key, type, value] of [...triples].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    properties[key] = value;
    const plain = plainType(type);
    if (!JSON_NATIVE.has(plain)) types[key] = plain;
  }
  return { properties, types };
}

/** "LIST<INTEGER NOT NULL> NOT NULL" → "LIST<INTEGER>". */
export function plainType(valueType: string): string {
  return valueType.replace(/ NOT NULL/g, '');
}

/** The id exporters give a node: "Country:UA", "Call:call_1a2b". */
export function nodeId(ref: NodeRef): string {
  return `${ref.label}:${ref.value}`;
}
