import { ConfigError, loadConfig } from '../../src/config/env.js';

describe('configuration', () => {
  it('starts on the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', production: false, seedOnEmpty: true });
    expect(config.neo4j).toMatchObject({ externalUri: null, boltPort: 7687, user: 'neo4j' });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('uses an external server when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'a-long-secret' });
    expect(config.neo4j.externalUri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc"'],
    [{ PORT: '70000' }, 'PORT="70000"'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI="http://localhost:7474"'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP="lots"'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV="staging"'],
    [{ SEED_ON_EMPTY: 'maybe' }, 'SEED_ON_EMPTY="maybe"'],
  ])('refuses %j with a message naming the variable', (env, named) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(named);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', NEO4J_PASSWORD: 'short' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });
});
