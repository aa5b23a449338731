/**
 * The explorer's typed client (web/src/gql/) is generated from schema/*.graphql and the
 * operations in web/src/api by `npm run codegen`; CI fails here when the committed output is
 * stale: an operation or the schema changed and the generated types, documents or the manifest of
 * trusted operations did not follow. Fix: `npm run codegen` and commit web/src/gql/.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../../', import.meta.url).pathname;
const committed = join(root, 'web/src/gql');

describe("the explorer's generated client", () => {
  // `npm run codegen` as a user runs it, into a folder of its own (web/codegen.ts reads CODEGEN_OUT).
  const fresh = mkdtempSync(join(tmpdir(), 'diplograph-codegen-'));
  const read = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

  beforeAll(async () => {
    await promisify(execFile)(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'web/codegen.ts'], {
      cwd: root,
      env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
    });
  }, 120_000);

  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is exactly what `npm run codegen` makes of the schema and the operations today, file for file', () => {
    const generated = read(fresh);
    expect(Object.keys(generated)).toContain('persisted-documents.json');
    expect(read(committed)).toEqual(generated);
  });

  it("names each trusted operation by the SHA-256 of its text, the hash the page sends", () => {
    const manifest = JSON.parse(readFileSync(join(fresh, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const names = Object.values(manifest).map((doc) => /\b(?:query|mutation|subscription) (\w+)/.exec(doc)?.[1]);
    expect(names).toEqual(expect.arrayContaining(['Search', 'Network', 'Overview', 'Ingest', 'ActorDetail', 'Dyad']));
    for (const [hash, doc] of Object.entries(manifest)) {
      expect(hash).toBe(`sha256:${createHash('sha256').update(doc).digest('hex')}`);
    }
    // The hashes the documents carry (`__meta__.hash`, what graphql-client.ts sends) are the manifest's.
    const sent = [...readFileSync(join(fresh, 'graphql.ts'), 'utf8').matchAll(/\{"hash":"(sha256:[0-9a-f]{64})"\}/g)].map((m) => m[1]);
    expect(sent.sort()).toEqual(Object.keys(manifest).sort());
  });
});
