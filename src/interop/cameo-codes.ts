/**
 * The CAMEO event code list (code → label), read once from data/cameo-eventcodes.txt: GDELT's
 * `CAMEO.eventcodes.txt` lookup as redistributed by aamend/spark-gdelt (Apache License 2.0; see
 * docs/interop.md). Used to describe events whose format carries no text (GDELT). Two quirks of
 * that file are repaired here rather than edited in the data, so the file stays byte-for-byte.
 *
 * @example
 *   cameoLabel('041')   // 'Discuss by telephone'
 *   cameoLabel('0999')  // null (not a CAMEO code)
 */
import { existsSync, readFileSync } from 'node:fs';

const fromSource = new URL('./data/cameo-eventcodes.txt', import.meta.url);
// Compiled with tsc this module sits in dist/src/interop/, while the data file stays in src/.
const fromDist = new URL('../../../src/interop/data/cameo-eventcodes.txt', import.meta.url);

/** Labels the source file gets wrong: a mis-encoded 044 and a 1056 row that swallowed code 106. */
const REPAIRS: Record<string, string> = {
  '044': 'Meet at a "third" location',
  '1056': 'Demand de-escalation of military engagement',
  '106': 'Demand withdrawal',
};

let labels: Map<string, string> | undefined;

/** Every CAMEO code of the list with its label, in file order. */
export function cameoCodes(): ReadonlyMap<string, string> {
  if (!labels) {
    const file = existsSync(fromSource) || !existsSync(fromDist) ? fromSource : fromDist;
    labels = parseCameoList(readFileSync(file, 'utf8'));
  }
  return labels;
}

/** The label of a CAMEO code, or null when the list does not have it. */
export function cameoLabel(code: string): string | null {
  return cameoCodes().get(code) ?? null;
}

/** Reads the tab-separated list (header `CAMEOEVENTCODE<TAB>EVENTDESCRIPTION`) and applies the repairs. */
export function parseCameoList(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of text.split('\n').slice(1)) {
    const [code, label] = row.replace(/\r$/, '').split('\t');
    if (code && label && /^\d{2,4}$/.test(code)) map.set(code, label.trim());
  }
  for (const [code, label] of Object.entries(REPAIRS)) map.set(code, label);
  return map;
}
