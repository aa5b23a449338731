/**
 * The SDL in `schema/*.graphql` (one file per domain), parsed once: the schema the API serves,
 * and the read-model directives (`@relation`, `@stored`, schema/read-model.graphql) that say what
 * each field reads. The served schema leaves the directives out: they describe storage, not the
 * API, so introspection and the printed schema do not show them.
 *
 * @example
 *   const { served, annotated } = typeDefs(); // served → makeExecutableSchema; annotated → read-model.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { concatAST, Kind, parse, visit, type DocumentNode } from 'graphql';

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
/** The directives that describe storage (schema/read-model.graphql). */
export const READ_MODEL_DIRECTIVES: ReadonlySet<string> = new Set(['relation', 'stored']);

/** The SDL files, in name order so the merged schema prints the same every time. */
export function readTypeDefs(dir: URL = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(new URL(file, dir), 'utf8'));
}

let parsed: { served: DocumentNode; annotated: DocumentNode } | undefined;

export function typeDefs(): { served: DocumentNode; annotated: DocumentNode } {
  if (parsed) return parsed;
  const annotated = concatAST(readTypeDefs().map((sdl) => parse(sdl)));
  const served = visit(annotated, {
    [Kind.DIRECTIVE_DEFINITION]: (node) => (READ_MODEL_DIRECTIVES.has(node.name.value) ? null : undefined),
    [Kind.DIRECTIVE]: (node) => (READ_MODEL_DIRECTIVES.has(node.name.value) ? null : undefined),
  });
  parsed = { served, annotated };
  return parsed;
}
