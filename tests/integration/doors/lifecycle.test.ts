/**
 * Neo4j never outlives its owner (issue 16) and the CLI finds a running local server through
 * DATA_DIR (issue 17), with the commands as users run them: SIGKILL of `serve` and of `ingest`
 * leaves no Neo4j 10 s later, the next start works, and `ingest` run with only DATA_DIR shares the
 * Neo4j that `serve` started on another port, without stopping it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../helpers/free-port.js';
import { projectRoot, runService } from '../../helpers/run-service.js';
import { eventually, startCli } from '../../helpers/run-cli.js';
import { readServerRecord, recordFile } from '../../../src/graph/local-server-record.js';
import { portAnswers } from '../../../src/graph/neo4j-server.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the local Neo4j and the process that owns it', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-lifecycle-'));
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', SEED_ON_EMPTY: 'true' };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops within 10 s when `serve` is killed with SIGKILL, and the next start works', async () => {
    const service = await runService(env);
    const record = readServerRecord(dataDir)!;
    expect(record).toMatchObject({ boltPort: Number(env.NEO4J_BOLT_PORT), ownerPid: service.child.pid });
    expect(alive(record.neo4jPid)).toBe(true);

    await service.stop('SIGKILL');
    expect(await eventually(() => !alive(record.neo4jPid), 10_000)).toBe(true);
    expect(await portAnswers(record.boltPort)).toBe(false);

    const again = await runService(env);
    try {
      const res = await fetch(`${again.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(res.status).toBe(200);
      expect(readServerRecord(dataDir)!.neo4jPid).not.toBe(record.neo4jPid);

      // The CLI, given only DATA_DIR, finds this server on its port and leaves it running.
      const ingest = startCli(['ingest', '--no-progress', join(projectRoot, 'seeds/000_58b2ec0da89f2029.txt')], { DATA_DIR: dataDir });
      const result = await ingest.done;
      expect(result.stderr).not.toMatch(/locked|Exception/);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/ingested 1 of 1 articles/);
      expect(alive(readServerRecord(dataDir)!.neo4jPid)).toBe(true);
      expect((await fetch(`${again.url}/health`)).status).toBe(200);
    } finally {
      expect(await again.stop('SIGTERM')).toBe(0);
    }
    expect(existsSync(recordFile(dataDir))).toBe(false);
  }, 300_000);

  it('stops within 10 s when `ingest` is killed with SIGKILL while it runs its own Neo4j', async () => {
    const ingest = startCli(['ingest', '--no-progress', join(projectRoot, 'seeds')], env);
    expect(await eventually(() => readServerRecord(dataDir) !== null, 150_000)).toBe(true);
    const record = readServerRecord(dataDir)!;
    expect(record.ownerPid).toBe(ingest.child.pid);
    ingest.child.kill('SIGKILL');
    await ingest.done;
    expect(await eventually(() => !alive(record.neo4jPid), 10_000)).toBe(true);
    expect(await portAnswers(record.boltPort)).toBe(false);
  }, 200_000);
});
