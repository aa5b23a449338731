/**
 * GraphML for NetworkX (`networkx.read_graphml`), Gephi, yEd and igraph: one `<key>` per property
 * (typed long/double/boolean/string), nodes named "Label:key", edges directed, and besides the
 * properties `labels` (":Actor:Leader"), `label` (the display name) and the edge `type`.
 *
 * @example
 *   const writer = await createGraphmlWriter(sink, reader.survey);
 *   for await (const item of reader.items()) await (item.kind === 'node' ? writer.node(item) : writer.relationship(item));
 *   await writer.end();
 */
import type { GraphNode, GraphRelationship } from '../graph/graph-item.js';
import { nodeId } from '../graph/graph-item.js';
import { displayLabel, syntheticName, type GraphWriter } from './graph-writer.js';
import { propertyColumns, textValue, xmlEscape, type Column } from './export-values.js';
import type { GraphSurvey } from '../graph/read-graph-items.js';
import type { TextSink } from './text-sink.js';

export async function createGraphmlWriter(sink: TextSink, survey: GraphSurvey): Promise<GraphWriter> {
  const columns = propertyColumns(survey);
  const labels = syntheticName('labels', columns.node);
  const label = syntheticName('label', columns.node);
  const type = syntheticName('type', columns.relationship);
  const nodeKeys = new Map<string, string>([[labels, 'n0'], [label, 'n1'], ...columns.node.map((c, i) => [c.name, `n${i + 2}`] as [string, string])]);
  const edgeKeys = new Map<string, string>([[type, 'e0'], ...columns.relationship.map((c, i) => [c.name, `e${i + 1}`] as [string, string])]);
  const key = (id: string, domain: 'node' | 'edge', c: Column) =>
    `  <key id="${id}" for="${domain}" attr.name="${xmlEscape(c.name)}" attr.type="${c.type}"/>\n`;
  let header = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  header += key('n0', 'node', { name: labels, type: 'string' }) + key('n1', 'node', { name: label, type: 'string' });
  columns.node.forEach((c) => (header += key(nodeKeys.get(c.name)!, 'node', c)));
  header += key('e0', 'edge', { name: type, type: 'string' });
  columns.relationship.forEach((c) => (header += key(edgeKeys.get(c.name)!, 'edge', c)));
  await sink.write(`${header}  <graph id="diplograph" edgedefault="directed">\n`);

  const data = (keys: Map<string, string>, values: Record<string, unknown>) =>
    Object.entries(values)
      .filter(([name, v]) => keys.has(name) && v !== null && v !== undefined)
      .map(([name, v]) => `<data key="${keys.get(name)}">${xmlEscape(textValue(v))}</data>`)
      .join('');

  return {
    async node(node: GraphNode) {
      const extra = { [labels]: `:${node.labels.join(':')}`, [label]: displayLabel(node) };
      await sink.write(`    <node id="${xmlEscape(nodeId(node.key))}">${data(nodeKeys, { ...node.properties, ...extra })}</node>\n`);
    },
    async relationship(rel: GraphRelationship) {
      const ends = `source="${xmlEscape(nodeId(rel.start))}" target="${xmlEscape(nodeId(rel.end))}"`;
      await sink.write(`    <edge ${ends}>${data(edgeKeys, { ...rel.properties, [type]: rel.type })}</edge>\n`);
    },
    async end() {
      await sink.write('  </graph>\n</graphml>\n');
      await sink.close();
    },
  };
}
