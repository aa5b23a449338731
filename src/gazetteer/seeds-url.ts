/**
 * Where the gazetteer files live. Located from this module rather than the working directory so
 * the CLI, the server and the tests find them wherever they are started from.
 */
import { existsSync } from 'node:fs';

const fromSource = new URL('../../seeds/', import.meta.url);
// Compiled with tsc, this module sits one folder deeper (dist/src/gazetteer/) while seeds/ stays
// at the project root.
const fromDist = new URL('../../../seeds/', import.meta.url);

/**
 * @example
 *   readFileSync(new URL('leaders.json', seedsUrl), 'utf8');
 */
export const seedsUrl: URL = existsSync(new URL('leaders.json', fromSource)) || !existsSync(new URL('leaders.json', fromDist)) ? fromSource : fromDist;
