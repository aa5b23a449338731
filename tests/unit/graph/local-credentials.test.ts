import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/env.js';
import { localPassword, passwordFile } from '../../../src/graph/local-password.js';

describe('no default credentials in production', () => {
  it('refuses the development password in production, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', NEO4J_PASSWORD: 'diplograph' })).toThrow(/NEO4J_PASSWORD=.*development default is refused/);
  });

  it('needs NEO4J_PASSWORD in production with NEO4J_URI', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://db:7687' })).toThrow(ConfigError);
  });

  it('generates a random password for the local server on its first production start, kept 0600 in DATA_DIR', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-password-'));
    const options = { dataDir, password: null, production: true, create: true, devDefault: 'diplograph' };
    const first = localPassword(options);
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.source).toBe(passwordFile(dataDir));
    expect(statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(readFileSync(passwordFile(dataDir), 'utf8').trim()).toBe(first.password);
    expect(localPassword(options).password).toBe(first.password);
    expect(localPassword({ ...options, create: false, production: false }).password).toBe(first.password);
    const other = localPassword({ ...options, dataDir: mkdtempSync(join(tmpdir(), 'diplograph-password-')) });
    expect(other.password).not.toBe(first.password);
  });

  it('uses NEO4J_PASSWORD when set, and the development default only in development', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-password-'));
    expect(localPassword({ dataDir, password: 'chosen-password', production: true, create: true, devDefault: 'diplograph' })).toEqual({ password: 'chosen-password', source: 'NEO4J_PASSWORD' });
    expect(localPassword({ dataDir, password: null, production: false, create: true, devDefault: 'diplograph' }).password).toBe('diplograph');
  });
});
