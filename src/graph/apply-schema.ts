/**
 * Applies the constraints and indexes in `schema/*.cypher` (every statement is `… IF NOT EXISTS`,
 * so applying twice changes nothing), waits until the indexes are online so that the first
 * queries after start-up never fall back to label scans, then runs the data migrations a
 * database written by an earlier version still needs (migrate.ts).
 *
 * @example
 *   await applySchema(store); // { files: ['constraints.cypher', 'indexes.cypher'], statements: 19, migrations: [] }
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from './graph-store.js';
import { migrate } from './migrate.js';

export interface ApplySchemaOptions {
  /** Folder holding the `*.cypher` files; by default the project's `schema/`. */
  dir?: string;
  /** How long to wait for indexes to come online. */
  awaitSeconds?: number;
}

export interface SchemaReport {
  files: string[];
  statements: number;
  /** Data migrations run by this call (none when the database is up to date). */
  migrations: string[];
}

export async function applySchema(store: GraphStore, options: ApplySchemaOptions = {}): Promise<SchemaReport> {
  const dir = options.dir ?? findSchemaDir();
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  let statements = 0;
  for (const file of files) {
    // Schema commands may not share a transaction with each other's index builds, so one each.
    for (const cypher of splitCypherScript(readFileSync(join(dir, file), 'utf8'))) {
      await store.writeAll([{ cypher, params: {} }]);
      statements++;
    }
  }
  await awaitIndexes(store, options.awaitSeconds ?? 300);
  return { files, statements, migrations: await migrate(store) };
}

/** Blocks until every index is ONLINE (or fails after `seconds`). */
export async function awaitIndexes(store: GraphStore, seconds = 300): Promise<void> {
  await store.read({ cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds } });
}

/**
 * Splits a Cypher script into statements: `//` comment lines are dropped and a statement ends
 * with `;` at the end of a line (a `;` inside a line, e.g. in a string, does not split).
 *
 * @example
 *   splitCypherScript('// note\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n') // ['CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)']
 */
export function splitCypherScript(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*\/\//.test(line));
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    const ends = /;\s*$/.test(line);
    current.push(ends ? line.replace(/;\s*$/, '') : line);
    if (ends) {
      statements.push(current.join('\n').trim());
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements.filter(Boolean);
}

/** The nearest `schema/` folder with Cypher files above this module (works from src/ and dist/). */
export function findSchemaDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'schema');
    if (existsSync(join(candidate, 'constraints.cypher'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`applySchema: no schema/constraints.cypher above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
