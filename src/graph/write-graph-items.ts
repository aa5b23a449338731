/**
 * Writes a batch of graph items (nodes and relationships named by their keys, graph-item.ts) in
 * ONE write transaction: one statement per key label (nodes, first) and per type and end labels
 * (relationships). Nodes MERGE on their key; a relationship is created unless the same one is
 * already there, so writing the batch twice changes nothing (import-item-statements.ts).
 *
 * The contact aggregate (contact-tally-cypher.ts) is not copied: the edges an export holds count
 * the calls of the graph it came from (all of them, even in a filtered export), and adding them to
 * a graph that shares pairs would count twice. The batch ends instead, in the same transaction,
 * with the writer's own tally of the calls it touched, which counts each call once for each pair
 * it was not yet counted for (`Call.tallied`, kept by the target graph, never copied).
 *
 * @example
 *   await writeGraphItems(store, items); // { nodes: 400, relationshipsCreated: 803, missingEnds: 0, aggregateLines: 40 }
 */
import { tallyContactsStatement } from './contact-tally-cypher.js';
import type { GraphItem, GraphNode, GraphRelationship } from './graph-item.js';
import type { GraphStore, Statement } from './graph-store.js';
import { nodeMergeStatement, relationshipCreateStatement } from './import-item-statements.js';

export interface GraphItemsReport {
  nodes: number;
  relationshipsCreated: number;
  /** Relationships whose start or end node is not in the graph: not written. */
  missingEnds: number;
  /** Lines of the contact aggregate: not copied, the aggregate is counted from the calls instead. */
  aggregateLines: number;
}

/** The contact aggregate's relationships, and the call property that records what it counted. */
const AGGREGATE_TYPES = new Set(['CONTACTED', 'CONTACTED_IN']);
const TALLY_PROPERTY = 'tallied';

const isAggregate = (item: GraphItem) => item.kind === 'relationship' && AGGREGATE_TYPES.has(item.type);
const isCall = (ref: { label: string; property: string }) => ref.label === 'Call' && ref.property === 'id';

/** A call node without its tally mark: the target graph's mark (or none) says what is counted there. */
function withoutTally(item: GraphItem): GraphItem {
  if (item.kind !== 'node' || !isCall(item.key) || !(TALLY_PROPERTY in item.properties)) return item;
  const { [TALLY_PROPERTY]: _p, ...properties } = item.properties;
  const { [TALLY_PROPERTY]: _t, ...types } = item.types;
  return { ...item, properties, types };
}

export async function writeGraphItems(store: GraphStore, items: GraphItem[]): Promise<GraphItemsReport> {
  const copied = items.filter((item) => !isAggregate(item)).map(withoutTally);
  const report: GraphItemsReport = { nodes: 0, relationshipsCreated: 0, missingEnds: 0, aggregateLines: items.length - copied.length };
  if (copied.length === 0) return report;
  const { statements, nodes, relationshipStatements } = statementsFor(copied);
  // The calls whose participants the batch may have added (or that are new): counted by the tally
  // statement, which skips those already counted for all their participants.
  const touched = copied.flatMap((item) =>
    item.kind === 'node' ? (isCall(item.key) ? [item.key.value] : []) : item.type === 'TOOK_PART_IN' && isCall(item.end) ? [item.end.value] : [],
  );
  const tally = tallyContactsStatement(touched);
  const results = await store.writeAll(tally ? [...statements, tally] : statements);
  report.nodes = nodes;
  for (const [row] of results.slice(statements.length - relationshipStatements, statements.length)) {
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
