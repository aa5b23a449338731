/**
 * Writes a batch of graph items (nodes and relationships named by their keys, graph-item.ts) in
 * ONE write transaction: one statement per key label (nodes, first) and per type and end labels
 * (relationships). Nodes MERGE on their key; a relationship is created unless the same one is
 * already there, so writing the batch twice changes nothing (import-item-statements.ts).
 *
 * @example
 *   await writeGraphItems(store, items); // { nodes: 400, relationshipsCreated: 803, missingEnds: 0 }
 */
import type { GraphItem, GraphNode, GraphRelationship } from './graph-item.js';
import type { GraphStore, Statement } from './graph-store.js';
import { nodeMergeStatement, relationshipCreateStatement } from './import-item-statements.js';

export interface GraphItemsReport {
  nodes: number;
  relationshipsCreated: number;
  /** Relationships whose start or end node is not in the graph: not written. */
  missingEnds: number;
}

export async function writeGraphItems(store: GraphStore, items: GraphItem[]): Promise<GraphItemsReport> {
  const report: GraphItemsReport = { nodes: 0, relationshipsCreated: 0, missingEnds: 0 };
  if (items.length === 0) return report;
  const { statements, nodes, relationshipStatements } = statementsFor(items);
  const results = await store.writeAll(statements);
  report.nodes = nodes;
  for (const [row] of results.slice(statements.length - relationshipStatements)) {
    report.relationshipsCreated += Number(row?.created ?? 0);
    report.missingEnds += Number(row?.missing ?? 0);
  }
  return report;
}

/** Groups a batch by key label (nodes) and by type and end labels (relationships): one statement per group. */
function statementsFor(batch: GraphItem[]) {
  const nodeGroups = new Map<string, GraphNode[]>();
  const relGroups = new Map<string, GraphRelationship[]>();
  for (const item of batch) {
    if (item.kind === 'node') {
      const key = `${item.key.label}.${item.key.property}`;
      nodeGroups.set(key, [...(nodeGroups.get(key) ?? []), item]);
    } else {
      const key = `${item.type}|${item.start.label}.${item.start.property}|${item.end.label}.${item.end.property}`;
      relGroups.set(key, [...(relGroups.get(key) ?? []), item]);
    }
  }
  const statements: Statement[] = [];
  for (const items of nodeGroups.values()) statements.push(nodeMergeStatement(items[0].key, items));
  for (const items of relGroups.values()) statements.push(relationshipCreateStatement(items[0], items));
  const nodes = [...nodeGroups.values()].reduce((n, items) => n + items.length, 0);
  return { statements, nodes, relationshipStatements: relGroups.size };
}
