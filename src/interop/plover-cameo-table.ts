/**
 * The PLOVER → CAMEO table (data/plover-cameo.json), read and checked once. It is data, not code:
 * one row a PLOVER key (`EVENT`, `EVENT/mode` or `EVENT/context`) with the CAMEO code whose rule it
 * takes, why, and an optional note on a choice the sources leave open. A bad hand edit fails at
 * load with every problem listed, instead of mapping events wrongly later.
 *
 * @example
 *   ploverCameoTable().get('CONSULT/phone')  // { cameo: '041', why: 'CONSULT by phone' }
 *   readPloverCameoTable('t.json', [{ plover: 'AID', cameo: '999', why: 'x' }])
 *   // throws: t.json is malformed:
 *   //   row 0 ("AID"): CAMEO 999 has no fact rule
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { cameoRule } from './cameo-fact-rules.js';

export interface PloverCameoRow {
  cameo: string;
  why: string;
}

const rowSchema = z
  .object({
    plover: z.string().regex(/^[A-Z]+(?:\/[a-z-]+)?$/, 'a PLOVER event in capitals, then optionally /mode or /context'),
    cameo: z.string().regex(/^\d{3,4}$/, 'a CAMEO code of 3 or 4 digits'),
    why: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict();

/** Checks every row (shape, no key twice, a CAMEO code with a fact rule) and lists all problems at once. */
export function readPloverCameoTable(file: string, data: unknown): ReadonlyMap<string, PloverCameoRow> {
  if (!Array.isArray(data)) throw malformed(file, [`expected a JSON array of rows, received ${typeof data}`]);
  const problems: string[] = [];
  const table = new Map<string, PloverCameoRow>();
  data.forEach((raw, index) => {
    const label = `row ${index} (${JSON.stringify((raw as { plover?: unknown } | null)?.plover ?? null)})`;
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label}: ${issue.path.join('.') || '(row)'}: ${issue.message}`);
      return;
    }
    const { plover, cameo, why } = parsed.data;
    if (table.has(plover)) problems.push(`${label}: ${plover} is mapped twice`);
    else if (!cameoRule(cameo)) problems.push(`${label}: CAMEO ${cameo} has no fact rule`);
    else table.set(plover, { cameo, why });
  });
  if (problems.length > 0) throw malformed(file, problems);
  return table;
}

// The file ships with the code, so a bad row is our mistake, not the user's: a plain error that names every problem.
function malformed(file: string, problems: string[]): Error {
  return new Error(`${file} is malformed:\n  ${problems.join('\n  ')}`);
}

const fromSource = new URL('./data/plover-cameo.json', import.meta.url);
// Compiled with tsc this module sits in dist/src/interop/, while the data file stays in src/.
const fromDist = new URL('../../../src/interop/data/plover-cameo.json', import.meta.url);
let table: ReadonlyMap<string, PloverCameoRow> | undefined;

/** The shipped table, read on first use. */
export function ploverCameoTable(): ReadonlyMap<string, PloverCameoRow> {
  if (!table) {
    const file = existsSync(fromSource) || !existsSync(fromDist) ? fromSource : fromDist;
    table = readPloverCameoTable('src/interop/data/plover-cameo.json', JSON.parse(readFileSync(file, 'utf8')));
  }
  return table;
}
