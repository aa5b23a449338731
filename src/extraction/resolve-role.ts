/**
 * A role resolved to the actor it names ("the Ukrainian President", "his Argentine counterpart"):
 * the nearest matching person named before it (else after it), the gazetteer's office holder on
 * the article's date, or a new unnamed office holder. Used by resolve-coreference.ts.
 */
import type { ActorRecord, Article, Mention, RoleMention } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { lastStartingBy } from './span-index.js';

/** How many mentions a role looks back and ahead for the person it names. */
const ROLE_REACH = 400;

/** Between a role and a name in apposition to it: ", the far-right economist " (lower-case descriptors only, so a second party is not read as the role's name). */
const APPOSED_GAP = /^,\s+(?:(?:the|a|an|his|her)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,4}$/u;
/** …but not a phrase a preposition opens (", on behalf of King X"): who follows it is another person. */
const APPOSED_NOT = /^,\s+(?:on|of|by|with|to|at|for|from|in|under|after|before|during|like|unlike|and|or|while|as)\s/u;

/**
 * coref.office-synonym: one office under its other names. "Premier", "PM" and "head of government" name the office of
 * prime minister ("Pakistan's premier" is its Prime Minister); "FM", "top diplomat" and "chief diplomat" the foreign
 * minister's. Both the role's words and the office holder's title are read through it.
 */
export const OFFICE_SYNONYM = {
  id: 'coref.office-synonym',
  example: 'Foreign Minister Lena Holt flew to Ankara. The Turkish FM greeted Norway\'s top diplomat at the airport.',
  reason: 'A short or descriptive name of an office names its holder as the title does: the foreign minister the text (or the gazetteer on the day) names.',
};
const sameOffice = (title: string) => title.replace(/\b(?:premier|pm|head of government)\b/g, 'prime minister').replace(/\b(?:fm|top diplomat|chief diplomat)\b/g, 'foreign minister');

/**
 * coref.president-of-government: "the President of the Spanish Government", "the President of the Government of
 * Spain" (Spain's prime minister is styled so) is the head of government: the prime minister, not a president.
 */
export const PRESIDENT_OF_GOVERNMENT = {
  id: 'coref.president-of-government',
  example: 'Prime Minister Ana Ruiz of Spain flew to Rabat. The king received the President of the Government of Spain.',
  reason: 'Some countries title their prime minister "President of the Government": the role names the prime minister the text or the gazetteer gives.',
  /** The role's words and what follows it: the parser may end the role before "Government" ("President of the Spanish| government"). */
  pattern: /^(?:the\s+)?(?:President of the (?:\p{Lu}[\p{L}-]+\s+)?[Gg]overnment\b|(?:\p{Lu}[\p{L}-]+\s+)?Government President\b)/u,
};
/** The office a role names, in the words sameOffice reads (lower case). */
const roleOffice = (role: RoleMention, scan: string) => role.titleClass === 'president' && PRESIDENT_OF_GOVERNMENT.pattern.test(scan.slice(role.start, role.end + 12)) ? 'prime minister' : sameOffice(role.titleClass.toLowerCase());

/**
 * coref.same-portfolio: "Norway's foreign minister" names Norway's foreign minister, not its finance minister,
 * though both titles hold "minister": a role that names a portfolio matches only an office of that portfolio.
 */
export const SAME_PORTFOLIO = {
  id: 'coref.same-portfolio',
  example: 'Wang Yi met Ostby, Norway\'s foreign minister, in Beijing. (The gazetteer lists Norway\'s finance minister: he is not the one met.)',
  reason: 'A title with a portfolio (foreign, finance, defence, interior, trade …) names the holder of that portfolio; the country and the word "minister" alone do not.',
  pattern: /\b(foreign|external|finance|economy|defen[cs]e|interior|home|trade|commerce|justice|health|energy|agriculture|education|labou?r|environment|transport|security|oil|petroleum)\b/i,
};
const PORTFOLIO_SAME: Record<string, string> = { external: 'foreign', economy: 'finance', defense: 'defence', home: 'interior', commerce: 'trade', labor: 'labour', oil: 'petroleum' };
/** The portfolio a title names ("Foreign Minister", "Minister of Foreign Affairs", "External Affairs Minister": foreign), else null. */
export function portfolioOf(title: string | null | undefined): string | null {
  const m = SAME_PORTFOLIO.pattern.exec(title ?? '');
  if (!m) return null;
  const word = m[1].toLowerCase();
  return PORTFOLIO_SAME[word] ?? word;
}
/** Whether an office's title fits a role's portfolio (a role without one fits any). */
const samePortfolio = (roleTitle: string, officeTitle: string | null | undefined) => { const p = portfolioOf(roleTitle); return !p || portfolioOf(officeTitle) === p; };

/**
 * coref.not-a-lesser-holder: "the foreign secretary" is not the shadow foreign secretary, "the prime minister" not the deputy
 * prime minister, though their titles hold the office's words: a holder whose title ranks him under the office (deputy, vice,
 * shadow, assistant, acting) is named only by a role that says so.
 */
export const NOT_A_LESSER_HOLDER = {
  id: 'coref.not-a-lesser-holder',
  example: 'Shadow Foreign Secretary Ann Lowe said the foreign secretary should go to the talks.',
  reason: 'A deputy, vice, shadow, assistant or acting holder does not hold the office a plain role names; the role names its holder.',
  pattern: /\b(deputy|vice|shadow|assistant|acting|under)\b/,
};
const lesserHolder = (actorTitle: string, roleTitle: string) => { const m = NOT_A_LESSER_HOLDER.pattern.exec(actorTitle); return !!m && !roleTitle.includes(m[1]); };

function titleMatches(actor: ActorRecord, role: RoleMention, office: string): boolean {
  if (actor.origin === 'institution' || actor.origin === 'role') return false;
  if (actor.title && role.kind !== 'counterpart' && lesserHolder(actor.title.toLowerCase(), role.title.toLowerCase())) return false;
  if (role.kind === 'counterpart') return actor.country === role.country;
  if (role.country && actor.country !== role.country) return false;
  if (role.titleClass === 'head of state' || role.titleClass === 'leader') return actor.kind === 'leader';
  // "the foreign minister" never names a prime minister, though both titles end in "minister".
  if (role.kind === 'official' && actor.kind === 'leader') return false;
  const title = sameOffice((actor.title ?? '').toLowerCase());
  if (role.kind === 'leader' && actor.kind !== 'leader') return false;
  if (role.kind === 'official' && actor.title && !samePortfolio(role.title, actor.title)) return false;
  return title.includes(office) || (actor.kind === 'leader' && role.kind === 'leader' && !actor.title);
}

/**
 * coref.counterpart-of-role: "Türkiye's foreign minister met his Egyptian counterpart": the person a counterpart is
 * relative to may himself be named by a role resolved just before it; his office sets the counterpart's rank.
 */
export const COUNTERPART_OF_ROLE = {
  id: 'coref.counterpart-of-role',
  example: 'Norway\'s foreign minister met her Kenyan counterpart in Oslo. (Kenya\'s president, named later, is not the one met.)',
  reason: 'A counterpart holds the office of the person it is relative to, whether the text names that person or a role in his place.',
};

/** The person a counterpart is relative to: the nearest titled person of another country before it, a role resolved before it in its sentence included. */
function relativeTo(mentions: Mention[], at: number, byId: Map<string, ActorRecord>, country: string, earlier: Mention[] = [], role?: RoleMention): ActorRecord | null {
  let found: { start: number; actor: ActorRecord } | null = null;
  for (let i = at; i >= 0 && i > at - 20; i--) {
    const a = byId.get(mentions[i].actor);
    if (a?.title && a.country && a.country !== country) { found = { start: mentions[i].start, actor: a }; break; }
  }
  // COUNTERPART_OF_ROLE: a role of the counterpart's own sentence, resolved before it (bounded: the last ten).
  for (let i = earlier.length - 1; role && i >= 0 && i >= earlier.length - 10; i--) {
    const m = earlier[i];
    if (m.sentence !== role.sentence || m.end > role.start) continue;
    const a = byId.get(m.actor);
    if (a?.title && a.country && a.country !== country && (!found || m.start > found.start)) found = { start: m.start, actor: a };
    break;
  }
  return found?.actor ?? null;
}

export const VISITING_ROLE = {
  id: 'coref.visiting-role',
  example: 'Store held talks with Prime Minister Modi. Minister Jaishankar called on the visiting prime minister.',
  reason: 'A role qualified as visiting names the guest: the nearest prime minister before it may be the host, whose country is the other people\'s of its sentence.',
  pattern: /\bvisiting\b/i,
};

/** The countries of the persons named (not by reference) in the role's sentence, outside the role. */
function hostCountries(role: RoleMention, mentions: Mention[], byId: Map<string, ActorRecord>): Set<string> {
  const out = new Set<string>();
  for (let i = lastStartingBy(mentions, role.start - 1); i >= 0 && mentions[i].sentence === role.sentence; i--) add(mentions[i]);
  for (let i = lastStartingBy(mentions, role.start - 1) + 1; i < mentions.length && mentions[i].sentence === role.sentence; i++) add(mentions[i]);
  return out;
  function add(m: Mention) {
    const a = byId.get(m.actor);
    if (!m.reference && (m.end <= role.start || m.start >= role.end) && a && a.kind !== 'institution' && a.country) out.add(a.country);
  }
}

export const TITLE_IN_TEXT = {
  id: 'coref.title-in-text',
  example: 'Norwegian crown prince meets Danish minister. Norway\'s Crown Prince Haakon met Lars Lokke Rasmussen on Monday.',
  reason: 'A role names the person the text itself gives that title, in the same country, even when the gazetteer lists another office for him.',
};

export const FORMER_HOLDER = {
  id: 'coref.former-holder',
  example: 'Prime Minister Ruth Amsel flew to Oslo, far from the style of former prime minister Karl Dorn. The prime minister dined with the king.',
  reason: 'A person the text names as a former (ex-) holder of an office no longer holds it: a role of that office in the present ("the prime minister") names someone else; a role that says "former" may name him.',
  /** A "former"/"ex-" opening the title words right before a name (at most five of them, no clause break between). */
  lead: /\b(?:former|ex-)\s*((?:[\p{L}.'’-]+\s+){0,5})$/iu,
  /** …or in apposition after it: "Tony Blair, the former prime minister". */
  apposed: /^,\s+(?:the\s+|a\s+)?(?:former|ex-)\s*([\p{L}.'’-]+(?:[ \t]+[\p{L}.'’-]+){0,4})/iu,
};

/** The title words a mention is named a former holder of ("former prime minister Tony Blair", "Tony Blair, the former prime minister"), lower case; else "". Cached: each mention is read once. */
const formerTitles = new WeakMap<Mention, string>();
function formerTitle(scan: string, m: Mention): string {
  let known = formerTitles.get(m);
  if (known !== undefined) return known;
  known = '';
  if (!m.reference) {
    // Bounded: 60 characters before the name and 60 after it. The mention may hold its title ("former Prime
    // Minister Tony Blair"): the lead is read up to the name's last word.
    const text = scan.slice(Math.max(0, m.start - 60), m.end);
    const lastSpace = text.lastIndexOf(' ');
    const lead = /former|ex-/i.test(text) ? FORMER_HOLDER.lead.exec(text.slice(0, Math.max(text.length - (m.end - m.start), lastSpace + 1))) : null;
    const after = lead ? null : FORMER_HOLDER.apposed.exec(scan.slice(m.end, m.end + 60));
    known = sameOffice((lead ?? after)?.[1].toLowerCase() ?? '');
  }
  formerTitles.set(m, known);
  return known;
}

/**
 * "sat down with former Japanese Prime Minister and league chairman, Yoshihide Suga": a role that says
 * "former" names someone who no longer holds the office — never the person in it on the article's date, though the
 * text names that one nearer, and never the gazetteer's holder on that date.
 */
export const FORMER_ROLE = {
  id: 'coref.former-role',
  example: 'Prime Minister Ruth Amsel spoke in Oslo. On Sunday, the king held talks with former Prime Minister and party elder, Karl Dorn.',
  reason: 'A role qualified by "former" or "ex-" refers to a past holder of the office; the present holder, who is not one, is no candidate.',
};
/** FORMER_ROLE: the ids of whoever holds the role's office in its country on `date` (none when either is unknown). */
function sittingHolders(role: RoleMention, office: string, gazetteer: GazetteerView, date: string | null | undefined): Set<string> {
  if (!date || !role.country || !office) return new Set();
  return new Set(gazetteer.leaders.filter((l) => { const o = gazetteer.officeOn(l, date); return !!o && o.country === role.country && sameOffice(o.title.toLowerCase()).includes(office); }).map((l) => l.id));
}

export const COUNTERPART_OF_SAME_RANK = {
  id: 'coref.counterpart-same-rank',
  example: 'Foreign Minister Wadephul welcomed his Russian counterpart, though Putin was in Delhi too: the counterpart is Lavrov, not Putin.',
  reason: 'A minister\'s counterpart is the minister of the country named (a leader\'s, its leader): the people of that rank come first, leaders first only when the person it is relative to is unknown.',
};

/**
 * The actor a role refers to: the nearest matching person named before it (else after it), one in
 * office on the date, or a new "office holder". A counterpart is the person of the country named
 * ("his Argentine counterpart"), leaders first.
 */
export function resolveRole(role: RoleMention, article: Article, gazetteer: GazetteerView, mentions: Mention[], byId: Map<string, ActorRecord>, extra: ActorRecord[], earlier: Mention[] = []): string | null {
  if (role.orgBound || (role.kind === 'counterpart' && !role.country)) return null;
  // "the elected president of Argentina, the economist Javier Milei": the name set beside the role is
  // whom it names, whatever the nearest office holder before it ("Vice President" Kirchner) is.
  const next = mentions[lastStartingBy(mentions, role.end - 1) + 1];
  const apposed = next && byId.get(next.actor);
  if (apposed && apposed.kind !== 'institution' && (!role.country || !apposed.country || apposed.country === role.country) && APPOSED_GAP.test(article.scan.slice(role.end, next.start)) && !APPOSED_NOT.test(article.scan.slice(role.end, next.start)) && /^\s*(?:[,.;:)]|$|who\b|and\b)/.test(article.scan.slice(next.end, next.end + 6))) return next.actor;
  // TITLE_IN_TEXT: "Saudi crown prince" names the person the text titles "Crown Prince", whatever office the gazetteer gives him.
  // OFFICE_SYNONYM, PRESIDENT_OF_GOVERNMENT: the office the role names, in the words the holders' titles are read in.
  const office = roleOffice(role, article.scan);
  // OFFICE_TITLED_IN_TEXT: a role with no country ("the Crown Prince") names the person the text titles so, of any country.
  const titled = (m: Mention, a: ActorRecord) => !m.reference && role.kind !== 'counterpart' && !lesserHolder(article.scan.slice(m.start, m.end).toLowerCase(), role.title.toLowerCase()) && (role.country ? a.country === role.country : a.kind === role.kind && !/\b(?:vice|deputy|former|ex|shadow)\b/i.test(article.scan.slice(m.start, m.end)) && sameOffice(article.scan.slice(m.start, m.end).toLowerCase()).includes(sameOffice(role.title.toLowerCase()))) && a.origin !== 'institution' && a.origin !== 'role' && m.end - m.start < 120 && sameOffice(article.scan.slice(m.start, m.end).toLowerCase()).includes(office);
  // VISITING_ROLE: "the visiting prime minister" is a guest: not of the country of the people the sentence names beside it (its hosts).
  const hosts = VISITING_ROLE.pattern.test(article.scan.slice(Math.max(0, role.start - 12), role.end)) ? hostCountries(role, mentions, byId) : null;
  // FORMER_HOLDER: "the prime minister" is not the person the text calls "former prime minister"; "the former prime minister" may be.
  const present = !/\b(?:former|ex-)/i.test(article.scan.slice(Math.max(0, role.start - 8), role.end));
  const former = new Set<string>();
  if (present) for (let i = Math.max(0, lastStartingBy(mentions, role.start - 1) - ROLE_REACH); i < mentions.length && i <= lastStartingBy(mentions, role.start - 1) + ROLE_REACH; i++) if (office && formerTitle(article.scan, mentions[i]).includes(office)) former.add(mentions[i].actor);
  // FORMER_ROLE: "former Japanese Prime Minister" never names whoever holds that office on the article's date.
  const sitting = present ? null : sittingHolders(role, office, gazetteer, article.publishedOn);
  const fits = (m: Mention) => { const a = byId.get(m.actor); return !!a && !former.has(m.actor) && !sitting?.has(m.actor) && (titleMatches(a, role, office) || titled(m, a)) && !(hosts && a.country && hosts.has(a.country)); };
  const at = lastStartingBy(mentions, role.start - 1);
  // COUNTERPART_OF_SAME_RANK: "his Russian counterpart" of a foreign minister is Russia's minister, though its president is named nearer.
  const relative = role.kind === 'counterpart' && role.country ? relativeTo(mentions, at, byId, role.country, earlier, role) : null;
  const rank = relative?.kind ?? 'leader';
  const ranked = role.kind === 'counterpart' ? [(m: Mention) => (byId.get(m.actor)?.kind ?? 'leader') === rank, fits] : [fits];
  for (const ok of ranked) {
    for (let i = at; i >= 0 && i > at - ROLE_REACH; i--) if (mentions[i].end <= role.start && fits(mentions[i]) && ok(mentions[i])) return mentions[i].actor;
    for (let i = at + 1; i < mentions.length && i <= at + ROLE_REACH; i++) if (mentions[i].start > role.start && fits(mentions[i]) && ok(mentions[i])) return mentions[i].actor;
  }
  if (!role.country || !present) return null;
  const date = article.publishedOn;
  // "Lula … was received by his Chinese counterpart": the holder of the same office, in the country named.
  const titleClass = role.kind === 'counterpart' ? relative?.title && sameOffice(relative.title.toLowerCase()) : office;
  if (!titleClass) return null;
  const holder = date ? gazetteer.leaders.find((l) => { const o = gazetteer.officeOn(l, date); return o && o.country === role.country && sameOffice(o.title.toLowerCase()).includes(titleClass) && (role.kind === 'counterpart' || samePortfolio(role.title, o.title)); }) : undefined;
  if (role.kind === 'counterpart' && !holder) return null;
  if (holder) {
    const office = gazetteer.officeOn(holder, date!);
    if (!byId.has(holder.id)) {
      const record: ActorRecord = { id: holder.id, kind: office?.kind ?? 'leader', name: holder.name, aliases: [], handles: [...holder.handles], title: office?.title ?? null, country: office?.country || role.country, origin: 'gazetteer' };
      extra.push(record);
      byId.set(holder.id, record);
    }
    return holder.id;
  }
  if (!role.definite && !/^[A-Z]/.test(article.scan[role.start])) return null;
  const countryName = gazetteer.countries.find((c) => c.code === role.country)?.name ?? role.country;
  const name = `${role.title.replace(/^(?:the )/i, '')} of ${countryName}`;
  const surface = article.scan.slice(role.start, role.end).replace(/^the /i, '');
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (!byId.has(id)) {
    const record: ActorRecord = { id, kind: role.kind === 'leader' ? 'leader' : 'official', name, aliases: surface !== name ? [surface] : [], handles: [], title: role.title, country: role.country, origin: 'role' };
    extra.push(record);
    byId.set(id, record);
  }
  return id;
}
