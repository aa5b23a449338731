/**
 * Stage 3a — countries. Finds every country the text names, by name or alias ("Ukraine", "U.S."),
 * by demonym ("Ukrainian", "Americans"), or by its capital used for its government ("Moscow
 * said", "Kyiv's Interior Ministry", "sanctions on Moscow"). A capital used as a place ("in
 * Kyiv") is not a reference to the government and is skipped.
 */
import type { Article, CountryMention } from './extraction-types.js';
import { CountryFormIndex } from './country-form-index.js';
import type { GazetteerView } from './gazetteer-view.js';
import { sentenceAt } from './split-sentences.js';

/** Upper-case words that are English before they are country codes ("IT", "IN", "NO" …). */
const SHOUTED_WORDS = new Set(['IT', 'IN', 'NO', 'ME', 'IS', 'AT', 'BE', 'TO', 'OR', 'AM', 'AN', 'AS', 'BY', 'DO', 'GO', 'HE', 'HI', 'IF', 'MA', 'MY', 'OF', 'OH', 'OK', 'ON', 'SO', 'UP', 'WE', 'AI', 'PM', 'TV', 'ID', 'CAN', 'ARE', 'AND', 'THE', 'FOR', 'NOT', 'BUT', 'ALL', 'WHO', 'USD']);

/** Verbs that make a capital the subject of a governmental act ("Moscow said"). */
export const CAPITAL_METONYM_AFTER = /^(?:'s\b|\s+(?:has|have|had|is|was|will|would|says|said|denied|denies|accused|accuses|warned|warns|announced|announces|responded|rejected|rejects|insisted|claimed|claims|wants|wanted|demanded|demands|called|urged|refused|agreed|backed|supports|condemned|blamed|threatened|retaliated|expelled|recalled|summoned|hopes|hoped|fears|feared|asked|asks|signed|pledged|promised|imposed|slapped|vowed|offered|sent|sanctioned|approved|froze|delivered|supplied|launched|granted|gave|gives|provided|extended|donated|unveiled|lent|decided|bombed|shelled|struck|attacked|holds)\b)/;
/** Prepositions after which a capital stands for its government ("sanctions on Moscow"). */
export const CAPITAL_METONYM_BEFORE = /\b(?:on|against|with|between|by|toward|towards|from|and|to|asked|urged|pressed|warned|accused|called on|granted|gave|give|gives|offered|provided|supplied|sanctioned|provide|provides|lend|lent|hold|holds|held)\s+$/;

/** A word before a country's alias or demonym that makes it a region's ("Latin America"). */
const REGION_BEFORE = /\b(?:Latin|South|North|Central|Meso|Pan|Anglo|Afro|Ibero)[ -]$/;

export interface CountrySurface {
  surface: string;
  code: string;
  via: CountryMention['via'];
}

/** Every unambiguous surface form of every country, longest first. */
export function countrySurfaces(gazetteer: GazetteerView): CountrySurface[] {
  const byForm = new Map<string, CountrySurface[]>();
  const add = (surface: string, code: string, via: CountryMention['via']) => {
    const s = surface.trim();
    if (s.length < 2) return;
    if (s.length <= 3 && s === s.toUpperCase() && SHOUTED_WORDS.has(s)) return;
    if (!/^[A-Z\u00c0-\u024f]/.test(s)) return;
    const list = byForm.get(s) ?? [];
    if (!list.some((x) => x.code === code)) list.push({ surface: s, code, via });
    byForm.set(s, list);
  };
  for (const c of gazetteer.countries) {
    add(c.name, c.code, 'name');
    add(c.officialName, c.code, 'name');
    for (const a of c.aliases) add(a, c.code, 'alias');
    for (const d of c.demonyms) add(d, c.code, 'demonym');
    for (const cap of c.capitals) add(cap, c.code, 'capital');
  }
  // A form shared by several countries is kept only when it is the name of exactly one of them.
  return [...byForm.values()]
    .map((list) => (list.length === 1 ? list[0] : list.filter((x) => x.via === 'name').length === 1 ? list.find((x) => x.via === 'name')! : null))
    .filter((x): x is CountrySurface => x !== null)
    .sort((a, b) => b.surface.length - a.surface.length);
}

const matcherCache = new WeakMap<GazetteerView, { index: CountryFormIndex; byForm: Map<string, CountrySurface> }>();

/** The country surfaces indexed for matching (built once per gazetteer); see country-form-index.ts. */
export function countryMatcher(gazetteer: GazetteerView): { index: CountryFormIndex; byForm: Map<string, CountrySurface> } {
  const cached = matcherCache.get(gazetteer);
  if (cached) return cached;
  const surfaces = countrySurfaces(gazetteer);
  const byForm = new Map(surfaces.map((s) => [s.surface, s]));
  const index = new CountryFormIndex(surfaces.map((s) => ({ surface: s.surface, plural: s.via === 'demonym' })));
  const built = { index, byForm };
  matcherCache.set(gazetteer, built);
  return built;
}

/** Finds country mentions in `scan`. */
export function matchCountries(scan: string, gazetteer: GazetteerView): Array<CountrySurface & { start: number; end: number }> {
  const { index, byForm } = countryMatcher(gazetteer);
  const out: Array<CountrySurface & { start: number; end: number }> = [];
  for (const { start, end } of index.matchAll(scan)) {
    const text = scan.slice(start, end);
    const form = byForm.get(text) ?? byForm.get(text.replace(/s$/, ''));
    if (!form) continue;
    out.push({ surface: form.surface, code: form.code, via: form.via, start, end });
  }
  return out;
}

export function findCountries(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences } = article;
  const countries: CountryMention[] = [];
  const found = matchCountries(scan, gazetteer);
  const metonym = (m: (typeof found)[number]) => CAPITAL_METONYM_AFTER.test(scan.slice(m.end, m.end + 20)) || CAPITAL_METONYM_BEFORE.test(scan.slice(Math.max(0, m.start - 12), m.start));
  for (const [i, m] of found.entries()) {
    // "Washington and Beijing agreed": a capital coordinated with a capital that acts acts too.
    const next = found[i + 1];
    const paired = next?.via === 'capital' && /^\s+and\s+$/.test(scan.slice(m.end, next.start)) && metonym(next);
    if (m.via === 'capital' && !paired && !metonym(m)) continue;
    // "Latin America", "South American", "Central Asian": a region, not the country of the last word.
    if (m.via !== 'name' && REGION_BEFORE.test(scan.slice(Math.max(0, m.start - 9), m.start))) continue;
    const sentence = sentenceAt(sentences, m.start)?.index ?? 0;
    countries.push({ start: m.start, end: m.end, code: m.code, sentence, via: m.via });
  }
  return { ...article, countries };
}
