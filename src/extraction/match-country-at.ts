/**
 * Whether a country surface ("United States", "Ukrainian", "Kyiv") starts exactly at an offset.
 * Used by the name grammar, which must know where a country ends and a name begins.
 */
import { countryMatcher } from './find-countries.js';
import type { GazetteerView } from './gazetteer-view.js';

const stickyCache = new WeakMap<GazetteerView, RegExp>();

export function matchCountryAt(
  text: string,
  at: number,
  gazetteer: GazetteerView,
  allowCapital: boolean,
): { code: string; end: number } | null {
  const { re, byForm } = countryMatcher(gazetteer);
  let sticky = stickyCache.get(gazetteer);
  if (!sticky) {
    sticky = new RegExp(re.source, 'uy');
    stickyCache.set(gazetteer, sticky);
  }
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  if (!m) return null;
  const form = byForm.get(m[0]) ?? byForm.get(m[0].replace(/s$/, ''));
  if (!form || (!allowCapital && form.via === 'capital')) return null;
  return { code: form.code, end: at + m[0].length };
}
