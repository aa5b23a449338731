/**
 * Stage 3b — actors. Leaders from the gazetteer (names, aliases, handles), titled persons read
 * from the text (parse-titled-names.ts), institutions that act ("the UK Royal Family"), and the
 * later short forms of each ("Kuleba", "@OlafScholz"). Titles with no name are kept as roles
 * for coreference.
 */
import type { LeaderEntry } from '../gazetteer/gazetteer-types.js';
import type { Article, Mention, RoleMention } from './extraction-types.js';
import { ActorRegistry, cleanName, shortFormsOf, SURNAME_PARTICLE, surnameOf } from './actor-registry.js';
import type { GazetteerView } from './gazetteer-view.js';
import { leaderMatcher, institutionMatcher } from './gazetteer-matchers.js';
import { countriesOutsideNames } from './countries-outside-names.js';
import { matchCountryAt } from './match-country-at.js';
import { parseListedNames } from './parse-listed-names.js';
import { parseTitledNames } from './parse-titled-names.js';
import { parsePossessiveNames } from './possessive-names.js';
import { lastStartingBy } from './span-index.js';
import { sentenceAt } from './split-sentences.js';
import { hyphenatedWords } from './scan-words.js';
import { onlyInHeadline } from './only-in-headline.js';
import { ADMINISTRATION, notTheLeader, OTHER_GIVEN_NAME, otherGivenNameAfter } from './not-the-leader.js';
import { NOT_NAME_WORDS } from './title-rules.js';

const SHORT_FORM_WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
/**
 * NAMESAKE_NAMED_IN_FULL: a listed leader's surname that another person of the text bears in full names that person,
 * not the leader, when the text never names the leader otherwise.
 */
export const NAMESAKE_NAMED_IN_FULL = {
  id: 'actor.not-leader.namesake-named-in-full',
  example: 'Finance Minister Nora Halvorsen met her Ruritanian counterpart. Halvorsen said … (with a listed leader Erik Halvorsen)',
  reason: 'A reader takes a bare surname for the person of that name the text has introduced, not for a famous namesake it never mentions (a 1987 finance minister, not a later NATO chief; the Conservative leader, not an Australian premier).',
};
/** Titles of a leader's family, not of an office ("First Lady", "wife"). */
const FAMILY_TITLE = /\b(?:first lady|first gentleman|wife|husband|spouse|son|daughter|brother|sister|mother|father|widow)\b/i;
/**
 * SHARED_SHORT_FORM: a surname two people of the text share ("Rodriguez" for Foreign Minister Bruno Rodriguez and
 * Ambassador Dagoberto Rodriguez) names the one already named when the other is named only later in the text; once both
 * are named it names neither.
 */
export const SHARED_SHORT_FORM = {
  id: 'name.shared-short-form',
  example: 'Foreign Minister Ana Ruiz landed in Lima. Ruiz was met by Deputy Minister Olav Brenner and Ambassador Pedro Ruiz.',
  reason: 'A reader takes a bare surname for the person of that name told so far; a namesake introduced later cannot be meant yet.',
};
/** A country word and an institution head: "the UK Royal Family", "the Ukrainian Government". */
const COUNTRY_HEAD = /\b((?:[A-Z][\p{L}.]*\.? ){1,3})(Royal Family|Government|Foreign Ministry|Ministry of Foreign Affairs|Royal Court)\b/gu;
/** The heads alone: a text without one is not searched (the search tries every capital letter). */
const COUNTRY_HEAD_LITERALS = / (?:Royal Family|Government|Foreign Ministry|Ministry of Foreign Affairs|Royal Court)/;
/** What may follow the last name word inside a titled name: a suffix ("Ferdinand Marcos Jr."). */
/** A monarch's or a pope's title written right before the name. */
const ROYAL_BEFORE = /(?:^|\s)((?:Crown )?(?:King|Queen|Emir|Amir|Sultan|Emperor|Empress|Prince|Princess|Pope)) $/;
const NAME_END = /^(?:,? (?:Jr|JR|Sr|X?(?:I{2,3}|IV|VI{0,3}|IX)|XI{1,3}|XI?V)\.?)?\.?$/;

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

/** Two titles of one office, or one of them unknown. */
function sameTitle(a: string | null, b: string | null): boolean {
  return !a || !b || a.toLowerCase().replace(/-/g, ' ') === b.toLowerCase().replace(/-/g, ' ');
}

/** Given names that agree in their first four letters ("Rosmadie"/"Rosmadi"). */
function sameGivenStart(a: string, b: string): boolean {
  const given = (n: string) => cleanName(n).split(' ')[0].toLowerCase();
  const x = given(a);
  const y = given(b);
  return x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4);
}

/**
 * INITIALS_DROPPED: a titled name that is another actor's name without its leading initials ("Minister Jai Shankar" after
 * "Foreign Minister S Jai Shankar") is that actor, whatever title each mention carries.
 */
export const INITIALS_DROPPED = {
  id: 'actor.fold.initials-dropped',
  example: 'Ruritanian Foreign Minister K. Anand Varma met the premier. Minister Anand Varma later said …',
  reason: 'News drops a leading initial on a second mention; the rest of the name, word for word, is the same person, not a second minister without a country.',
};
/** The name without its leading initials ("S Jai Shankar" → "Jai Shankar"), else null. */
function withoutInitials(name: string): string | null {
  const m = /^(?:\p{Lu}\.?\s*){1,3}\s(?=\p{Lu}\p{Ll})/u.exec(cleanName(name));
  return m ? cleanName(name).slice(m[0].length) : null;
}
/**
 * HONORIFIC_GIVEN_NAME: "Sheikh" (or "Sheikha") and a given name alone is the person of the story whose full name, written
 * with that honorific, opens with that given name ("Sheikh Mohammed" after "Sheikh Mohammed bin Rashid Al Maktoum") — not a
 * listed ruler whose short alias happens to be the same two words while the text never names him in full.
 */
export const HONORIFIC_GIVEN_NAME = {
  id: 'actor.short-form.honorific-given-name',
  example: 'Sheikh Saif bin Khalid Al Nuaimi received the envoy. Sheikh Saif later met the Ruritanian foreign minister.',
  reason: 'Gulf styles name a ruler by honorific and given name after naming him in full; the given name, not the family name, is the short form.',
  pattern: /\bSheikha? (\p{Lu}[\p{L}-]+) (?:bin|bint|ibn|Al|al|Al-|al-)\b/gu,
};

export function findActors(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences } = article;
  const registry = new ActorRegistry(gazetteer, article.publishedOn);
  const mentions: Mention[] = [];
  const roles: RoleMention[] = [];
  const sentenceOf = (at: number) => sentenceAt(sentences, at)?.index ?? 0;
  // Characters already inside a mention: a later form never overlaps an earlier one.
  const covered = new Uint8Array(scan.length + 1);
  const push = (start: number, end: number, actor: string, rule: string) => {
    mentions.push({ start, end, actor, sentence: sentenceOf(start), rule, reference: false });
    covered.fill(1, start, end);
  };
  const overlaps = (start: number, end: number) => { for (let i = start; i < end; i++) if (covered[i]) return true; return false; };

  const leaders = leaderMatcher(gazetteer, article.publishedOn).find(scan, new Set(article.countries.map((c) => c.code)));
  const named = parseTitledNames(scan, gazetteer, article.body);
  const names = [...leaders, ...named.flatMap((t) => (t.name ? [{ start: t.nameStart, end: t.nameStart + t.name.length }] : []))];
  article = { ...article, countries: countriesOutsideNames(scan, article.countries, names) };
  // Listed names that no titled name already covers, in text order.
  const untitled = [...parseListedNames(scan, gazetteer), ...parsePossessiveNames(scan, gazetteer)];
  const titled = [...named, ...untitled.filter((l) => !named.some((t) => t.start < l.end && l.start < t.end))].sort((a, b) => a.start - b.start);
  const held = new Set<string>(titled.filter((t) => t.name && t.country).map((t) => t.country!));
  // Countries whose office holders the text names (registering the leaders waits for their titles).
  for (const g of leaders) { const c = article.publishedOn ? gazetteer.officeOn(g.leader, article.publishedOn)?.country : g.leader.offices[0]?.country; if (c) held.add(c); }
  const countryAround = contextCountry(article, held);
  /** The titles the text writes before each actor's name (lower-case). */
  const titlesUsed = new Map<string, Set<string>>();
  for (const [titledIndex, t] of titled.entries()) {
    if (!t.name) {
      roles.push({ start: t.start, end: t.end, sentence: sentenceOf(t.start), title: t.title, titleClass: t.titleClass, kind: t.kind, country: t.country, orgBound: t.orgBound, definite: t.definite });
      continue;
    }
    // The gazetteer name inside the titled name: the longest ("King Hussein" over a surname match
    // "Hussein"); a one-word match must end the name ("Ali Osman Taha" is not a Mr Ali).
    let known: (typeof leaders)[number] | undefined;
    const nameEnd = t.nameStart + t.name.length;
    for (let i = lastStartingBy(leaders, t.start - 1) + 1; i < leaders.length && leaders[i].start < t.end; i++) {
      const g = leaders[i];
      if (g.end > t.end || g.end <= t.nameStart || !sameGivenName(scan.slice(t.nameStart, Math.max(t.nameStart, g.start)), g.leader)) continue;
      if (!/\s/.test(scan.slice(g.start, g.end)) && g.end < nameEnd && !NAME_END.test(scan.slice(g.end, nameEnd))) continue;
      if (!known || g.end - g.start > known.end - known.start) known = g;
    }
    // A counterpart holds the office of the titled person before it in the sentence ("Foreign
    // Minister Blanar … his Hungarian counterpart Peter Szijjarto"); a title joined by "and" to a
    // titled name shares its country ("Slovak President X and Prime Minister Y").
    const previous = titledIndex > 0 ? titled[titledIndex - 1] : undefined;
    const sameSentence = previous && sentenceOf(previous.start) === sentenceOf(t.start);
    const relative = t.kind === 'counterpart' && sameSentence && previous.name && previous.kind !== 'counterpart' ? previous : undefined;
    const kind = t.kind === 'counterpart' ? relative?.kind === 'official' ? 'official' : 'leader' : t.kind;
    const title = t.kind === 'counterpart' ? relative?.title || null : t.title || null;
    const joined = !t.country && previous?.country && previous.name && /^\s*(?:,\s*)?and\s+$/.test(scan.slice(previous.end, t.start)) ? previous.country : null;
    // A handle of the office after its title ("President @POTUS") is whoever held the office on the article's date.
    const date = article.publishedOn;
    const handle = t.name;
    // HANDLE_OF_NAME: else a listed person in office then whose name, letters only, is the handle ("FM @JanaNovak" is Jana Novak).
    const letters = handle.startsWith('@') ? handle.slice(1).toLowerCase().replace(/[^a-z]/g, '') : '';
    const holder = !known && date && handle.startsWith('@')
      ? gazetteer.leaders.find((l) => gazetteer.officeOn(l, date)?.handles?.includes(handle))
        ?? (letters.length >= 8 ? gazetteer.leaders.find((l) => gazetteer.officeOn(l, date) && [l.name, ...l.aliases].some((n) => n.toLowerCase().replace(/[^a-z]/g, '') === letters)) : undefined)
      : undefined;
    // SPELLING_OF_HOLDER: else an unlisted name under a country's unqualified title is the gazetteer's holder of that office on
    // the article's date when its last part is a later part of the holder's name, or the other way round: one person spelled
    // two ways ("Ruritanian President Olav Brenner-Lund" for a listed "Olaf Brenner-Lund").
    const variants = !known && !holder && date && t.country && !handle.startsWith('@') && !QUALIFIED_TITLE.test(title ?? '')
      ? gazetteer.leaders.filter((l) => l.offices.some((o) => o.country === t.country) && spellsSamePerson(t.name!, l) && isHolder(gazetteer.officeOn(l, date), t.country!, t.titleClass))
      : [];
    const variant = variants.length === 1 ? variants[0] : undefined;
    // HANDLE_OF_OFFICE: an unlisted handle after a country's title is the one person the text already names in that office
    // ("Iranian Foreign Minister @SomeHandle" after "Iran's Foreign Minister Jana Novak").
    const sameOffice = !known && !holder && !variant && handle.startsWith('@') && t.country && title
      ? registry.all().filter((r) => r.country === t.country && r.kind === kind && !r.name.startsWith('@') && r.title?.toLowerCase() === title.toLowerCase())
      : [];
    // HANDLE_SPELLS_NAME: else an unlisted handle after a title that spells a person the text already names, as handles
    // are made: the whole name, the given name and the surname's first letters, or the surname ("President @AnaR" is Ana Ruiz).
    const spelled = !known && !holder && sameOffice.length !== 1 && letters.length >= 4
      ? registry.all().filter((r) => r.kind === kind && !r.name.startsWith('@') && handleSpells(letters, r.name))
      : [];
    if (spelled.length === 1) sameOffice.splice(0, sameOffice.length, spelled[0]);
    let id: string;
    if (known) id = registry.leader(known.leader, { kind, title, country: t.country });
    else if (variant) id = registry.leader(variant, { kind, title, country: t.country });
    else if (holder) {
      id = registry.leader(holder, { kind, title, country: t.country });
      const record = registry.get(id);
      if (record && !record.handles.includes(handle)) record.handles.push(handle);
    }
    else if (onlyInHeadline(scan, sentences, sentenceOf(t.start), t.name)) continue;
    else if (sameOffice.length === 1) {
      id = sameOffice[0].id;
      if (!sameOffice[0].handles.includes(handle)) sameOffice[0].handles.push(handle);
    }
    else {
      // An unlisted handle after a title is a person known by it ("FM @hmartinsson of Iceland").
      const country = t.country ?? joined ?? (t.orgBound ? null : countryAround(t.start));
      id = registry.person(t.name, { kind, title, country });
      const record = registry.get(id);
      if (record && !t.country && country && record.country === country) record.countryGuessed = true;
      if (record && t.name.startsWith('@') && !record.handles.includes(t.name)) record.handles.push(t.name);
    }
    registry.addAlias(id, t.name);
    if (title) (titlesUsed.get(id) ?? titlesUsed.set(id, new Set()).get(id)!).add(title.toLowerCase());
    // A monarch or a pope is called by title and name ("King Salman", "Pope Leo XIV"): that written form is one of their names too.
    const royal = ROYAL_BEFORE.exec(scan.slice(Math.max(0, t.nameStart - 16), t.nameStart));
    if (royal) registry.addAlias(id, `${royal[1]} ${t.name}`);
    push(t.start, t.end, id, t.rule);
  }
  const leaderEnds = new Set(leaders.map((g) => g.end));
  const leaderStarts = new Set(leaders.map((g) => g.start));
  // Surnames the article gives another person of the family ("Jill Biden", then "Mrs Biden"), unless it names the leader in full.
  const otherFamily = new Set<string>();
  const inFull = new Set(leaders.filter((g) => /\s/.test(scan.slice(g.start, g.end))).map((g) => g.leader.id));
  // HONORIFIC_GIVEN_NAME: where the text writes "Sheikh <given> bin/Al …" (the given name → the starts of those full names).
  const honorificFull = new Map<string, number[]>();
  if (scan.includes('Sheikh')) for (const m of scan.matchAll(HONORIFIC_GIVEN_NAME.pattern)) (honorificFull.get(m[1]) ?? honorificFull.set(m[1], []).get(m[1])!).push(m.index + m[0].indexOf(m[1]));
  for (const g of leaders) {
    if (overlaps(g.start, g.end)) continue;
    // …a listed ruler's alias "Sheikh <given>" is left to the short forms when someone else is named in full with that given
    // name and the ruler never is.
    const honorific = honorificFull.size ? /^Sheikha? (\p{Lu}[\p{L}-]+)$/u.exec(scan.slice(g.start, g.end)) : null;
    if (honorific && (honorificFull.get(honorific[1]) ?? []).some((at) => !leaders.some((h) => h.leader === g.leader && h.start <= at && at < h.end))
      && !leaders.some((h) => h.leader === g.leader && scan.slice(h.start, h.end).split(' ').length >= 3)) continue;
    // Not the leader (a place named after them, another person of the family): no later short form either.
    const form = scan.slice(g.start, g.end);
    const rule = notTheLeader(scan, g.start, g.end, g.leader, gazetteer, leaderEnds, leaderStarts);
    if (rule?.id === OTHER_GIVEN_NAME.id && !inFull.has(g.leader.id)) otherFamily.add(form);
    // "the Biden administration": the leader is mentioned, but this mention is no party to anything.
    if (rule?.id === ADMINISTRATION.id) {
      const record = registry.get(registry.leader(g.leader));
      if (record) record.namedOnly = true;
      covered.fill(1, g.start, g.end);
      continue;
    }
    if (rule || otherFamily.has(form)) { covered.fill(1, g.start, g.end); continue; }
    const id = registry.leader(g.leader);
    registry.addAlias(id, scan.slice(g.start, g.end));
    push(g.start, g.end, id, 'gazetteer.leader');
  }
  for (const inst of institutionMatcher(gazetteer).find(scan)) {
    if (overlaps(inst.start, inst.end)) continue;
    const id = registry.other(inst.entry.name, { kind: 'institution', title: null, country: inst.entry.country, origin: 'institution', aliases: inst.entry.aliases });
    registry.addAlias(id, scan.slice(inst.start, inst.end));
    push(inst.start, inst.end, id, 'gazetteer.institution');
  }
  // "the UK Royal Family", "the Ukrainian Government": a country word and an institution head.
  for (const m of COUNTRY_HEAD_LITERALS.test(scan) ? scan.matchAll(COUNTRY_HEAD) : []) {
    const start = m.index;
    const hit = matchCountryAt(scan, start, gazetteer, true);
    if (!hit || hit.end + 1 !== start + m[1].length || overlaps(start, start + m[0].length)) continue;
    const id = registry.other(m[0], { kind: 'institution', title: null, country: hit.code, origin: 'institution' });
    push(start, start + m[0].length, id, 'institution.country-head');
  }
  // NAMESAKE_NAMED_IN_FULL: a listed leader the text names only by a surname ("Mr Howard", "Stoltenberg said") that another
  // person of the text bears in full ("Tory leader Michael Howard") is that person: the mentions move to them.
  for (const l of registry.all()) {
    if (l.origin !== 'gazetteer' || [l.name, ...l.aliases].some((n) => n !== l.name && /\s/.test(n)) || titlesUsed.get(l.id)?.size) continue;
    const written = l.aliases.filter((n) => n !== l.name);
    if (!written.length || inFull.has(l.id)) continue;
    // …not a spouse or a child of the leader ("First Lady Jill Biden" … "Mr Biden").
    const bearers = registry.all().filter((p) => p.origin === 'titled' && /\s/.test(p.name) && written.every((w) => surnameOf(p.name) === w) && !FAMILY_TITLE.test(p.title ?? ''));
    if (bearers.length !== 1) continue;
    for (const m of mentions) if (m.actor === l.id) m.actor = bearers[0].id;
    for (const w of written) registry.addAlias(bearers[0].id, w);
    registry.drop(l.id);
  }
  // One-word persons ("President Trump") fold into the fuller person with that surname.
  const bySurname = new Map<string, Set<string>>();
  for (const b of registry.all()) {
    if (b.origin !== 'titled' && b.origin !== 'gazetteer') continue;
    // A family name written first ("Prime Minister Tan" is Tan Boon Heng of Singapore) counts too.
    for (const n of [b.name, ...b.aliases]) for (const sur of new Set([surnameOf(n), ...shortFormsOf(n, b.country)])) if (sur) (bySurname.get(sur) ?? bySurname.set(sur, new Set()).get(sur)!).add(b.id);
  }
  const byGiven = new Map<string, Set<string>>();
  for (const b of registry.all()) {
    const words = b.origin === 'titled' || b.origin === 'gazetteer' ? cleanName(b.name).split(' ') : [];
    if (words.length >= 2) (byGiven.get(words[0]) ?? byGiven.set(words[0], new Set()).get(words[0])!).add(b.id);
  }
  const folded = new Map<string, string>();
  for (const a of registry.all()) {
    if (a.origin !== 'titled') continue;
    // …and so does a surname with its particle ("President Al Bashir").
    if (a.name.includes(' ') && !SURNAME_PARTICLE.test(a.name.split(' ')[0])) {
      // A fuller or variant spelling of a person already known under the same title folds into them:
      // "Foreign Minister Rahim Tun Osman" is Rahim Osman, "Prime Minister Rosmadie Yunos" Rosmadi Yunos.
      const sur = surnameOf(a.name);
      const into = sur ? [...(bySurname.get(sur) ?? [])].filter((id) => id !== a.id && !folded.has(id)) : [];
      const b = into.length === 1 ? registry.get(into[0]) : undefined;
      // INITIALS_DROPPED: "Minister Jai Shankar" is "S Jai Shankar", whatever the titles.
      if (b && ((sameTitle(a.title, b.title) && sameGivenStart(a.name, b.name)) || withoutInitials(b.name) === cleanName(a.name))) { registry.fold(a.id, b.id); folded.set(a.id, b.id); }
      continue;
    }
    const into = [...(bySurname.get(a.name) ?? [])].filter((id) => id !== a.id);
    // FOLD_GIVEN_NAME: else a given name under the same title ("Foreign Secretary Masud" after "Foreign Secretary Masud Bin Momen").
    // …the title as the gazetteer gives it or as the text wrote it before the full name ("Crown Prince Mohammed" after
    // "Saudi Crown Prince Mohammed bin Salman", whose listed office on the day is another).
    const given = into.length ? [] : [...(byGiven.get(a.name) ?? [])].filter((id) => id !== a.id && !!a.title && (registry.get(id)?.title?.toLowerCase() === a.title.toLowerCase() || !!titlesUsed.get(id)?.has(a.title.toLowerCase())));
    const target = into.length === 1 ? into[0] : given.length === 1 ? given[0] : undefined;
    if (target) { registry.fold(a.id, target); folded.set(a.id, target); }
  }
  if (folded.size) for (const m of mentions) m.actor = folded.get(m.actor) ?? m.actor;
  // Later short forms: full names, surnames and handles, found in one pass over the words.
  const owner = new Map<string, string | null>();
  /** SHARED_SHORT_FORM: the people who share a form, for a form two people share. */
  const sharers = new Map<string, Set<string>>();
  for (const a of registry.all()) {
    if (a.origin === 'institution' || a.origin === 'role') continue;
    for (const n of [a.name, ...a.aliases]) {
      for (const form of [cleanName(n), ...shortFormsOf(n, a.country)]) {
        if (!form || (form !== cleanName(n) && (NOT_NAME_WORDS.has(form) || matchCountryAt(form, 0, gazetteer, true)))) continue;
        // A form two people share names neither…
        if (owner.has(form) && owner.get(form) !== a.id) (sharers.get(form) ?? sharers.set(form, new Set([owner.get(form) ?? a.id])).get(form)!).add(a.id);
        owner.set(form, owner.has(form) && owner.get(form) !== a.id ? null : a.id);
      }
    }
  }
  // HONORIFIC_GIVEN_NAME: "Sheikh <given>" is a short form of whoever the text names in full as "Sheikh <given> bin …".
  // (the first four full names of each given name: a bounded search per form).
  for (const [given, starts] of honorificFull) for (const at of starts.slice(0, 4)) {
    const full = mentions.find((m) => m.start <= at && at < m.end);
    const form = `Sheikh ${given}`;
    if (!full) continue;
    if (owner.has(form) && owner.get(form) !== full.actor) (sharers.get(form) ?? sharers.set(form, new Set([owner.get(form) ?? full.actor])).get(form)!).add(full.actor);
    owner.set(form, owner.has(form) && owner.get(form) !== full.actor ? null : full.actor);
  }
  // …but before the second of them is named, it can only be the first (SHARED_SHORT_FORM).
  const firstNamed = new Map<string, number>();
  for (const m of mentions) if (!firstNamed.has(m.actor) || firstNamed.get(m.actor)! > m.start) firstNamed.set(m.actor, m.start);
  const ownerAt = (form: string, at: number): string | null | undefined => {
    const id = owner.get(form);
    if (id !== null) return id;
    const named = [...(sharers.get(form) ?? [])].filter((x) => (firstNamed.get(x) ?? Infinity) < at);
    return named.length === 1 ? named[0] : null;
  };
  const byHead = new Map<string, string[]>();
  for (const form of owner.keys()) {
    const head = SHORT_FORM_WORD.exec(form)?.[0];
    SHORT_FORM_WORD.lastIndex = 0;
    if (head) (byHead.get(head) ?? byHead.set(head, []).get(head)!).push(form);
  }
  for (const list of byHead.values()) list.sort((a, b) => b.length - a.length);
  const words = hyphenatedWords(scan, byHead.keys());
  for (let w = 0; w < words.length; w += 2) {
    const at = words[w];
    const heads = byHead.get(scan.slice(at, words[w + 1]));
    if (!heads || (at > 0 && /[\p{L}@]/u.test(scan[at - 1]))) continue;
    const form = heads.find((f) => scan.startsWith(f, at) && !/\p{L}/u.test(scan[at + f.length] ?? ''));
    const id = form ? ownerAt(form, at) : null;
    if (!form || !id || overlaps(at, at + form.length)) continue;
    // OTHER_GIVEN_NAME_AFTER (not-the-leader.ts): "Lee" before "Do-hoon" is another Lee than Lee Nak-yon.
    const person = registry.get(id);
    if (person && !/\s/.test(form) && otherGivenNameAfter(scan, at + form.length, [person.name, ...person.aliases], gazetteer, leaderStarts)) continue;
    push(at, at + form.length, id, 'name.short-form');
    registry.addAlias(id, form);
  }
  for (const m of scan.matchAll(/@([A-Za-z0-9_]{3,})/g)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
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

/** HANDLE_SPELLS_NAME (see findActors): whether a handle's letters spell `name` as handles are made. */
export function handleSpells(letters: string, name: string): boolean {
  const words = cleanName(name).toLowerCase().split(/\s+/).map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean);
  if (words.length < 2) return false;
  const first = words[0];
  const last = words[words.length - 1];
  if (letters === words.join('')) return true;
  if (first.length >= 4 && letters.startsWith(first) && letters.length > first.length && last.startsWith(letters.slice(first.length))) return true;
  return last.length >= 5 && letters.includes(last);
}

/** Qualifiers that make a title another holder's than the one in office ("former President", "Vice President", "acting"). */
const QUALIFIED_TITLE = /\b(?:former|ex|late|then|acting|interim|outgoing|incoming|elect|designate|deputy|vice|first|second|caretaker|transitional|provisional)\b/i;

/** SPELLING_OF_HOLDER (see findActors): the parts of a name, split at spaces and hyphens, lower-case. */
function nameParts(name: string): string[] {
  return cleanName(name).toLowerCase().split(/[\s-]+/).map((w) => w.replace(/[^\p{L}]/gu, '')).filter(Boolean);
}

/** Whether `name` and one of the leader's names end in a part the other has after its first ("Nana Kuffor Addo", "Nana Akufo-Addo"). */
function spellsSamePerson(name: string, leader: LeaderEntry): boolean {
  const ours = nameParts(name);
  if (ours.length < 2) return false;
  const last = ours[ours.length - 1];
  const all = [leader.name, ...leader.aliases].map(nameParts);
  // The same words with other punctuation ("George W Bush") keep the written form (contact-constructions.test.ts).
  if (all.some((theirs) => theirs.join(' ') === ours.join(' '))) return false;
  return all.some((theirs) => {
    if (theirs.length < 2) return false;
    const theirLast = theirs[theirs.length - 1];
    return (last.length >= 4 && theirs.slice(1).includes(last)) || (theirLast.length >= 4 && ours.slice(1).includes(theirLast));
  });
}

/** Whether an office term is the office a title class names in a country ("president" of GH). */
function isHolder(office: { title: string; country: string | null } | null, country: string, titleClass: string): boolean {
  return !!office && office.country === country && office.title.toLowerCase().replace(/-/g, ' ') === titleClass.replace(/-/g, ' ');
}
