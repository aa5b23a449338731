/**
 * `diplograph ingest` as a user runs it, against the suite's Neo4j (NEO4J_URI): folders of
 * articles load one transaction each, re-running changes nothing, and a bad article is reported
 * and skipped while the others load.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/run-service.js';
import { clearGraph, graphCounts, graphFingerprint, testStore } from '../../helpers/graph-counts.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/diplograph.js', ...args], { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: 'warn' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('diplograph ingest', () => {
  let store: GraphStore;
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-ingest-'));

  beforeAll(async () => {
    store = testStore();
    await clearGraph(store);
    copyFileSync(join(projectRoot, 'seeds/000_58b2ec0da89f2029.txt'), join(dir, 'a-seed.txt'));
    writeFileSync(
      join(dir, 'b-readout.txt'),
      'date 2022-05-28\nPresident Emmanuel Macron of France spoke by telephone with Chancellor Olaf Scholz of Germany and President Vladimir Putin of Russia on Saturday.\n',
    );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store.close();
  });

  it('loads every article of a folder and prints a summary', async () => {
    const run = await cli(['ingest', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ingested 2 of 2 articles \(2 new, 0 already present\), \d+ facts, 0 failed/);
    const counts = await graphCounts(store);
    expect(counts.articles).toBe(2);
    expect(counts.calls).toBeGreaterThanOrEqual(4);
  });

  it('changes nothing when the same folder is ingested again', async () => {
    const before = [await graphCounts(store), await graphFingerprint(store)];
    const run = await cli(['ingest', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(0 new, 2 already present)');
    expect([await graphCounts(store), await graphFingerprint(store)]).toEqual(before);
  });

  it('reports a bad article with its reason, skips it, and still loads the others', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'diplograph-ingest-bad-'));
    writeFileSync(join(bad, '1-binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]));
    writeFileSync(join(bad, '2-empty.txt'), '  \n');
    writeFileSync(join(bad, '3-good.txt'), 'date 2023-01-10\nPrime Minister Rishi Sunak met President Joe Biden in Washington on Monday.\n');
    const run = await cli(['ingest', bad]);
    rmSync(bad, { recursive: true, force: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/1-binary\.txt: not ingested: article text looks like binary data/);
    expect(run.stderr).toMatch(/2-empty\.txt: not ingested: article text is empty/);
    expect(run.stdout).toContain('ingested 1 of 3 articles');
    expect((await graphCounts(store)).articles).toBe(3);
  });

  it('names a missing path', async () => {
    const run = await cli(['ingest', join(dir, 'nope.txt')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('no such file or folder');
  });
});
