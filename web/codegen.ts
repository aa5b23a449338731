/**
 * GraphQL Code Generator for the explorer (`npm run codegen`): reads the API's SDL
 * (schema/*.graphql) and every `graphql(`…`)` operation under web/src, and writes web/src/gql/ —
 * the `graphql` function that types each document by its text, the schema's input and result
 * types, and persisted-documents.json (hash → document), the manifest the server trusts with
 * TRUSTED_DOCUMENTS_ONLY (src/server/use-trusted-documents.ts).
 * tests/unit/web/generated-client.test.ts fails when the committed output is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = new URL('..', import.meta.url).pathname;

/** Where the output goes: web/src/gql/ by default; the staleness test points it at a temp dir. */
const out = process.env.CODEGEN_OUT ?? `${root}web/src/gql/`;

const config: CodegenConfig = {
  schema: `${root}schema/*.graphql`,
  documents: [`${root}web/src/**/*.ts`, `!${root}web/src/gql/**`],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: {
        // Fragments only share selections here; results stay plain data, no masking helpers.
        fragmentMasking: false,
        // Each document keeps its text and carries its hash (`__meta__.hash`) for trusted mode.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        // The API's dates travel as ISO strings (schema/common.graphql).
        scalars: { Date: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        // `.js` on the generated relative imports, as Node's ESM resolution (the root tsconfig) wants.
        emitLegacyCommonJSImports: false,
        // Plain strings (not ASTs): the page sends the text or the hash and needs no GraphQL parser.
        documentMode: 'string',
        skipTypename: false,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
