/**
 * Streams the graph (or a filtered subgraph) as nodes, then relationships, one page per read
 * statement: memory holds one page, never the graph. Relationships whose end node has no key
 * label cannot be named outside this database; they are counted in `unnamed` and left out.
 *
 * @example
 *   const reader = await openGraphReader(store, { country: 'UA' });
 *   reader.survey.totals; // { nodes: 42, relationships: 97 }
 *   for await (const item of reader.items()) …
 */
import type { GraphStore, Row } from './graph-store.js';
import { exportSections, pageStatement, START, surveyStatement, type Cursor, type ExportFilter, type Section } from './export-sections.js';
import { plainType, propertiesOf, type GraphItem } from './graph-item.js';
import { readNodeKeys, type NodeKey } from './node-keys.js';

export interface GraphSurvey {
  totals: { nodes: number; relationships: number };
  /** Property name → the types it holds, per kind; exporters derive headers and attribute types from it. */
  nodeProperties: Map<string, Set<string>>;
  relationshipProperties: Map<string, Set<string>>;
}

export interface GraphReader {
  survey: GraphSurvey;
  /** Relationships left out so far because an end has no key. */
  readonly unnamed: number;
  items(): AsyncGenerator<GraphItem>;
}

export async function openGraphReader(store: GraphStore, filter: ExportFilter = {}, pageSize = 5000): Promise<GraphReader> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new TypeError(`openGraphReader: pageSize must be a positive integer, got ${pageSize}`);
  const keys = await readNodeKeys(store);
  const sections = exportSections(keys, filter);
  const survey: GraphSurvey = { totals: { nodes: 0, relationships: 0 }, nodeProperties: new Map(), relationshipProperties: new Map() };
  for (const section of sections) {
    const [row] = await store.read(surveyStatement(section, filter, keys));
    const node = section.kind === 'node';
    survey.totals[node ? 'nodes' : 'relationships'] += Number(row?.total ?? 0);
    const into = node ? survey.nodeProperties : survey.relationshipProperties;
    for (const [name, type] of (row?.properties ?? []) as Array<[string, string]>) {
      if (!into.has(name)) into.set(name, new Set());
      into.get(name)!.add(plainType(type));
    }
  }
  const state = { unnamed: 0 };
  return {
    survey,
    get unnamed() {
      return state.unnamed;
    },
    async *items() {
      for (const section of sections) yield* readSection(store, section, filter, keys, pageSize, state);
    },
  };
}

async function* readSection(
  store: GraphStore,
  section: Section,
  filter: ExportFilter,
  keys: NodeKey[],
  pageSize: number,
  state: { unnamed: number },
): AsyncGenerator<GraphItem> {
  let cursor: Cursor = START;
  for (;;) {
    const rows = await store.read(pageStatement(section, cursor, pageSize, filter, keys));
    for (const row of rows) {
      const item = toItem(section, row, keys);
      if (item) yield item;
      else state.unnamed++;
    }
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = { key: String(last.key), rel: String(last.rel ?? '') };
  }
}

function toItem(section: Section, row: Row, keys: NodeKey[]): GraphItem | null {
  const props = propertiesOf(row.props as Array<[string, string, unknown]>);
  const start = { label: section.label, property: section.property, value: String(row.key) };
  if (section.kind === 'node') return { kind: 'node', labels: [...(row.labels as string[])].sort(), key: start, ...props };
  const endLabel = row.endLabel as string | null;
  if (!endLabel || row.endKey === null || row.endKey === undefined) return null;
  const property = keys.find((k) => k.label === endLabel)!.property;
  return { kind: 'relationship', type: String(row.type), start, end: { label: endLabel, property, value: String(row.endKey) }, ...props };
}
