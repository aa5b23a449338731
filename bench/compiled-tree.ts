/**
 * The checkout compiled to plain JavaScript for the benchmark's diplograph server (production runs
 * `npm start`: dist/, src/server/build-dist.ts): src/ and bench/ built side by side into a folder of
 * $TMPDIR, with links to the folders their modules read (node_modules, web, schema, seeds, neo4j),
 * so bench/peers/serve-peer.js runs under plain node. Built once per process, removed at its exit.
 *
 * @example
 *   const entry = await compiledServePeer(); // …/bench/peers/serve-peer.js
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../src/server/build-dist.js';

const root = fileURLToPath(new URL('../', import.meta.url));
let built: Promise<string> | null = null;

/** serve-peer.js of the compiled copy (built on the first call). */
export function compiledServePeer(): Promise<string> {
  built ??= (async () => {
    const home = mkdtempSync(join(tmpdir(), 'diplograph-compiled-'));
    process.once('exit', () => rmSync(home, { recursive: true, force: true }));
    await buildDist({ root, outdir: home, sourceDirs: ['src', 'bench'], flat: false });
    for (const dir of ['node_modules', 'web', 'schema', 'seeds', 'neo4j', 'package.json']) symlinkSync(join(root, dir), join(home, dir));
    return join(home, 'bench/peers/serve-peer.js');
  })();
  return built;
}
