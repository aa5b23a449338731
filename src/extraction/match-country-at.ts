/**
 * Whether a country surface ("United States", "Ukrainian", "Kyiv") starts exactly at an offset.
 * Used by the name grammar, which must know where a country ends and a name begins.
 */
import { countryMatcher } from './find-countries.js';
import type { GazetteerView } from './gazetteer-view.js';

export function matchCountryAt(
  text: string,
  at: number,
  gazetteer: GazetteerView,
  allowCapital: boolean,
): { code: string; end: number } | null {
  const { index, byForm } = countryMatcher(gazetteer);
  const hit = index.matchAt(text, at);
  if (!hit) return null;
  const matched = text.slice(at, hit.end);
  const form = byForm.get(matched) ?? byForm.get(matched.replace(/s$/, ''));
  if (!form || (!allowCapital && form.via === 'capital')) return null;
  return { code: form.code, end: hit.end };
}
