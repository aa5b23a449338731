/**
 * Helpers for the interop integration tests: the suite's store, clearing, a typed fingerprint of
 * the whole graph (labels, properties with their Neo4j types, relationship types and ends), and
 * running the `import`/`export` commands in process with their output captured.
 */
import { createHash } from 'node:crypto';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { GraphStore, type Row } from '../../../src/graph/graph-store.js';

export function interopStore(): GraphStore {
  return new GraphStore(neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!)));
}

export async function clear(store: GraphStore): Promise<void> {
  await store.writeAll([{ cypher: 'MATCH (n) DETACH DELETE n', params: {} }]);
}

export async function count(store: GraphStore, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await store.read({ cypher, params });
  return Number(Object.values(row ?? { n: 0 })[0]);
}

const PROPS = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]), ${v}[k]]]`;
const KEY = (v: string) => `[labels(${v}), coalesce(${v}.id, ${v}.code, ${v}.name)]`;

/**
 * sha256 over every node (labels, typed properties) and relationship (type, ends, typed properties), sorted:
 * the user's data, so the service's bookkeeping (`:Migration`), which exports leave out, is left out here too.
 */
export async function typedFingerprint(store: GraphStore): Promise<{ hash: string; nodes: number; relationships: number }> {
  const nodes = await store.read({ cypher: `MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, ${PROPS('n')} AS props`, params: {} });
  const rels = await store.read({ cypher: `MATCH (a)-[r]->(b) RETURN type(r) AS type, ${KEY('a')} AS a, ${KEY('b')} AS b, ${PROPS('r')} AS props`, params: {} });
  const canon = (rows: Row[]) =>
    rows.map((row) => JSON.stringify({ ...row, labels: row.labels ? [...(row.labels as string[])].sort() : undefined, props: [...(row.props as unknown[][])].sort() })).sort();
  const hash = createHash('sha256').update(JSON.stringify([canon(nodes), canon(rels)])).digest('hex');
  return { hash, nodes: nodes.length, relationships: rels.length };
}

/** Runs one registered command in process; returns what it wrote and the exit code it set. */
export async function runCommand(register: (program: Command) => void, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command().exitOverride();
  register(program);
  let stdout = '';
  let stderr = '';
  const [out, err] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'diplograph', ...args, '--no-progress']);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = previous;
  }
}
