/**
 * The operation names of the trusted (persisted) documents, the explorer's operations
 * (use-trusted-documents.ts): the names the metrics always label by (operation-label.ts).
 * No manifest (not built yet): no names.
 *
 * @example
 *   trustedOperationNames(); // ['ActorCalls', 'ContactAdded', 'Leader', …]
 */
import { existsSync, readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { DEFAULT_MANIFEST } from '../use-trusted-documents.js';

export function trustedOperationNames(manifest = DEFAULT_MANIFEST): string[] {
  if (!existsSync(manifest)) return [];
  const documents = Object.values(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>);
  return documents
    .filter((document): document is string => typeof document === 'string')
    .flatMap((document) => parse(document).definitions)
    .flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : []));
}
