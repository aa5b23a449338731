/**
 * `npm run build` (src/server/build-dist.ts): src/ compiled to plain JavaScript at the same depth,
 * data files copied, the worker's JavaScript re-exported, and the compiled command line runs
 * under plain node (no tsx) as the source one does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDist } from '../../../src/server/build-dist.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('buildDist', () => {
  // A copy of the checkout's layout: dist/ beside the folders modules find from their own URL.
  const home = mkdtempSync(join(tmpdir(), 'diplograph-build-'));
  const dist = join(home, 'dist');
  for (const dir of ['node_modules', 'seeds', 'schema', 'web', 'package.json']) symlinkSync(join(root, dir), join(home, dir));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('compiles every module, copies the data files and re-exports the JavaScript of src/', async () => {
    const counts = await buildDist({ root, outdir: dist });
    expect(counts.modules).toBeGreaterThan(100);
    expect(existsSync(join(dist, 'server/cli-entry.js'))).toBe(true);
    expect(existsSync(join(dist, 'interop/data/cameo-eventcodes.txt'))).toBe(true);
    const worker = readFileSync(join(dist, 'extraction/extraction-worker.js'), 'utf8');
    const spec = /export \{ default \} from '([^']+)';/.exec(worker)?.[1];
    expect(spec && fileURLToPath(new URL(spec, pathToFileURL(join(dist, 'extraction/extraction-worker.js'))))).toBe(join(root, 'src/extraction/extraction-worker.js'));
    // No name-keeping wrappers: the reason to compile (tsx adds one per function a request makes).
    expect(readFileSync(join(dist, 'graphql/create-context.js'), 'utf8')).not.toContain('__name(');
  }, 120_000);

  it('runs the command line under plain node, as the TypeScript one answers', () => {
    const seed = join(root, 'seeds/000_58b2ec0da89f2029.txt');
    const run = spawnSync(process.execPath, [join(dist, 'server/cli-entry.js'), 'extract', seed, '--json'], { cwd: root, encoding: 'utf8', timeout: 150_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const compiled = JSON.parse(run.stdout);
    expect(compiled.source.id).toMatch(/^art_/);
    expect(compiled.calls.length).toBeGreaterThan(0);
  }, 180_000);
});
