/**
 * Issue 16: Neo4j never outlives its owner. `serve` and `ingest` are started as users start them,
 * each with the local Neo4j of a fresh DATA_DIR, and killed with SIGKILL once that Neo4j runs;
 * the check measures how long the JVM (its pid from DATA_DIR/local-neo4j.json) survives its
 * owner, then starts the same command again on the same DATA_DIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readServerRecord } from '../../src/graph/local-server-record.js';
import type { AttackRow } from './attack-row.js';
import { alive, diplograph, freePort, projectRoot, waitFor, waitHealthy } from './run-command.js';

const GONE_WITHIN_MS = 10_000;
// A first start seeds the graph: minutes when the machine is shared with other JVMs.
const START_MS = 420_000;

async function killAndMeasure(dataDir: string, command: ReturnType<typeof diplograph>, what: string): Promise<AttackRow> {
  const record = readServerRecord(dataDir);
  if (!record) return { check: `SIGKILL of ${what}: Neo4j gone after`, target: '≤ 10 s', measured: 'no Neo4j was recorded', pass: false };
  command.child.kill('SIGKILL');
  await command.exited;
  const ms = await waitFor(() => !alive(record.neo4jPid), 30_000);
  return {
    check: `SIGKILL of ${what}: Neo4j gone after`,
    target: '≤ 10 s',
    measured: ms === null ? 'still running after 30 s' : `${(ms / 1000).toFixed(1)} s`,
    pass: ms !== null && ms <= GONE_WITHIN_MS,
  };
}

export async function lifecycleChecks(log: (m: string) => void = () => {}): Promise<AttackRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-attack-lifecycle-'));
  const env = async () => ({ DATA_DIR: dataDir, PORT: String(await freePort()), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' });
  const rows: AttackRow[] = [];
  try {
    log('lifecycle: serve, then SIGKILL');
    const first = await env();
    const serve = diplograph(['serve'], first);
    await waitHealthy(`http://127.0.0.1:${first.PORT}/health`, serve, START_MS);
    rows.push(await killAndMeasure(dataDir, serve, '`serve`'));

    log('lifecycle: serve again on the same DATA_DIR');
    const second = await env();
    const again = diplograph(['serve'], second);
    let restarted = 'answered /health';
    try {
      await waitHealthy(`http://127.0.0.1:${second.PORT}/health`, again, START_MS);
    } catch (err) {
      restarted = (err as Error).message.split('\n')[0];
    }
    again.child.kill('SIGTERM');
    const stopped = await again.exited;
    rows.push({ check: 'after the SIGKILL of `serve`, the next `serve` starts', target: '/health 200, exit 0 on SIGTERM', measured: `${restarted}, exit ${stopped}`, pass: restarted === 'answered /health' && stopped === 0 });

    log('lifecycle: ingest, then SIGKILL once its Neo4j runs');
    const ingest = diplograph(['ingest', '--no-progress', join(projectRoot, 'seeds')], await env());
    await waitFor(() => readServerRecord(dataDir) !== null || ingest.child.exitCode !== null, START_MS);
    rows.push(await killAndMeasure(dataDir, ingest, '`ingest`'));

    log('lifecycle: ingest again on the same DATA_DIR');
    const next = diplograph(['ingest', '--no-progress', join(projectRoot, 'seeds/000_58b2ec0da89f2029.txt')], await env());
    const code = await next.exited;
    rows.push({ check: 'after the SIGKILL of `ingest`, the next `ingest` runs', target: 'exit 0', measured: `exit ${code}`, pass: code === 0 });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
