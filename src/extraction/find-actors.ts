/**
 * Stage 3b — actors. Leaders from the gazetteer (names, aliases, handles), titled persons read
 * from the text (parse-titled-names.ts), institutions that act ("the UK Royal Family"), and the
 * later short forms of each ("Kuleba", "@OlafScholz"). Titles with no name are kept as roles
 * for coreference.
 */
import type { LeaderEntry } from '../gazetteer/gazetteer-types.js';
import type { Article, Mention, RoleMention } from './extraction-types.js';
import { ActorRegistry, cleanName, surnameOf } from './actor-registry.js';
import type { GazetteerView } from './gazetteer-view.js';
import { leaderMatcher, institutionMatcher } from './gazetteer-matchers.js';
import { matchCountryAt } from './match-country-at.js';
import { parseTitledNames } from './parse-titled-names.js';
import { lastStartingBy } from './span-index.js';
import { sentenceAt } from './split-sentences.js';
import { NOT_NAME_WORDS } from './title-rules.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const overlaps = (spans: Mention[], start: number, end: number) => spans.some((m) => m.start < end && start < m.end);

/**
 * Country of a titled person whose title names none: a country named before it in the same
 * paragraph that no other named person serves (latest first), else the country the article names
 * most that no other named person serves. A guess: contacts treat it as unknown (find-contacts.ts).
 */
function contextCountry(article: Article, held: Set<string>): (at: number) => string | null {
  const counts = new Map<string, number>();
  for (const c of article.countries) if (!held.has(c.code)) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const most = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const countries = [...article.countries].sort((a, b) => a.start - b.start);
  return (at) => {
    const paragraph = sentenceAt(article.sentences, at)?.paragraph;
    for (let i = lastStartingBy(countries, at - 1), k = 0; i >= 0 && k < 50; i--, k++) {
      const c = countries[i];
      if (c.end > at) continue;
      if (article.sentences[c.sentence]?.paragraph !== paragraph) break;
      if (!held.has(c.code)) return c.code;
    }
    return most;
  };
}

/**
 * A gazetteer name found inside a longer titled name is the same person only if the given name
 * before it agrees: "President Joseph R. Biden" is Joe Biden, "President Corazon Aquino" is not
 * Benigno Aquino III.
 */
function sameGivenName(before: string, leader: LeaderEntry): boolean {
  const given = before.trim().split(/\s+/)[0];
  if (!given) return true;
  return [leader.name, ...leader.aliases].some((n) => n.includes(' ') && n[0] === given[0]);
}

export function findActors(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences } = article;
  const registry = new ActorRegistry(gazetteer, article.publishedOn);
  const mentions: Mention[] = [];
  const roles: RoleMention[] = [];
  const sentenceOf = (at: number) => sentenceAt(sentences, at)?.index ?? 0;
  const push = (start: number, end: number, actor: string, rule: string) =>
    mentions.push({ start, end, actor, sentence: sentenceOf(start), rule, reference: false });

  const leaders = leaderMatcher(gazetteer, article.publishedOn).find(scan);
  const titled = parseTitledNames(scan, gazetteer);
  const held = new Set<string>(titled.filter((t) => t.name && t.country).map((t) => t.country!));
  for (const g of leaders) { const id = registry.leader(g.leader); const c = registry.get(id)?.country; if (c) held.add(c); }
  const countryAround = contextCountry(article, held);
  for (const t of titled) {
    if (!t.name) {
      roles.push({ start: t.start, end: t.end, sentence: sentenceOf(t.start), title: t.title, titleClass: t.titleClass, kind: t.kind, country: t.country, orgBound: t.orgBound, definite: t.definite });
      continue;
    }
    const known = leaders.find((g) => g.start >= t.nameStart && g.end <= t.end && sameGivenName(scan.slice(t.nameStart, g.start), g.leader));
    let id: string;
    if (known) id = registry.leader(known.leader);
    else if (t.name.startsWith('@')) continue;
    else {
      const country = t.country ?? (t.orgBound ? null : countryAround(t.start));
      id = registry.person(t.name, { kind: t.kind === 'counterpart' ? 'leader' : t.kind, title: t.kind === 'counterpart' ? null : t.title, country });
      const record = registry.get(id);
      if (record && !t.country && country && record.country === country) record.countryGuessed = true;
    }
    registry.addAlias(id, t.name);
    push(t.start, t.end, id, t.rule);
  }
  for (const g of leaders) {
    if (overlaps(mentions, g.start, g.end)) continue;
    const id = registry.leader(g.leader);
    registry.addAlias(id, scan.slice(g.start, g.end));
    push(g.start, g.end, id, 'gazetteer.leader');
  }
  for (const inst of institutionMatcher(gazetteer).find(scan)) {
    if (overlaps(mentions, inst.start, inst.end)) continue;
    const id = registry.other(inst.entry.name, { kind: 'institution', title: null, country: inst.entry.country, origin: 'institution', aliases: inst.entry.aliases });
    registry.addAlias(id, scan.slice(inst.start, inst.end));
    push(inst.start, inst.end, id, 'gazetteer.institution');
  }
  // "the UK Royal Family", "the Ukrainian Government": a country word and an institution head.
  for (const m of scan.matchAll(/\b((?:[A-Z][\p{L}.]*\.? ){1,3})(Royal Family|Government|Foreign Ministry|Ministry of Foreign Affairs|Royal Court)\b/gu)) {
    const start = m.index;
    const hit = matchCountryAt(scan, start, gazetteer, true);
    if (!hit || hit.end + 1 !== start + m[1].length || overlaps(mentions, start, start + m[0].length)) continue;
    const id = registry.other(m[0], { kind: 'institution', title: null, country: hit.code, origin: 'institution' });
    push(start, start + m[0].length, id, 'institution.country-head');
  }
  // One-word persons ("President Trump") fold into the fuller person with that surname.
  for (const a of registry.all()) {
    if (a.origin !== 'titled' || a.name.includes(' ')) continue;
    const into = registry.all().filter((b) => b !== a && (b.origin === 'titled' || b.origin === 'gazetteer') && [b.name, ...b.aliases].some((n) => surnameOf(n) === a.name));
    if (into.length === 1) {
      registry.fold(a.id, into[0].id);
      for (const m of mentions) if (m.actor === a.id) m.actor = into[0].id;
    }
  }
  // Later short forms: surnames and handles.
  for (const a of registry.all()) {
    if (a.origin === 'institution' || a.origin === 'role') continue;
    const forms = new Set<string>();
    for (const n of [a.name, ...a.aliases]) {
      forms.add(cleanName(n));
      const s = surnameOf(n);
      if (s && !NOT_NAME_WORDS.has(s) && !matchCountryAt(s, 0, gazetteer, true)) forms.add(s);
    }
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}@])${escape(form)}(?![\\p{L}])`, 'gu');
      for (const m of scan.matchAll(re)) {
        if (overlaps(mentions, m.index, m.index + form.length)) continue;
        push(m.index, m.index + form.length, a.id, 'name.short-form');
        registry.addAlias(a.id, form);
      }
    }
  }
  for (const m of scan.matchAll(/@([A-Za-z0-9_]{3,})/g)) {
    if (overlaps(mentions, m.index, m.index + m[0].length)) continue;
    const handle = m[1].toLowerCase();
    const owner = registry.all().find((a) => a.handles.some((h) => h.toLowerCase() === `@${handle}`)
      || [a.name, ...a.aliases].some((n) => { const letters = cleanName(n).toLowerCase().replace(/[^a-z]/g, ''); const sur = (surnameOf(n) ?? '').toLowerCase().replace(/[^a-z]/g, ''); return letters === handle || (sur.length >= 5 && handle.includes(sur)); }));
    if (!owner) continue;
    if (!owner.handles.includes(m[0])) owner.handles.push(m[0]);
    registry.addAlias(owner.id, m[0]);
    push(m.index, m.index + m[0].length, owner.id, 'name.handle');
  }
  mentions.sort((a, b) => a.start - b.start);
  return { ...article, actors: registry.all(), mentions, roles };
}
