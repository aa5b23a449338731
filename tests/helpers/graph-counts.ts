/** Node and relationship counts and a content fingerprint of the whole graph, to prove that a write changed nothing. */
import neo4j, { type Driver } from 'neo4j-driver';
import { GraphStore } from '../../src/graph/graph-store.js';

export function testDriver(): Driver {
  return neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!));
}

export function testStore(): GraphStore {
  return new GraphStore(testDriver());
}

export async function clearGraph(store: GraphStore): Promise<void> {
  await store.writeAll([{ cypher: 'MATCH (n) DETACH DELETE n', params: {} }]);
}

export async function graphCounts(store: GraphStore): Promise<{ nodes: number; relationships: number; articles: number; calls: number }> {
  const [row] = await store.read({
    cypher: `CALL { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes }
             CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
             CALL { MATCH (a:Article) RETURN count(a) AS articles }
             CALL { MATCH (c:Call) RETURN count(c) AS calls }
             RETURN nodes, relationships, articles, calls`,
    params: {},
  });
  return row as { nodes: number; relationships: number; articles: number; calls: number };
}

/** Sorted-key JSON, so property order never changes a fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A fingerprint of every node's labels and properties and every relationship's type, ends and
 * properties (ingestedAt left out). `(:Migration)` nodes record what applySchema did to the
 * database, not what it holds: left out here and in graphCounts.
 */
export async function graphFingerprint(store: GraphStore): Promise<string> {
  const nodes = await store.read({
    cypher: 'MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS props',
    params: {},
  });
  const rels = await store.read({
    cypher: `MATCH (a)-[r]->(b)
             RETURN type(r) AS type, coalesce(a.id, a.code, a.name) AS from, coalesce(b.id, b.code, b.name) AS to, properties(r) AS props`,
    params: {},
  });
  const strip = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => k !== 'ingestedAt'));
  const lines = [
    ...nodes.map((n) => canonical({ labels: [...(n.labels as string[])].sort(), props: strip(n.props as Record<string, unknown>) })),
    ...rels.map((r) => canonical({ ...r, props: strip(r.props as Record<string, unknown>) })),
  ].sort();
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
