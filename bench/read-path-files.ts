/**
 * How many files of src/ one request runs code in (issue 18: "a newcomer can follow one request
 * from create-server.ts to its Cypher through at most half today's files"), measured, at HEAD and
 * at a baseline checkout, and written to bench/results/read-path-files.md.
 *
 * Each checkout runs in a child process of its own: its own createServer over the seed graph
 * (its own test seeder: gazetteer and seeds/), the request sent three times to warm up, then V8
 * precise coverage with call counts is taken just before and just after ONE more request. Taking
 * coverage resets the counts, so a function counted in the second take ran for that request; a
 * file counts when one of its functions did (module set-up and tables derived at start-up do not;
 * types and data tables run no function and are not counted). The files are then grouped as
 * docs/read-path.md groups them (read-path-groups.ts).
 *
 * The seeder CLEARS the graph: the script starts a throwaway Neo4j of its own (about 20 s), or
 * uses TEST_NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) if set.
 *
 * @example
 *   git worktree add /tmp/h18-base 692d426 && (cd /tmp/h18-base && npm ci)
 *   npm run read-path:files -- --base /tmp/h18-base
 *   npm run read-path:files -- --base /tmp/h18-base --base /tmp/session-start   # a column per checkout
 *   npm run read-path:files              # HEAD only, printed, no file written
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GROUP_RULES, groupOf, GROUPS, type Group } from './read-path-groups.js';

export const QUERY = '{ leader(id: "joe-biden") { calls(first: 20) { edges { node { date participants { name } } } pageInfo { endCursor } } } }';
const WARM_UP = 3;
const HERE = fileURLToPath(import.meta.url);
const ROOT = resolve(HERE, '../..');

interface Measured {
  root: string;
  commit: string;
  statements: number;
  files: string[];
}

async function measure(root: string): Promise<Measured> {
  const { Session } = await import('node:inspector/promises');
  const at = (path: string) => import(pathToFileURL(join(root, path)).href);
  const { createServer } = await at('src/server/create-server.ts');
  const { createLogger } = await at('src/logger.ts');
  const store = await (await at('tests/helpers/seeded-app.ts')).seededStore({ gazetteer: true });
  let statements = 0;
  const app = createServer({ store, logger: createLogger('silent'), production: false, onStatement: () => statements++ });
  const ask = async () => {
    statements = 0;
    const body = JSON.stringify({ query: QUERY });
    const response = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await response.json()) as { data?: { leader?: { calls?: { edges: unknown[] } } }; errors?: unknown };
    if (answer.errors || !answer.data?.leader?.calls?.edges.length) throw new Error(`the request did not answer with calls: ${JSON.stringify(answer)}`);
    // What runs after the response is written (a statement's span, say) belongs to the request too.
    await new Promise((done) => setTimeout(done, 50));
  };
  for (let i = 0; i < WARM_UP; i++) await ask();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await session.post('Profiler.takePreciseCoverage');
  await ask();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  await store.close();
  const src = pathToFileURL(join(root, 'src')).href + '/';
  const files = result
    .filter((script) => script.url.startsWith(src) && script.functions.some((f) => f.ranges[0].count > 0))
    .map((script) => script.url.slice(src.length).replace(/\?.*$/, ''))
    .sort();
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  // A checkout with uncommitted changes in src/ is not its commit: its label says so.
  const commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src') ? ' (uncommitted changes)' : '');
  return { root, commit, statements, files };
}

/** Each checkout in a process of its own, so neither sees the other's modules or coverage. */
function measureInChild(root: string, env: NodeJS.ProcessEnv): Measured {
  const child = spawnSync(process.execPath, ['--import', 'tsx', HERE, '--child', root], { env, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`read-path-files: measuring ${root} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measured;
}

async function throwawayNeo4j(): Promise<{ env: NodeJS.ProcessEnv; stop(): Promise<void> }> {
  if (process.env.TEST_NEO4J_URI) return { env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI }, stop: async () => {} };
  const { startNeo4j } = await import('../src/graph/neo4j-server.js');
  const { connectNeo4j } = await import('../src/graph/connect-neo4j.js');
  const { freePort } = await import('../tests/helpers/free-port.js');
  const homeDir = mkdtempSync(join(tmpdir(), 'read-path-files-'));
  const server = await startNeo4j({ homeDir, boltPort: await freePort(), heap: '512m', pageCache: '64m' });
  const password = 'read-path-files';
  const driver = await connectNeo4j({ uri: server.uri, user: 'neo4j', password, setInitialPassword: true });
  await driver.close();
  const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password };
  return { env, stop: async () => (await server.stop(), rmSync(homeDir, { recursive: true, force: true })) };
}

function grouped(files: string[]): Map<Group, string[]> {
  const groups = new Map<Group, string[]>(GROUPS.map((g) => [g.id, []]));
  for (const file of files) groups.get(groupOf(file))!.push(file);
  return groups;
}

/** The files the read path takes: every group but the ones outside it. */
export function readPathCount(files: string[]): number {
  return files.filter((file) => GROUPS.find((g) => g.id === groupOf(file))!.onReadPath).length;
}

function report(runs: Measured[]): string {
  const head = `| group | ${runs.map((r) => r.commit).join(' | ')} |\n|---|${runs.map(() => '---:|').join('')}`;
  const rows = GROUPS.map((g) => `| ${g.title} | ${runs.map((r) => grouped(r.files).get(g.id)!.length).join(' | ')} |`);
  const total = `| **on the read path** | ${runs.map((r) => `**${readPathCount(r.files)}**`).join(' | ')} |\n| all files of src/ that ran | ${runs.map((r) => r.files.length).join(' | ')} |\n| statements | ${runs.map((r) => r.statements).join(' | ')} |`;
  const lists = runs.map((r) => {
    const parts = GROUPS.map((g) => `- ${g.title} (${grouped(r.files).get(g.id)!.length}): ${grouped(r.files).get(g.id)!.map((f) => `\`${f}\``).join(', ') || '—'}`);
    return `### ${r.commit}\n\n${parts.join('\n')}`;
  });
  const reasons = GROUP_RULES.map((r) => `- ${GROUPS.find((g) => g.id === r.id)!.title}: ${r.reason}.`);
  return [head, ...rows, total, '', 'How the files are grouped (bench/read-path-groups.ts):', '', ...reasons, '', ...lists].join('\n');
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await measure(resolve(process.argv[3]))));
  process.exit(0);
}
// Each --base is measured in the order given, this checkout last; the verdict sets the first against this one.
const bases = process.argv.flatMap((arg, i) => (arg === '--base' ? [resolve(process.argv[i + 1])] : []));
const roots = [...bases, ROOT];
const neo4j = await throwawayNeo4j();
try {
  const runs = roots.map((root) => measureInChild(root, neo4j.env));
  const table = report(runs);
  console.log(`${QUERY}\n\n${table}`);
  if (runs.length > 1) {
    const [first, last] = [runs[0], runs.at(-1)!];
    const [base, head] = [readPathCount(first.files), readPathCount(last.files)];
    const command = `npm run read-path:files --${runs.slice(0, -1).map((r) => ` --base <checkout of ${r.commit}>`).join('')}`;
    const heading = `# Files one request runs code in (${command})\n\n\`${QUERY}\`\n\n`;
    const verdict = `\nThe read path at ${last.commit}: ${head} files against ${base} at ${first.commit} (half: ${base / 2}).\n`;
    writeFileSync(join(ROOT, 'bench/results/read-path-files.md'), `${heading}${table}\n${verdict}`);
  }
} finally {
  await neo4j.stop();
}
