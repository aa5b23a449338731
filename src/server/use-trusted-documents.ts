/**
 * Trusted documents: the explorer's operations are persisted at build (`npm run codegen` writes
 * web/src/gql/persisted-documents.json, hash → document) and the page sends their hashes in the
 * persisted-query extension. With `only` (TRUSTED_DOCUMENTS_ONLY, for production) nothing else
 * runs: a request with a document of its own is refused with PERSISTED_QUERY_ONLY, before it is
 * parsed. Without it, hashes still work and GraphiQL, scripts and analysts send documents as before.
 *
 * @example
 *   createYoga({ plugins: [useTrustedDocuments({ only: true })] })
 *   // POST { "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "sha256:6e6b…" } }, "variables": {…} } → runs
 *   // POST { "query": "{ __typename }" } → 400 PERSISTED_QUERY_ONLY
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { ConfigError } from '../config/env.js';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';

export const DEFAULT_MANIFEST = fileURLToPath(new URL('../../web/src/gql/persisted-documents.json', import.meta.url));

export interface TrustedDocumentsOptions {
  /** Only persisted operations run (TRUSTED_DOCUMENTS_ONLY). */
  only: boolean;
  /** The manifest of hash → document; default: the explorer's, web/src/gql/persisted-documents.json. */
  manifest?: string;
}

/** The refusals a client sees, each with a code and a message that says what to send instead. */
const ERRORS = {
  persistedQueryOnly: {
    message: 'this service runs only its trusted (persisted) operations: send the hash of one in extensions.persistedQuery.sha256Hash instead of a query (TRUSTED_DOCUMENTS_ONLY)',
    extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
  },
  notFound: {
    message: 'no trusted operation has this hash: the client was built from other operations than this service holds (run `npm run codegen` and redeploy both)',
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
  },
  keyNotFound: {
    message: 'send the hash of a trusted operation in extensions.persistedQuery.sha256Hash (TRUSTED_DOCUMENTS_ONLY)',
    extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
  },
};

export function useTrustedDocuments(options: TrustedDocumentsOptions): Plugin {
  const documents = readManifest(options.manifest ?? DEFAULT_MANIFEST, options.only);
  const persisted = usePersistedOperations({
    allowArbitraryOperations: !options.only,
    // The manifest names hashes `sha256:<hex>`; Apollo-style clients send the bare hex.
    getPersistedOperation: (hash) => documents.get(hash) ?? documents.get(`sha256:${hash}`) ?? null,
    customErrors: ERRORS,
  });
  if (options.only) return persisted;
  return {
    ...persisted,
    // Development: a request without a hash is yoga's as before (its own error for a missing query).
    onParams(payload) {
      if (defaultExtractPersistedOperationId(payload.params, payload.request, payload.context) === null) return;
      return persisted.onParams?.(payload);
    },
  };
}

/** hash → document. Trusted-only mode without a manifest would refuse everything: that stops the start, as a wrong setting does. */
function readManifest(path: string, required: boolean): Map<string, string> {
  if (!existsSync(path)) {
    if (required) throw new ConfigError([`TRUSTED_DOCUMENTS_ONLY="true": needs the manifest of trusted operations at ${path}: run \`npm run codegen\``]);
    return new Map();
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return new Map(Object.entries(manifest).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
