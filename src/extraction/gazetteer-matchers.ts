/**
 * Compiled matchers for the gazetteer's leaders and institutions: one alternation over every
 * name, alias and handle, longest first, built once per gazetteer. A form that several leaders
 * share is given to the one in office on the article's date, or dropped when that does not decide.
 */
import type { InstitutionEntry, LeaderEntry } from '../gazetteer/gazetteer-types.js';
import type { GazetteerView } from './gazetteer-view.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(forms: string[]): RegExp {
  const sorted = [...new Set(forms)].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}@])(?:${sorted.map(escape).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
}

const leaderCache = new WeakMap<GazetteerView, { re: RegExp; owners: Map<string, LeaderEntry[]> }>();
const institutionCache = new WeakMap<GazetteerView, { re: RegExp; owners: Map<string, InstitutionEntry> }>();

export function leaderMatcher(gazetteer: GazetteerView, date: string | null) {
  let built = leaderCache.get(gazetteer);
  if (!built) {
    const owners = new Map<string, LeaderEntry[]>();
    for (const l of gazetteer.leaders) {
      for (const f of [l.name, ...l.aliases, ...l.handles]) {
        const list = owners.get(f) ?? [];
        if (!list.includes(l)) list.push(l);
        owners.set(f, list);
      }
    }
    built = { re: compile([...owners.keys()]), owners };
    leaderCache.set(gazetteer, built);
  }
  const { re, owners } = built;
  return {
    find(scan: string): Array<{ start: number; end: number; leader: LeaderEntry }> {
      const out: Array<{ start: number; end: number; leader: LeaderEntry }> = [];
      for (const m of scan.matchAll(re)) {
        const list = owners.get(m[0]) ?? [];
        const inOffice = date ? list.filter((l) => gazetteer.officeOn(l, date)) : [];
        const leader = list.length === 1 ? list[0] : inOffice.length === 1 ? inOffice[0] : null;
        if (leader) out.push({ start: m.index, end: m.index + m[0].length, leader });
      }
      return out;
    },
  };
}

export function institutionMatcher(gazetteer: GazetteerView) {
  let built = institutionCache.get(gazetteer);
  if (!built) {
    const owners = new Map<string, InstitutionEntry>();
    for (const i of gazetteer.institutions) for (const f of [i.name, ...i.aliases, ...i.handles]) owners.set(f, i);
    built = { re: compile([...owners.keys()]), owners };
    institutionCache.set(gazetteer, built);
  }
  const { re, owners } = built;
  return {
    find(scan: string): Array<{ start: number; end: number; entry: InstitutionEntry }> {
      return [...scan.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, entry: owners.get(m[0])! }));
    },
  };
}
