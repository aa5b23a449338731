/**
 * The command line's small faults, each run as a user runs it (`bin/diplograph.js` in a child
 * process, against the suite's Neo4j through NEO4J_URI): the same mistake exits the same way in
 * every command, a file in the wrong format is said once, summaries count distinct facts,
 * exports leave out the service's bookkeeping, Ctrl-C still prints a summary, and a missing
 * output folder is named before anything runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/run-service.js';
import { clearGraph, testStore } from '../../helpers/graph-counts.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { applySchema } from '../../../src/graph/apply-schema.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['bin/diplograph.js', ...args], { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: 'warn' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr }))) };
}

const cli = (args: string[]) => start(args).done;
const STACK = /\n\s+at /;

describe('diplograph on the command line: faults a new user meets', () => {
  let store: GraphStore;
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-cli-faults-'));
  const articles = async () => Number((await store.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS n', params: {} }))[0].n);

  beforeAll(async () => {
    store = testStore();
    await clearGraph(store);
    await applySchema(store);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await clearGraph(store);
    await store.close();
  });

  it.each([
    ['extract', ['extract', 'no-such-article.txt']],
    ['ingest', ['ingest', 'no-such-article.txt']],
    ['import', ['import', 'icews', 'no-such-events.tab']],
    ['an unknown option', ['ingest', '--no-such-option', 'x.txt']],
    ['a bad value', ['export', '--format', 'jsonl', '--from', 'yesterday']],
  ])('exits 2 with one line and no stack trace for a usage mistake: %s', async (_, args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr.trim().length).toBeGreaterThan(0);
  });

  it.each([
    ['gdelt', /the first 20 rows cannot be read \(line 1: expected 61 tab-separated columns/],
    ['icews', /the first row cannot be read \(line 1: the first line must be the ICEWS header/],
    ['plover', /the first 20 rows cannot be read \(line 1: /],
    ['jsonl', /the first 20 rows cannot be read \(line 1: not JSON/],
  ])('says once that a comma-separated file is not %s data, exits 2 and writes nothing', async (format, reason) => {
    const file = join(dir, 'events.csv');
    writeFileSync(file, ['id,date,source,target', ...Array.from({ length: 1000 }, (_, i) => `${i},2018-06-01,Putin,Netanyahu`)].join('\n'));
    const run = await cli(['import', format, file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`events\\.csv is not ${format} data: `));
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).toMatch(/; nothing was imported\n$/);
    expect(await articles()).toBe(0);
  });

  it('counts a call two stories report once in the import summary, and says how many articles reported it', async () => {
    const lines = readFileSync(join(projectRoot, 'tests/fixtures/interop/icews-events.tab'), 'utf8').split('\n');
    const putinNetanyahu = lines[1].split('\t');
    // The same call again, as another story reports it (another event id and story id).
    const again = [...putinNetanyahu];
    again[0] = '99999991';
    again[11] = '99999992';
    const file = join(dir, 'one-call-two-stories.tab');
    writeFileSync(file, [lines[0], putinNetanyahu.join('\t'), again.join('\t')].join('\n') + '\n');
    const run = await cli(['import', 'icews', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^icews: 2 rows read, 2 events kept \(1 calls, 0 commitments, 0 incidents, 2 articles\)/);
    const [row] = await store.read({ cypher: 'MATCH (c:Call) RETURN count(c) AS calls', params: {} });
    expect(row.calls).toBe(1);
  });

  it('stops after the article in progress on Ctrl-C, prints the summary and exits 130', async () => {
    const folder = mkdtempSync(join(dir, 'many-'));
    const count = 400;
    for (let i = 0; i < count; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
      writeFileSync(
        join(folder, `${String(i).padStart(3, '0')}.txt`),
        `date 2021-${month}-${day}\nPresident Joe Biden spoke by telephone with Chancellor Olaf Scholz of Germany on Monday (note ${i}).\n`,
      );
    }
    const before = await articles();
    const { child, done } = start(['ingest', folder]);
    // Interrupt once the first article is in the graph.
    const deadline = Date.now() + 60_000;
    while ((await articles()) === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    const summary = run.stdout.match(/ingested (\d+) of 400 articles \((\d+) new, 0 already present\), \d+ facts, 0 failed, (\d+) not started \(interrupted\)/);
    expect(summary).not.toBeNull();
    const [, ingested, created, notStarted] = summary!.map(Number);
    expect(ingested).toBeGreaterThan(0);
    expect(ingested + notStarted).toBe(count);
    // Every article the summary counts is in the graph, whole; nothing else is.
    expect((await articles()) - before).toBe(created);
    expect(run.stderr).toContain('SIGINT: stopping after the article in progress');
  });

  it('leaves the service’s bookkeeping (:Migration) out of a whole-graph export', async () => {
    await store.writeAll([{ cypher: "MERGE (m:Migration {id: 'cli-faults-test'}) ON CREATE SET m.appliedAt = datetime()", params: {} }]);
    const out = join(dir, 'graph.jsonl');
    const run = await cli(['export', '--format', 'jsonl', '--out', out]);
    expect(run.code).toBe(0);
    const items = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(items.some((item) => item.key?.label === 'Call')).toBe(true);
    expect(items.filter((item) => JSON.stringify(item).includes('Migration'))).toEqual([]);
  });

  it('names a missing output folder before anything runs, with exit code 2', async () => {
    const out = join(dir, 'no-such-folder', 'graph.graphml');
    const run = await cli(['export', '--format', 'graphml', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`diplograph export: --out ${JSON.stringify(out)}: the folder ${JSON.stringify(join(dir, 'no-such-folder'))} does not exist; create it first\n`);
  });
});
