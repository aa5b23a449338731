/**
 * Which files of src/ run code for one API request: the count docs/read-path.md gives, measured
 * rather than traced by hand. The graph is seeded with the test seeder (gazetteer and seed article),
 * the request is sent once through `createServer`, then again under V8's precise coverage with call
 * counts; a file counts when one of its functions ran during that second request (module set-up and
 * tables derived at start-up do not). Types and data that only shape the statement's text (page
 * shapes, the page key) run no function and are not counted here; read-path.md lists them.
 *
 * The seeder CLEARS the graph, so it runs only against a throwaway Neo4j named by TEST_NEO4J_URI
 * (with NEO4J_USER and NEO4J_PASSWORD), such as the test suite's. `root` may be another checkout of
 * the project (e.g. `git archive 5cbb3d2 | tar -x -C /tmp/old`, node_modules linked): commits before
 * the test seeder moved to tests/helpers/seeded-app.ts seed through tests/integration/api/fixtures.ts.
 *
 * @example
 *   TEST_NEO4J_URI=bolt://127.0.0.1:7688 NEO4J_PASSWORD=test-password npx tsx scripts/request-files.ts
 *   TEST_NEO4J_URI=… npx tsx scripts/request-files.ts /tmp/old
 */
import { existsSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const QUERY = '{ leader(id: "joe-biden") { calls(first: 20) { edges { node { date participants { name } } } pageInfo { endCursor } } } }';

interface ScriptCoverage {
  url: string;
  functions: Array<{ ranges: Array<{ count: number }> }>;
}

const root = resolve(process.argv[2] ?? '.');
if (!process.env.TEST_NEO4J_URI) {
  console.error('request-files: set TEST_NEO4J_URI to a throwaway Neo4j (the seeder clears the graph)');
  process.exit(2);
}
process.env.NEO4J_URI = process.env.TEST_NEO4J_URI;
const at = (path: string) => import(pathToFileURL(`${root}/${path}`).href);

const { createServer } = await at('src/server/create-server.ts');
const { createLogger } = await at('src/logger.ts');
const store = existsSync(`${root}/tests/helpers/seeded-app.ts`)
  ? await (await at('tests/helpers/seeded-app.ts')).seededStore({ gazetteer: true })
  : await (await at('tests/integration/api/fixtures.ts')).openSeededStore({ gazetteer: true });
let statements = 0;
const app = createServer({ store, logger: createLogger('silent'), production: false, onStatement: () => statements++ });
const ask = async () => {
  statements = 0;
  const body = JSON.stringify({ query: QUERY });
  const response = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await response.json()) as { data?: { leader?: { calls?: { edges: unknown[] } } }; errors?: unknown };
};

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
await ask();
// Taking the coverage resets its counts: what the next take reports ran for the second request only.
await session.post('Profiler.takePreciseCoverage');
const answer = await ask();
const { result } = (await session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
await store.close();
if (answer.errors || !answer.data?.leader?.calls?.edges.length) {
  console.error('request-files: the request did not answer with calls', JSON.stringify(answer));
  process.exit(1);
}

const src = pathToFileURL(`${root}/src/`).href;
const ran = result
  .filter((script) => script.url.startsWith(src) && script.functions.some((f) => f.ranges.some((r) => r.count > 0)))
  .map((script) => script.url.slice(src.length))
  .sort();
const folders = new Map<string, number>();
for (const file of ran) folders.set(file.split('/')[0], (folders.get(file.split('/')[0]) ?? 0) + 1);
console.log(`${ran.length} files of src/ ran code for the request (${statements} statements):`);
console.log([...folders].map(([folder, n]) => `${folder}/ ${n}`).join(', '));
for (const file of ran) console.log(`  ${file}`);
process.exit(0);
