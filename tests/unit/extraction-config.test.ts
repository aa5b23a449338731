import { ConfigError, loadConfig } from '../../src/config/env.js';

describe('extraction settings', () => {
  it('gives each article 5 s in one thread by default', () => {
    expect(loadConfig({}).extraction).toEqual({ budgetMs: 5000, threads: 1 });
  });

  it('reads EXTRACTION_TIMEOUT_MS and EXTRACTION_THREADS', () => {
    expect(loadConfig({ EXTRACTION_TIMEOUT_MS: '2000', EXTRACTION_THREADS: '3' }).extraction).toEqual({ budgetMs: 2000, threads: 3 });
  });

  it.each([
    [{ EXTRACTION_TIMEOUT_MS: '50' }, 'EXTRACTION_TIMEOUT_MS="50"'],
    [{ EXTRACTION_TIMEOUT_MS: 'soon' }, 'EXTRACTION_TIMEOUT_MS="soon"'],
    [{ EXTRACTION_THREADS: '0' }, 'EXTRACTION_THREADS="0"'],
  ])('refuses %j with a message naming the variable', (env, named) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(named);
  });
});
