/**
 * Two RFC 4180 CSV files for spreadsheets, `pandas.read_csv` and `neo4j-admin database import`:
 * nodes.csv (`:ID`, `:LABEL`, one column per property) and edges.csv (`:START_ID`, `:END_ID`,
 * `:TYPE`, one column per property), the fixed columns named as neo4j-admin expects. Node ids
 * are "Label:key"; labels are joined with ";"; lists are JSON in their cell; a missing property
 * is an empty cell.
 *
 * @example
 *   const writer = await createCsvWriter({ nodes: nodesSink, edges: edgesSink }, reader.survey);
 *   csvField('Kyiv, "Kiev"')  // '"Kyiv, ""Kiev"""'
 */
import type { GraphNode, GraphRelationship } from '../graph/graph-item.js';
import { nodeId } from '../graph/graph-item.js';
import type { GraphWriter } from './graph-writer.js';
import { propertyColumns, textValue } from './export-values.js';
import type { GraphSurvey } from '../graph/read-graph-items.js';
import type { TextSink } from './text-sink.js';

export function csvField(value: unknown): string {
  const text = textValue(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (values: unknown[]) => `${values.map(csvField).join(',')}\r\n`;

export async function createCsvWriter(sinks: { nodes: TextSink; edges: TextSink }, survey: GraphSurvey): Promise<GraphWriter> {
  const columns = propertyColumns(survey);
  const nodeNames = columns.node.map((c) => c.name);
  const edgeNames = columns.relationship.map((c) => c.name);
  await sinks.nodes.write(csvRow([':ID', ':LABEL', ...nodeNames]));
  await sinks.edges.write(csvRow([':START_ID', ':END_ID', ':TYPE', ...edgeNames]));
  return {
    async node(node: GraphNode) {
      await sinks.nodes.write(csvRow([nodeId(node.key), node.labels.join(';'), ...nodeNames.map((n) => node.properties[n])]));
    },
    async relationship(rel: GraphRelationship) {
      await sinks.edges.write(csvRow([nodeId(rel.start), nodeId(rel.end), rel.type, ...edgeNames.map((n) => rel.properties[n])]));
    },
    async end() {
      await sinks.nodes.close();
      await sinks.edges.close();
    },
  };
}
