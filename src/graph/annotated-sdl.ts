/**
 * The SDL of `schema/*.graphql` (one file per domain) as written, with its read-model directives
 * (`@relation`, `@stored`, schema/read-model.graphql), parsed once. It is the one statement of
 * what each node type stores: the readers take from it which properties are dates
 * (storedDates, node-keys.ts), the API what each field reads (src/graphql/read-model.ts) and, with the
 * directives left out, the schema it serves (src/graphql/build-schema.ts).
 *
 * @example
 *   annotatedSdl().definitions.find((d) => 'name' in d && d.name?.value === 'Call'); // type Call { … date: Date … }
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { concatAST, parse, type DocumentNode } from 'graphql';
import { findSchemaDir } from './apply-schema.js';

let parsed: DocumentNode | undefined;

/** The SDL files in name order (so the merged schema prints the same every time), parsed into one document. */
export function annotatedSdl(): DocumentNode {
  if (parsed) return parsed;
  const dir = findSchemaDir();
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql')).sort();
  parsed = concatAST(files.map((file) => parse(readFileSync(join(dir, file), 'utf8'))));
  return parsed;
}
