/**
 * Capitals by name, for a government named by its capital ("the Manila government") when the
 * country stage did not read the metonym. Read by find-commitments.ts.
 */
import type { GazetteerView } from './gazetteer-view.js';

const capitalCache = new WeakMap<GazetteerView, Map<string, string>>();

/** Capital name → country code, built once per gazetteer. */
export function capitalCodes(gazetteer: GazetteerView | undefined): Map<string, string> {
  const cached = gazetteer && capitalCache.get(gazetteer);
  if (cached) return cached;
  const out = new Map<string, string>();
  for (const c of gazetteer?.countries ?? []) for (const cap of c.capitals) out.set(cap, c.code);
  if (gazetteer) capitalCache.set(gazetteer, out);
  return out;
}

/** The country of a capital named before "government" in `text`: "the Manila government" → PH. */
export const capitalIn = (text: string, capitals: Map<string, string>): string | undefined => {
  const m = /\b([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?) government\b/u.exec(text);
  return m ? capitals.get(m[1]) : undefined;
};
