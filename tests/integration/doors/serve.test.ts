/**
 * `npm start` as a user runs it: the service starts its own Neo4j in DATA_DIR, loads the seed
 * graph, serves GraphQL and /health, stops in order on SIGTERM, and finds its data on restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { freePort } from '../../helpers/free-port.js';
import { runService } from '../../helpers/run-service.js';

const ZELENSKYY_CALLS = `{ leader(name: "Volodymyr Zelenskyy") { name calls { totalCount edges { node { date medium participants { name } } } } } }`;

async function graphql(base: string, query: string) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), done(true)));
    s.once('error', () => done(false));
  });
}

describe('npm start on its embedded default', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-serve-'));
  let env: Record<string, string>;

  beforeAll(async () => {
    env = { DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_PASSWORD: 'serve-test-password', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts Neo4j, seeds the graph, answers GraphQL, and stops Neo4j cleanly on SIGTERM', async () => {
    const service = await runService(env);
    try {
      const health = await fetch(`${service.url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });

      const { body } = await graphql(service.url, ZELENSKYY_CALLS);
      expect(body.errors).toBeUndefined();
      const calls = body.data.leader.calls.edges.map((e: any) => e.node);
      expect(calls).toHaveLength(3);
      const counterparts = calls.map((c: any) => c.participants.map((p: any) => p.name).filter((n: string) => n !== 'Volodymyr Zelenskyy')).flat().sort();
      expect(counterparts).toEqual(['Joe Biden', 'Olaf Scholz', 'UK Royal Family']);
      expect(calls.every((c: any) => c.date === '2022-03-01')).toBe(true);

      const page = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('GraphiQL');
    } finally {
      expect(await service.stop('SIGTERM')).toBe(0);
    }
    expect(service.output()).toContain('stopped');
    expect(await portOpen(Number(env.NEO4J_BOLT_PORT))).toBe(false);
  }, 240_000);

  it('finds its data again on the next start, without seeding twice', async () => {
    const service = await runService(env);
    try {
      expect(service.output()).not.toContain('loaded the seed graph');
      const { body } = await graphql(service.url, ZELENSKYY_CALLS);
      expect(body.data.leader.calls.totalCount).toBe(3);
    } finally {
      expect(await service.stop('SIGINT')).toBe(0);
    }
  }, 240_000);

  it('refuses a wrong setting with a message naming the variable, before starting anything', async () => {
    await expect(runService({ ...env, PORT: 'not-a-port' }, 20_000)).rejects.toThrow(/PORT="not-a-port"/);
  });
});
