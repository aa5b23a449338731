/**
 * JSON Lines, one node or relationship per line, in the shape `diplograph import jsonl` reads
 * back (graph-item.ts): nodes and relationships named by their keys, with the Neo4j types JSON
 * cannot express (INTEGER, DATE, DATE_TIME …) kept in `types`. Nodes come before relationships.
 *
 * @example
 *   {"kind":"node","labels":["Country"],"key":{"label":"Country","property":"code","value":"UA"},"properties":{"code":"UA","name":"Ukraine"},"types":{}}
 */
import type { GraphNode, GraphRelationship } from '../graph/graph-item.js';
import type { GraphWriter } from './graph-writer.js';
import type { TextSink } from './text-sink.js';

export async function createJsonlWriter(sink: TextSink): Promise<GraphWriter> {
  return {
    node: (node: GraphNode) => sink.write(`${JSON.stringify(node)}\n`),
    relationship: (rel: GraphRelationship) => sink.write(`${JSON.stringify(rel)}\n`),
    end: () => sink.close(),
  };
}
