/**
 * GEXF 1.2 for Gephi (and `networkx.read_gexf`): declared node and edge attributes (typed
 * long/double/boolean/string), nodes named "Label:key" with their display label, directed edges
 * labelled with their relationship type. Nodes come first, so `<edges>` opens at the first
 * relationship.
 *
 * @example
 *   const writer = await createGexfWriter(sink, reader.survey);
 */
import type { GraphNode, GraphRelationship } from '../graph/graph-item.js';
import { nodeId } from '../graph/graph-item.js';
import { displayLabel, syntheticName, type GraphWriter } from './graph-writer.js';
import { propertyColumns, textValue, xmlEscape, type Column } from './export-values.js';
import type { GraphSurvey } from '../graph/read-graph-items.js';
import type { TextSink } from './text-sink.js';

export async function createGexfWriter(sink: TextSink, survey: GraphSurvey): Promise<GraphWriter> {
  const columns = propertyColumns(survey);
  const labels = syntheticName('labels', columns.node);
  const type = syntheticName('type', columns.relationship);
  const nodeColumns: Column[] = [{ name: labels, type: 'string' }, ...columns.node];
  const edgeColumns: Column[] = [{ name: type, type: 'string' }, ...columns.relationship];
  const ids = (cols: Column[]) => new Map(cols.map((c, i) => [c.name, String(i)]));
  const nodeIds = ids(nodeColumns);
  const edgeIds = ids(edgeColumns);
  const declare = (cls: string, cols: Column[]) =>
    `    <attributes class="${cls}">\n${cols.map((c, i) => `      <attribute id="${i}" title="${xmlEscape(c.name)}" type="${c.type}"/>\n`).join('')}    </attributes>\n`;
  await sink.write(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta><creator>diplograph</creator><description>diplomatic-contact graph export</description></meta>
  <graph defaultedgetype="directed" mode="static">
${declare('node', nodeColumns)}${declare('edge', edgeColumns)}    <nodes>\n`);

  const attvalues = (cols: Map<string, string>, values: Record<string, unknown>) => {
    const items = Object.entries(values)
      .filter(([name, v]) => cols.has(name) && v !== null && v !== undefined)
      .map(([name, v]) => `<attvalue for="${cols.get(name)}" value="${xmlEscape(textValue(v))}"/>`);
    return items.length > 0 ? `<attvalues>${items.join('')}</attvalues>` : '';
  };
  let edges = 0;
  let inEdges = false;
  const openEdges = async () => {
    if (!inEdges) await sink.write('    </nodes>\n    <edges>\n');
    inEdges = true;
  };

  return {
    async node(node: GraphNode) {
      const values = attvalues(nodeIds, { ...node.properties, [labels]: `:${node.labels.join(':')}` });
      await sink.write(`      <node id="${xmlEscape(nodeId(node.key))}" label="${xmlEscape(displayLabel(node))}">${values}</node>\n`);
    },
    async relationship(rel: GraphRelationship) {
      await openEdges();
      const ends = `source="${xmlEscape(nodeId(rel.start))}" target="${xmlEscape(nodeId(rel.end))}"`;
      const values = attvalues(edgeIds, { ...rel.properties, [type]: rel.type });
      await sink.write(`      <edge id="${edges++}" ${ends} label="${xmlEscape(rel.type)}">${values}</edge>\n`);
    },
    async end() {
      await openEdges();
      await sink.write('    </edges>\n  </graph>\n</gexf>\n');
      await sink.close();
    },
  };
}
