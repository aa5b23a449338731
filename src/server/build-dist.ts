/**
 * Compiles src/ to plain JavaScript in dist/ (`npm run build`), so that the served process runs
 * without tsx (`npm start`: `node dist/server/cli-entry.js serve`). Under tsx every module is
 * transformed with esbuild's keepNames, which wraps each function a request creates (loaders,
 * visitors, plugin hooks) in an `Object.defineProperty(fn, 'name')` call, and source maps are on
 * for the whole process (every Error's stack is mapped): together 0.15–0.45 ms of CPU per request
 * in profiles (bench/results/compiled-ab.md). The transform is the same esbuild one, file by file,
 * without keepNames; no bundling, so every module keeps its place and name.
 *
 * dist/ mirrors src/ at the same depth (dist/server/x.js for src/server/x.ts), so paths a module
 * makes from its own URL (`../../web/dist/`, `../../seeds/`, `../../neo4j/pom.xml`) resolve to the
 * same files compiled or not. Data files beside the sources are copied; a JavaScript file of src/
 * (the extraction pool's worker, which registers tsx for itself) becomes a module re-exporting the
 * source file, so it keeps working as written.
 *
 * @example
 *   npx tsx src/server/build-dist.ts            # → dist/
 *   await buildDist({ root, outdir: '/tmp/x/src', sourceDirs: ['src', 'bench'] }); // the bench's copy
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BuildDistOptions {
  /** The project's root (the folder holding src/). */
  root: string;
  /** Where the compiled tree goes; emptied first. */
  outdir: string;
  /** Folders under root to compile, each to outdir/<folder> — or, with one folder and `flat`, to outdir itself. */
  sourceDirs?: string[];
  /** One source folder straight into outdir (dist/server/…, not dist/src/server/…). Default true. */
  flat?: boolean;
}

/** The files it wrote: compiled modules, copied data files and re-exporting shims. */
export async function buildDist({ root, outdir, sourceDirs = ['src'], flat = true }: BuildDistOptions): Promise<{ modules: number; copied: number; shims: number }> {
  if (flat && sourceDirs.length !== 1) throw new Error('buildDist: flat needs exactly one source folder');
  rmSync(outdir, { recursive: true, force: true });
  const counts = { modules: 0, copied: 0, shims: 0 };
  for (const dir of sourceDirs) {
    const from = resolve(root, dir);
    const to = flat ? outdir : join(outdir, dir);
    const files = (readdirSync(from, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath ?? (f as unknown as { path: string }).path, f.name));
    const modules = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    await build({
      entryPoints: modules,
      outdir: to,
      outbase: from,
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Linked maps for a debugger; Node reads them only under --enable-source-maps.
      sourcemap: 'linked',
      sourcesContent: false,
      keepNames: false,
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
    counts.modules += modules.length;
    for (const file of files) {
      if (file.endsWith('.ts')) continue;
      const target = join(to, relative(from, file));
      mkdirSync(dirname(target), { recursive: true });
      if (file.endsWith('.js') || file.endsWith('.mjs')) {
        writeFileSync(target, reExport(target, file));
        counts.shims++;
      } else {
        copyFileSync(file, target);
        counts.copied++;
      }
    }
  }
  return counts;
}

/** A module that is the source file `file`: its named exports, and its default if it has one. */
function reExport(target: string, file: string): string {
  let spec = relative(dirname(target), file).split(sep).join('/');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  const hasDefault = /^export default\b/m.test(readFileSync(file, 'utf8'));
  return `// Built by src/server/build-dist.ts: this module is the source file, run as it is.\nexport * from '${spec}';\n${hasDefault ? `export { default } from '${spec}';\n` : ''}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const started = performance.now();
  const counts = await buildDist({ root, outdir: join(root, 'dist') });
  console.log(`dist/: ${counts.modules} modules compiled, ${counts.copied} data files copied, ${counts.shims} re-exported, in ${Math.round(performance.now() - started)} ms`);
}
