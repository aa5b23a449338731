/** TRUSTED_DOCUMENTS_ONLY is read once with the rest of the configuration, and cannot start blind. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/env.js';
import { useTrustedDocuments } from '../../../src/server/use-trusted-documents.js';

describe('the TRUSTED_DOCUMENTS_ONLY setting', () => {
  it('is off unless set, in production too', () => {
    expect(loadConfig({}).security.trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).security.trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true' }).security.trustedDocumentsOnly).toBe(true);
  });

  it('refuses a value that is not a yes or a no, naming the variable', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'sometimes' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'sometimes' })).toThrow(/TRUSTED_DOCUMENTS_ONLY="sometimes"/);
  });

  it('stops the start when the manifest of trusted operations is missing, naming it and the command that writes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-trusted-'));
    const manifest = join(dir, 'persisted-documents.json');
    try {
      const start = () => useTrustedDocuments({ only: true, manifest });
      expect(start).toThrow(ConfigError);
      expect(start).toThrow(`TRUSTED_DOCUMENTS_ONLY="true": needs the manifest of trusted operations at ${manifest}: run \`npm run codegen\``);
      // Without the flag a missing manifest only means no hash is known: documents still run.
      expect(() => useTrustedDocuments({ only: false, manifest })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
