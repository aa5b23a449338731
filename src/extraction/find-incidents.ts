/**
 * Stage 9 — incidents. A strike (incident-rules.ts: a weapon or force that hits, a state that
 * bombs, a missile attack on something) not merely threatened becomes an incident: its attacker
 * from the clause (the state or demonym before the weapon, the verb or the attack), the struck
 * country from where it happened ("in Kuwaiti waters", a capital) or what was hit ("three Syrian
 * air bases"), casualties, and the day of the story when the sentence gives none. Linear: each
 * match looks only at its own clause through sorted indexes.
 */
import type { Article, CountryMention, IncidentDraft, Sentence } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import type { Rule } from './extraction-types.js';
import { capitalCodes } from './capital-codes.js';
import { dateForSentence, retoldDate } from './date-for-sentence.js';
import { AGENT_AFTER, ATTACK_KILLED, LATER_CLAUSE_DAY, POSSESSED_OBJECT, ATTACK_ON, CAMPAIGN, DEFINITE_RETOLD, LEAD_DAY, STABBING, ATTRIBUTION_PLACE, CAUSE_RETOLD, GROUP_ASSAULT, WHOLE_COUNTRY_ATTACK, ATTRIBUTION_DATE, BOMB_ATTACK, CLASH, COUNTRY_STRIKES, FLAG_NOT_PLACE, FORCE, GROUP_ATTACK, HIT_WITH_WEAPON, INJURED, KILLED_IN_ATTACK, NAMED_ATTACK, KILLED, NOT_STRUCK_AFTER, NOT_STRUCK_BEFORE, PAST_YEAR, YEARS_AGO, PERPETRATOR_CONTEXT, REPORT_DAY, RETELLING, RETOLD, STRIKE, STRIKE_BLOCKER, toNumber } from './incident-rules.js';
import { byStart, lastStartingBy, spansBetween } from './span-index.js';
import { PLACE_COUNTRY } from './incident-places.js';
import { mayMatch } from './required-literals.js';

const PLACE = /\b(?:in(?: the)?|across|city(?: of)?|town(?: of)?|village(?: of)?|region(?: of)?|port(?: of)?|(?:quarter|district|province|suburbs?|outskirts) of|capital|near)(?: (?:the )?(?:northern|southern|eastern|western|central|north|south|east|west|north-eastern|north-western|south-eastern|south-western))? ((?:[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+)?)/gu;
/** PLACE_BEFORE: "In Corvana late on Friday, …": a place the clause opens with, before the attack (group 1). */
const AHEAD_PLACE = /\b(?:[Ii]n|[Nn]ear|[Oo]utside) (?:the )?([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)/gu;
/** A district, region or suburb "of" a larger place: the larger place is group 1. */
const WITHIN = /\b(?:district|region|province|oblast|suburb|outskirts|neighbou?rhood|village|town|area)s? of ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)/gu;
/** Capitalised words after "in" that are times, not places. */
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|A|An)\b/;
/** Up to two lower-case words between a state and its force ("said its", "air force"), not a conjunction that brings in another party. */
const QUALIFIERS = '(?:(?!(?:and|or|with|against|by|to)\\b)[a-z][\\w-]* ){0,2}?';
/** A weapon's model before the force it names ("Thai F-16 jets", "Russian Su-34 bombers", "Iranian Shahed drones"). */
const MODEL = '(?:[A-Z][\\w-]*\\d[\\w-]* |Shahed |Kalibr |Iskander |Kinzhal |Tomahawk |Patriot |ATACMS |HIMARS |Storm Shadow )';
/** What follows a country that fights: "Russian forces", "Israel's military", "Iranian helicopter gunships", "US air force jets". */
const FORCE_AFTER = new RegExp(`^(?:'s)? ${QUALIFIERS}(?:${MODEL})?(?:${FORCE}|shelling|bombardment|bombing|strikes?|air ?strikes?|airstrikes?|air raids?|attacks?|raids?)\\b`);
/** Between a state and the verb it strikes with: nothing, or its forces (an adverb may follow: "mistakenly", "in turn", "also"). */
const SUBJECT_GAP = new RegExp(`^(?:'s)?(?: ${QUALIFIERS}${FORCE})?(?: \\w+ly| in turn| also| then| again| later| itself| too)?\\s*(?:has |have |had )?$`);
/** Where it happened: "in Kuwaiti waters", "near Kharkiv", "off the coast of Yemen". */
const WHERE_BEFORE = /\b(?:in|into|inside|near|off|over|across|on)(?: the)?(?: (?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|north|south|east|west))?(?: coast of| territory of| city of| region of| part of)? $/;
const RULES: Rule[] = [COUNTRY_STRIKES, HIT_WITH_WEAPON, ATTACK_ON, STRIKE, NAMED_ATTACK, GROUP_ASSAULT];
/** After a demonym: people, who may be hit abroad (soldiers and troops are left out: they mostly stand for their side's ground). */
const PEOPLE_AFTER = /^ (?:\w+ )?(?:workers|labou?rers|civilians|nationals|citizens|refugees|migrants|families|children|women|students|pilgrims|fishermen|journalists|tourists|residents|delegation|delegates|diplomats|visitors)\b/;

interface Ctx {
  article: Article;
  capitals: Map<string, string>;
  countries: Map<number, CountryMention[]>;
  byParagraph: Map<number, CountryMention[]>;
  attackerOf: Map<string, string>;
}

function group<T>(items: T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** PERPETRATOR_CONTEXT: an earlier strike on the same country, else "<X> forces" in this or the previous paragraph. */
function contextAttacker(ctx: Ctx, s: Sentence, victim: string | null): string | null {
  const before = victim ? ctx.attackerOf.get(victim) : undefined;
  if (before) return before;
  const nearby = [...(ctx.byParagraph.get(s.paragraph - 1) ?? []), ...(ctx.byParagraph.get(s.paragraph) ?? [])].filter((c) => c.code !== victim);
  return nearby.find((c) => PERPETRATOR_CONTEXT.pattern.test(ctx.article.scan.slice(c.end, c.end + 30)))?.code ?? null;
}

/** The attacker named in the clause: the state before the verb, or a state or demonym qualifying the weapon. */
function attackerIn(ctx: Ctx, rule: Rule, s: Sentence, near: CountryMention[], at: number, end: number): string | null {
  const { scan } = ctx.article;
  if (rule === COUNTRY_STRIKES || rule === HIT_WITH_WEAPON || rule === ATTACK_ON) {
    const subject = [...near].reverse().find((c) => c.end <= at && at - c.end < 40 && SUBJECT_GAP.test(scan.slice(c.end, at)));
    if (subject) return subject.code;
    // "Israel launched Operation Rising Lion, striking …": a trailing participle's subject opens the sentence (also
    // after "in turn", "also", "then": "Velora answered on Friday, in turn striking …").
    const opener = ctx.countries.get(s.index)?.[0];
    if (/ing\b/.test(scan.slice(at, end)) && /,\s*(?:in turn\s+|also\s+|then\s+|again\s+)?$/.test(scan.slice(Math.max(s.start, at - 14), at)) && opener && opener.start - s.start <= 4 && opener.via !== 'demonym') return opener.code;
  }
  // A demonym inside the strike the act answers ("responded to Monday's Israeli airstrikes by firing …") qualifies that cause, not this act (CAUSE_RETOLD).
  const qualifier = near.find((c) => c.end <= end && c.end > at - 60 && FORCE_AFTER.test(scan.slice(c.end, c.end + 40)) && !(c.end <= at && CAUSE_RETOLD.pattern.test(scan.slice(Math.max(s.start, c.start - 60), c.start))))?.code;
  if (qualifier) return qualifier;
  // AGENT_AFTER: "an assault on Lutsk by Russian forces" — a state (or its forces) as the agent after the noun of the attack.
  if (rule !== ATTACK_ON && rule !== NAMED_ATTACK) return null;
  return near.find((c) => c.start >= end && c.start - end < 60 && AGENT_AFTER.pattern.test(scan.slice(c.start - 8, c.start)) && !/[.;]/.test(scan.slice(end, c.start)))?.code ?? null;
}

/** FACILITY_OF_PLACE: after a known town, a site named after it ("Baghdad International Airport", "Kabul airport"). */
const FACILITY_AFTER = /^ (?:(?:International|Military|Air|Naval|Central|Main|Grand|Old) )?(?:[Aa]irport|[Aa]ir [Bb]ase|[Aa]irbase|[Bb]ase|[Pp]ort|[Hh]arbou?r|[Ss]tation|[Rr]efinery|[Mm]arket|[Hh]otel|[Hh]ospital|[Uu]niversity|[Ss]quare|[Pp]alace|[Pp]rison)\b/;

/** How far after the strike its place is read. */
const CLAUSE_REACH = 120;

/** The struck country and the place: where it happened, else what was hit, else a capital or town named. */
function struck(ctx: Ctx, s: Sentence, near: CountryMention[], end: number, attacker: string | null): { country: string | null; place: string | null } {
  const { scan } = ctx.article;
  const after = near.filter((c) => c.start >= end && c.start - end < 120 && c.code !== attacker && !FLAG_NOT_PLACE.pattern.test(scan.slice(c.end, c.end + 12)) && !beside(scan, c));
  const where = after.find((c) => WHERE_BEFORE.test(scan.slice(Math.max(s.start, c.start - 30), c.start)));
  // "a building housing Syrian workers": a demonym of the people hit says nothing of where they were.
  const object = after.find((c) => c.start - end < 60 && !ownerOnly(scan, c));
  // The clause read for the place: up to CLAUSE_REACH characters, run on to the end of the word they cut ("in the Kha|rkiv
  // region" read "Kha" as the place).
  let cut = Math.min(s.end, end + CLAUSE_REACH);
  while (cut < s.end && /[\p{L}\p{N}'-]/u.test(scan[cut])) cut++;
  const clause = scan.slice(end, cut);
  // A capital hit directly ("missiles struck Kyiv"), else a place after "in", "city of" ….
  const known = (p: string): boolean => ctx.capitals.has(p) || PLACE_COUNTRY.has(p);
  // FACILITY_OF_PLACE: "Baghdad International Airport", "Erbil Air Base": a site named after a known town lies in it.
  const site = (p: string | undefined): string | undefined => {
    if (!p || known(p)) return p;
    const first = /^[^ ]+/.exec(p)![0];
    return known(first) && FACILITY_AFTER.test(clause.slice(clause.indexOf(p) + first.length)) ? first : p;
  };
  const direct = site(/^\s*(?:(?:on|against|at) )?(?:the )?([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)/u.exec(clause)?.[1]);
  const place = (direct && known(direct) ? direct : null)
    ?? [...clause.matchAll(PLACE)].map((p) => p[1]).find((p) => !NOT_PLACE.test(p) && (!near.some((c) => scan.slice(c.start, c.end) === p) || known(p))) ?? null;
  // DIRECT_OBJECT: a known place right after the strike ("an airstrike on Gaza has killed …") is what was hit, before a country named further on.
  const directCountry = direct && known(direct) ? ctx.capitals.get(direct) ?? PLACE_COUNTRY.get(direct) : undefined;
  const hit = where ?? (directCountry && directCountry !== attacker && object && object.start > end + direct!.length + 2 ? undefined : object);
  // A clause that goes on with a verb ("… attack is the gravest risk") names no object hit.
  const objectText = /^\s*(?=\S)(?!(?:is|are|was|were|remains?|seems?|would|could|can|may|might|will)\b)((?:the |an? )?[^,.;]{3,50}?)(?= (?:in|on|at|near|last|this|that|which|and|killing|with)\b|[,.;]|$)/.exec(clause)?.[1] ?? null;
  // "in the Dniprovsky district of Kherson": a place the gazetteer does not know, in one it does.
  // "in Balochistan's Turbat": a town the gazetteer does not know, owned by a region it does.
  const owner = place ? /^(.+?)['’]s\b/u.exec(place)?.[1] : undefined;
  const within = place && !known(place) ? [...clause.matchAll(WITHIN)].map((p) => p[1]).find(known) ?? (owner && known(owner) ? owner : undefined) : undefined;
  const placeCountry = place ? ctx.capitals.get(within ?? place) ?? PLACE_COUNTRY.get(within ?? place) : undefined;
  // KNOWN_PLACE_FIRST: "killed eight tourists, mostly Germans, in Istanbul": a known town named in the clause says where, not the demonym of those hit.
  const country = (hit && hit !== where && hit.via === 'demonym' && placeCountry ? placeCountry : hit?.code) ?? directCountry ?? placeCountry ?? null;
  return { country, place: place ?? (hit ? objectText : null) };
}

/** After a demonym: an office holder ("Kenyan Foreign Minister Amos Kiprop"), whose nationality says nothing of where an attack was. */
const HOLDER_AFTER = /^ (?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Dd]eputy|[Vv]ice|[Pp]rime) )?(?:[Mm]inister|[Pp]resident|[Aa]mbassador|[Ee]nvoy|[Ss]ecretary|[Cc]hancellor|[Kk]ing|[Pp]remier)\b/;
/** A demonym of the people hit ("a Kenyan delegation") or of an embassy's or a ship's owner: it says nothing of where the attack was. */
function ownerOnly(scan: string, c: CountryMention): boolean {
  return FLAG_NOT_PLACE.pattern.test(scan.slice(c.end, c.end + 12)) || (c.via === 'demonym' && (PEOPLE_AFTER.test(scan.slice(c.end, c.end + 20)) || HOLDER_AFTER.test(scan.slice(c.end, c.end + 30))));
}

/** "bordering Afghanistan", "launched from Yemen", "near the Somalia border": a country beside the strike, not struck. */
function beside(scan: string, c: CountryMention): boolean {
  return NOT_STRUCK_BEFORE.test(scan.slice(Math.max(0, c.start - 15), c.start)) || NOT_STRUCK_AFTER.test(scan.slice(c.end, c.end + 10));
}

/** The first country of a paragraph that is neither the attacker, nor a force's side, nor beside the strike. */
function paragraphVictim(ctx: Ctx, s: Sentence, attacker: string | null, clauseEnd = s.end): string | null {
  const { scan } = ctx.article;
  return (ctx.byParagraph.get(s.paragraph) ?? []).find((c) => c.code !== attacker && !(c.sentence === s.index && c.start >= clauseEnd) && !PERPETRATOR_CONTEXT.pattern.test(scan.slice(c.end, c.end + 30)) && !beside(scan, c) && !ownerOnly(scan, c))?.code ?? null;
}

/** The story's country: the first country the article names, not as a place beside another or as an owner. */
function storyCountry(ctx: Ctx): string | null {
  const { scan } = ctx.article;
  return ctx.article.countries.find((c) => !beside(scan, c) && !ownerOnly(scan, c))?.code ?? null;
}

/** ATTRIBUTION_DATE: the strike's own clause, the sentence cut where a trailing attribution begins. */
function ownClause(scan: string, s: Sentence, end: number): Sentence {
  const m = ATTRIBUTION_DATE.pattern.exec(scan.slice(end, s.end));
  return m ? { ...s, end: end + m.index } : s;
}

/** RETELLING: the day of a sentence up to four after `s` (within two paragraphs) that tells the same strike again by a definite noun,
 * read from inside the match (so a day in the same quoted words, "This happened on Tuesday," a witness said, counts) — date-for-sentence's one retelling procedure. */
const retellingDate = (article: Article, s: Sentence): string | null =>
  retoldDate(article, s, { pattern: RETELLING.pattern, reach: 4, paragraphs: 2, clause: (t, end) => ownClause(article.scan, t, end) });

/**
 * The day of an incident, and whether its own telling names it: a day of its clause, of a sentence
 * that retells it, or "overnight" (the night before the story's day); else the report's, the
 * paragraph's or the story's day, which a report of the same attack with a day of its own overrides.
 */
function incidentDate(ctx: Ctx, s: Sentence, at: number, end: number, text: string): { date: string | null; own: boolean } {
  const { article } = ctx;
  const clause = ownClause(article.scan, s, end);
  // LATER_CLAUSE_DAY: a strike told in a later coordinated clause ("…, with Velora in turn striking Corvana on Friday") takes that clause's day first.
  const opens = [...article.scan.slice(s.start, at).matchAll(LATER_CLAUSE_DAY.pattern)].pop();
  const later = opens ? dateForSentence(article, { ...clause, start: s.start + opens.index! }, at, false, true).date : null;
  const own = later ?? dateForSentence(article, clause, at, false, true).date ?? retellingDate(article, s) ?? (/\bovernight\b/i.test(text) ? article.publishedOn : null);
  if (own) return { date: own, own: true };
  return { date: dateForSentence(article, s, at, false, true).date ?? reportDay(article, s, at) ?? dateForSentence(article, s, at, true).date, own: false };
}

/** REPORT_DAY: the last day of the sentence before its verb of saying, itself before the strike (outside quotes, in no relative clause). */
function reportDay(article: Article, s: Sentence, at: number): string | null {
  const { dates, scan } = article;
  let day: string | null = null;
  for (let i = lastStartingBy(dates, s.start - 1) + 1; i < dates.length && dates[i].end <= at; i++) {
    const d = dates[i];
    const q = article.quotes[lastStartingBy(article.quotes, d.start)];
    if (d.sentence !== s.index || !d.date || d.anaphoric || (q && d.start < q.end)) continue;
    if (REPORT_DAY.pattern.test(scan.slice(d.end, at)) && !/["\n]/.test(scan.slice(d.end, at))) day = d.date;
  }
  return day;
}


/** Two places that may be one: either unnamed or described in lower case, or one naming the other. */
const placesMeet = (a: string | null, b: string | null): boolean =>
  !a || !b || !/^[A-Z]/.test(a) || !/^[A-Z]/.test(b) || a.includes(b) || b.includes(a);

/** A definite determiner before the attack's noun (and its qualifier): "the Azerbaijani attack on", "their attack on". */
const DEFINITE_BEFORE = /\b(?:the|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Words that say a state's own forces struck in its own country (an army, an air force), not that its country was struck. */
const OWN_FORCES = /\b(?:army|armed forces|military|air force|junta|government forces|troops)\b/i;
/** "Houthi rebels fired missiles at …": an armed group, no state, that fires missiles, rockets or drones (no perpetrator country; a raid by rebels is no strike). */
const ARMED_GROUP = GROUP_ATTACK.pattern;
/** The armed group before a strike acts in it: no passive or victim's words ("militants were killed by") stand between. */
function groupActs(before: string): boolean {
  const g = ARMED_GROUP.exec(before);
  return !!g && !/\b(?:by|killed|wounded|injured|died|dead|targeted|against)\b/.test(g[0]);
}

/**
 * `rule`'s first match in sentence `s` (its text `text`) and the countries near it; null when it has
 * none, when a blocker stands just before it ("threatened to"), or when the sentence tells of a year
 * before the story's.
 */
function hitIn(ctx: Ctx, s: Sentence, text: string, rule: Rule): { m: RegExpExecArray; at: number; end: number; near: CountryMention[] } | null {
  const { scan, publishedOn } = ctx.article;
  rule.pattern.lastIndex = 0;
  if (!mayMatch(rule.pattern, text)) return null;
  const m = rule.pattern.exec(text);
  if (!m) return null;
  const at = s.start + m.index;
  const end = at + m[0].length;
  if (STRIKE_BLOCKER.test(scan.slice(Math.max(s.start, at - 60), at))) return null;
  const year = PAST_YEAR.exec(text)?.[1];
  if (year && publishedOn && Number(year) < Number(publishedOn.slice(0, 4))) return null;
  if (YEARS_AGO.test(text)) return null;
  return { m, at, end, near: spansBetween(ctx.countries.get(s.index) ?? [], at - 120, end + 160) };
}

/** The dead and injured a sentence counts. */
function casualties(text: string): { killed: number | null; injured: number | null } {
  const killed = KILLED.exec(text);
  const injured = INJURED.exec(text);
  return { killed: toNumber(killed?.[1] ?? killed?.[2]), injured: toNumber(injured?.[1] ?? injured?.[2]) };
}

export function findIncidents(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences } = article;
  const ctx: Ctx = {
    article, capitals: capitalCodes(gazetteer), attackerOf: new Map(),
    countries: group(byStart(article.countries), (c) => c.sentence),
    byParagraph: group(article.countries, (c) => sentences[c.sentence]?.paragraph ?? -1),
  };
  const incidents: IncidentDraft[] = [];
  const seen = new Set<string>();
  const struckCountries = new Set<string>();
  const owned = new Set<IncidentDraft>();
  for (const s of sentences) {
    const text = scan.slice(s.start, s.end);
    // SECOND_STRIKE: the strikes this sentence has told, by span and struck country.
    const toldHere: Array<{ at: number; end: number; victim: string }> = [];
    for (const rule of RULES) {
      const hit = hitIn(ctx, s, text, rule);
      if (!hit) continue;
      const { m, at, end } = hit;
      if (toldHere.some((t) => at < t.end && end > t.at)) continue;
      // ATTRIBUTION_PLACE: a country named in the attribution after the strike's clause (", the paper reported, citing UK
      // officials") is the source's, not where the strike was.
      const attribution = ATTRIBUTION_PLACE.pattern.exec(scan.slice(end, s.end));
      const clauseEnd = attribution ? end + attribution.index : s.end;
      const near = clauseEnd < s.end ? hit.near.filter((c) => c.start < clauseEnd) : hit.near;
      // GROUP_ASSAULT: the armed group is the subject the match opens with; a state named in the clause is what it hit.
      const named = rule === GROUP_ASSAULT ? null : attackerIn(ctx, rule, s, near, at, end);
      // GROUP_ATTACK: an armed group, no state, that fires or launches is the attacker; its act is an attack.
      const byGroup = rule === GROUP_ASSAULT || !named && !/^(?:killed|wounded|injured|hit|struck)\b/i.test(m[0]) && groupActs(scan.slice(Math.max(s.start, at - 60), at));
      if ((rule === COUNTRY_STRIKES || rule === HIT_WITH_WEAPON || rule === NAMED_ATTACK) && !named && !(/^(?:fir|launch|lobb)(?:ed|ing)\b/i.test(m[0]) && byGroup)) continue;
      const found = struck(ctx, s, near, end, named);
      const { country } = found;
      // POSSESSED_OBJECT: "Corvana said Velorian jets bombed its runways": what a named attacker hit is owned by "its" or "their",
      // the paragraph's other country; the object is the place.
      const possessed = !found.place && !country && named ? POSSESSED_OBJECT.pattern.exec(scan.slice(end, clauseEnd))?.[1] ?? null : null;
      const place = found.place ?? possessed;
      // DEAD_NO_PLACE: "Indian shelling killed three civilians, Pakistan said": a state's weapon that killed people where the clause
      // names no place struck the other country of its paragraph.
      if (!place && !country && !(named && rule === STRIKE && KILLED.test(scan.slice(at, end + 30)))) continue;
      const attacker = named ?? (byGroup ? null : contextAttacker(ctx, s, country));
      // A town the gazetteer does not know lies in the country the paragraph is about (not the attacker's).
      // GROUP_ASSAULT: an attack in a named town or province no country is given for lies in the story's country, the first it names.
      const victim = country ?? paragraphVictim(ctx, s, attacker, clauseEnd) ?? (rule === GROUP_ASSAULT && place && /^[A-Z]/.test(place) ? storyCountry(ctx) : null);
      // "A Sudanese army air strike killed 30 people in Darfur": a state striking inside its own country is an incident there too.
      if (!victim || (victim === attacker && !OWN_FORCES.test(scan.slice(Math.max(s.start, at - 60), end + 60)))) continue;
      // SECOND_STRIKE: after one strike, the sentence tells another only with an attacker of its own clause and another struck country.
      if (toldHere.length && (!named || toldHere.some((t) => t.victim === victim))) continue;
      // "Overnight" in the news of a day is the night before its publication: the story's day.
      // RETOLD, CAUSE_RETOLD: a strike called recent, or one that the story's event follows or answers, is told again.
      const lead = scan.slice(Math.max(s.start, at - 60), at);
      const retold = RETOLD.pattern.test(lead.slice(-40));
      // CAUSE_RETOLD: a cause keeps a day its own clause gives ("in reply to a drone attack on the ferry last Monday").
      const cause = !retold && CAUSE_RETOLD.pattern.test(lead);
      const when = retold ? { date: null, own: false } : incidentDate(ctx, s, at, end, text);
      const { date, own } = cause && !when.own ? { date: null, own: false } : when;
      // CAMPAIGN: "Russia's strikes on energy infrastructure": plural strikes on nothing named, undated and with no dead, are a campaign.
      if ((rule === NAMED_ATTACK || rule === ATTACK_ON) && !own && CAMPAIGN.pattern.test(m[0]) && !(place && /^[A-Z]/.test(place)) && casualties(text).killed === null) continue;
      // WHOLE_COUNTRY_ATTACK: 'the Azerbaijani attack on Armenia', undated or definite, is the war the story mentions, not an incident.
      if (rule === NAMED_ATTACK && (!own || DEFINITE_BEFORE.test(scan.slice(Math.max(s.start, at - 40), at))) && place && WHOLE_COUNTRY_ATTACK.pattern.test(place) && near.some((c) => c.code === victim && (c.via === 'name' || c.via === 'alias') && scan.slice(c.start, c.end) === place)) {
        continue;
      }
      // One strike told several times is one incident (two towns hit on one day are two); an undated
      // mention adds nothing to a strike on the same country already told.
      const key = `${victim}|${date}|${place && /^[A-Z]/.test(place) ? place : ''}`;
      if (seen.has(key) || (date === null && struckCountries.has(victim))) { if (toldHere.length) continue; break; }
      seen.add(key);
      struckCountries.add(victim);
      if (attacker) ctx.attackerOf.set(victim, attacker);
      const incident: IncidentDraft = {
        kind: byGroup ? 'attack' : 'strike', perpetrator: attacker, place, country: victim, date,
        ...casualties(text),
        evidence: [{ start: at, end, rule: rule.id, sentence: s.index }],
      };
      if (own) owned.add(incident);
      incidents.push(incident);
      toldHere.push({ at, end, victim });
    }
  }
  incidents.push(...bombAttacks(ctx, incidents, owned));
  incidents.push(...clashes(ctx, incidents, owned));
  // RETELLING: a report of an attack whose day is not its own (a headline, "…, officials said Friday")
  // is the attack of that kind on that country and place that a report with its own day dates.
  const ownDated = new Map<string, IncidentDraft[]>();
  for (const i of incidents) {
    if (!owned.has(i)) continue;
    const k = `${i.kind}|${i.country}`;
    ownDated.set(k, [...(ownDated.get(k) ?? []), i]);
  }
  const told = incidents.filter((i) => owned.has(i) || !(ownDated.get(`${i.kind}|${i.country}`) ?? []).some((j) => placesMeet(i.place, j.place)));
  // An undated report (a headline's "Air strike kills 17") of a strike on a country the story later dates is that strike.
  const dated = new Set(incidents.filter((i) => i.date !== null).map((i) => i.country));
  // An attack in a known town (a capital, a place of war news) where no dated incident of that country happened is another attack ("last week a Kabul car bombing").
  const datedPlaces = new Set(incidents.filter((i) => i.date !== null).map((i) => `${i.country}|${i.place}`));
  const elsewhere = (i: IncidentDraft) => i.kind === 'attack' && !!i.place && (ctx.capitals.has(i.place) || PLACE_COUNTRY.has(i.place)) && !datedPlaces.has(`${i.country}|${i.place}`);
  // LEAD_DAY: an attack of the headline or the first paragraph that nothing dates is the news of the story's day.
  const leadEnd = article.sentences.find((s) => !s.isTitle)?.paragraph ?? -1;
  const leadDay = (i: IncidentDraft): IncidentDraft => {
    const s = article.sentences[i.evidence[0].sentence ?? -1];
    return i.date === null && article.publishedOn && s && s.paragraph <= leadEnd && LEAD_DAY.pattern.test(article.scan.slice(s.start, s.end))
      ? { ...i, date: article.publishedOn, evidence: [...i.evidence, { ...i.evidence[0], rule: LEAD_DAY.id }] } : i;
  };
  // UNPLACED: an attack with no place, no day and no dead or wounded is talked about, not reported.
  const reported = (i: IncidentDraft) => i.place !== null || i.date !== null || i.killed !== null || i.injured !== null;
  return { ...article, incidents: told.filter((i) => i.date !== null || !dated.has(i.country) || elsewhere(i)).map(leadDay).filter(reported) };
}

/**
 * BOMB_ATTACK: a bombing or terrorist attack in a sentence that told no strike. The country is where
 * it happened (after the match, or a known place qualifying it: "a Kabul car bombing"), else the first
 * country of its paragraph; one per country, day and named place.
 */
function bombAttacks(ctx: Ctx, strikes: IncidentDraft[], owned: Set<IncidentDraft>): IncidentDraft[] {
  const { article } = ctx;
  const { scan } = article;
  const told = new Set(strikes.map((i) => i.evidence[0].sentence));
  const seen = new Set<string>();
  const out: IncidentDraft[] = [];
  for (const s of article.sentences) {
    if (told.has(s.index)) continue;
    const text = scan.slice(s.start, s.end);
    let rule = BOMB_ATTACK;
    let hit = hitIn(ctx, s, text, rule);
    // STABBING: a stabbing or knife attack, by no state.
    if (!hit) {
      rule = STABBING;
      hit = hitIn(ctx, s, text, rule);
    }
    // KILLED_IN_ATTACK: an attack no state makes (a state named inside the phrase makes it a strike).
    if (!hit) {
      rule = KILLED_IN_ATTACK;
      hit = hitIn(ctx, s, text, rule);
      if (hit && (ctx.countries.get(s.index) ?? []).some((c) => c.start >= hit!.at && c.end <= hit!.end)) continue;
    }
    // ATTACK_KILLED: an attack its clause says killed or wounded people, no state named just before it (a state's attack is a strike).
    if (!hit) {
      rule = ATTACK_KILLED;
      hit = hitIn(ctx, s, text, rule);
      // A state before the attack or its agent after it ("bombing by the United States") makes it a strike, left to the strike rules.
      // "the 2015 Paris attacks that killed …": a year before the attack names history.
      const year = hit ? /\b(1[89]\d\d|20\d\d)\b[^.;,]{0,25}$/.exec(scan.slice(Math.max(s.start, hit.at - 30), hit.at))?.[1] : undefined;
      if (year && article.publishedOn && Number(year) < Number(article.publishedOn.slice(0, 4))) continue;
      if (hit && (ctx.countries.get(s.index) ?? []).some((c) => (c.end <= hit!.at && hit!.at - c.end < 30) || (c.start >= hit!.end && c.start - hit!.end < 20 && /\bby (?:the )?$/.test(scan.slice(hit!.end, c.start))))) continue;
    }
    if (!hit) continue;
    const { at, end, near } = hit;
    // DEFINITE_RETOLD: "The first bomb went off …" after an attack the story told is that attack again.
    if ((strikes.length || out.length) && DEFINITE_RETOLD.pattern.test(scan.slice(Math.max(s.start, at - 30), at))) continue;
    const found = struck(ctx, s, near, end, null);
    // "a Kabul car bombing": a capital or town of war news qualifying the attack is where it happened.
    const named = /([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?) $/u.exec(ctx.article.scan.slice(Math.max(s.start, at - 30), at))?.[1];
    const qualifier = named ? ctx.capitals.get(named) ?? PLACE_COUNTRY.get(named) : undefined;
    // PLACE_BEFORE: "In Karachi late on Friday, a suicide attack …": a known town the clause names before the attack is where it happened.
    const known = (p: string) => ctx.capitals.has(p) || PLACE_COUNTRY.has(p);
    const namedPlace = found.place && /^[A-Z]/.test(found.place) ? found.place : null;
    const ahead = namedPlace || qualifier ? undefined : [...scan.slice(s.start, at).matchAll(AHEAD_PLACE)].map((p) => p[1]).filter(known).pop();
    const aheadCountry = ahead ? ctx.capitals.get(ahead) ?? PLACE_COUNTRY.get(ahead) : undefined;
    const country = found.country ?? qualifier ?? aheadCountry ?? null;
    const place = namedPlace ?? (qualifier ? named! : null) ?? (aheadCountry ? ahead! : null) ?? found.place;
    // ATTACK_KILLED reads only its own clause's place: the paragraph's first country may be the attacker's (a nationality).
    const victim = country ?? (rule === ATTACK_KILLED ? near.filter((c) => c.start >= end) : ctx.byParagraph.get(s.paragraph) ?? []).find((c) => !beside(scan, c) && !ownerOnly(scan, c))?.code ?? null;
    if (!victim) continue;
    const { date, own } = incidentDate(ctx, s, at, end, text);
    // As for strikes: two attacks in two named places on one day are two.
    const key = `${victim}|${date}|${place && /^[A-Z]/.test(place) ? place : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const incident: IncidentDraft = {
      kind: 'attack', perpetrator: null, place, country: victim, date,
      ...casualties(text),
      evidence: [{ start: at, end, rule: rule.id, sentence: s.index }],
    };
    if (own) owned.add(incident);
    out.push(incident);
  }
  return out;
}

/**
 * CLASH: a clash with its dead (a count killed or dead in its sentence) on a border or between two
 * states the sentence names; no country, one per day.
 */
function clashes(ctx: Ctx, told: IncidentDraft[], owned: Set<IncidentDraft>): IncidentDraft[] {
  const { article } = ctx;
  const { scan } = article;
  const toldIn = new Set(told.map((i) => i.evidence[0].sentence));
  const seen = new Set<string | null>();
  const out: IncidentDraft[] = [];
  for (const s of article.sentences) {
    if (toldIn.has(s.index)) continue;
    const text = scan.slice(s.start, s.end);
    if (!/clash/i.test(text)) continue;
    const hit = hitIn(ctx, s, text, CLASH);
    if (!hit || !KILLED.test(text)) continue;
    const { at, end } = hit;
    const sides = new Set((ctx.countries.get(s.index) ?? []).map((c) => c.code));
    const border = /\bborder\b/i.test(scan.slice(Math.max(s.start, at - 40), Math.min(s.end, end + 60)));
    if (!border && sides.size < 2) continue;
    const { date, own } = incidentDate(ctx, s, at, end, text);
    if (seen.has(date)) continue;
    seen.add(date);
    const incident: IncidentDraft = {
      kind: 'clash', perpetrator: null, place: border ? 'border' : null, country: null, date,
      ...casualties(text),
      evidence: [{ start: at, end, rule: CLASH.id, sentence: s.index }],
    };
    if (own) owned.add(incident);
    out.push(incident);
  }
  return out;
}
