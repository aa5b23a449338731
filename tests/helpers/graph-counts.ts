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
    cypher: `CALL { MATCH (n) RETURN count(n) AS nodes }
             CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
             CALL { MATCH (a:Article) RETURN count(a) AS articles }
             CALL { MATCH (c:Call) RETURN count(c) AS calls }
             RETURN nodes, relationships, articles, calls`,
    params: {},
  });
  return row as { nodes: number; relationships: number; articles: number; calls: number };
}

/** A fingerprint of every node's labels and properties and every relationship's type, ends and properties (ingestedAt left out). */
export async function graphFingerprint(store: GraphStore): Promise<string> {
  const [row] = await store.read({
    cypher: `CALL { MATCH (n) WITH n ORDER BY elementId(n)
               RETURN collect([labels(n), [k IN keys(n) WHERE k <> 'ingestedAt' | [k, toString(n[k])]]]) AS nodes }
             CALL { MATCH (a)-[r]->(b)
               WITH type(r) AS t, coalesce(a.id, a.code, a.name) AS from, coalesce(b.id, b.code, b.name) AS to,
                    [k IN keys(r) | [k, toString(r[k])]] AS props
               ORDER BY t, from, to, toString(props)
               RETURN collect([t, from, to, props]) AS rels }
             RETURN nodes, rels`,
    params: {},
  });
  const { createHash } = await import('node:crypto');
  const nodes = (row.nodes as unknown[]).map((n) => JSON.stringify(n)).sort();
  return createHash('sha256').update(JSON.stringify([nodes, row.rels])).digest('hex');
}
