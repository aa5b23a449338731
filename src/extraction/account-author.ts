/**
 * The author of a post that no person is named for: an institution the actor stage knows
 * ("NATO said on X"), or a government account named in the attribution ("…," the Government of
 * Pakistan wrote on X; the Ukrainian Foreign Ministry said on Telegram). A government account is
 * an actor of its own (GUIDE.md: an institution party to a fact is required).
 */
import { actorId } from '../facts/fact-ids.js';
import type { ActorKind } from '../facts/facts-document.js';
import type { ActorRecord, Article, CountryMention, Mention, Quote } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { lastStartingBy, spansBetween } from './span-index.js';

/** What the look-ups of one article share: mentions and countries sorted by start, actor kinds, actors added. */
export interface AccountContext {
  article: Article;
  gazetteer: GazetteerView;
  mentions: Mention[];
  countries: CountryMention[];
  kinds: Map<string, ActorKind>;
  added: ActorRecord[];
}

const OFFICES: Record<string, string> = {
  government: 'Government', 'foreign ministry': 'Ministry of Foreign Affairs', 'ministry of foreign affairs': 'Ministry of Foreign Affairs',
  'foreign office': 'Foreign Office', 'defence ministry': 'Ministry of Defence', 'defense ministry': 'Ministry of Defense',
  'ministry of defence': 'Ministry of Defence', 'ministry of defense': 'Ministry of Defense', embassy: 'Embassy', presidency: 'Presidency',
  "prime minister's office": "Prime Minister's Office", 'office of the president': 'Office of the President', "president's office": 'Office of the President',
  'armed forces': 'Armed Forces', 'ministry of external affairs': 'Ministry of External Affairs', 'external affairs ministry': 'Ministry of External Affairs',
  'foreign affairs ministry': 'Ministry of Foreign Affairs', 'presidential office': 'Office of the President', "presidency's office": 'Office of the President',
  pmo: "Prime Minister's Office", mea: 'Ministry of External Affairs', mfa: 'Ministry of Foreign Affairs',
  military: 'Military', army: 'Army', 'defense forces': 'Defense Forces', 'defence forces': 'Defence Forces', 'air force': 'Air Force', navy: 'Navy', 'general staff': 'General Staff',
};
const OFFICE = Object.keys(OFFICES).join('|');

export const ACCOUNT_RULE = {
  id: 'post.government-account',
  example: '"Pakistan stands with its brothers," the Government of Pakistan wrote on X.',
  reason: 'A government or ministry posting on its own account is the author of the post.',
  /**
   * "<Office> of <Country>", "<Office> | <Country>" (an embed's signature), an office's initials before the country
   * as signatures print them ("PMO India", "MEA India", "MFA Russia") or "<Country|Demonym>('s) <office>", the country
   * matched by the country stage.
   */
  before: new RegExp(`\\b(?:(${OFFICE}) (?:of (?:the )?|\\| )|(PMO|MEA|MFA) )$`, 'i'),
  after: new RegExp(`^(?:'s)? (${OFFICE})\\b`, 'i'),
};

/** Words between a quote and its attribution's subject, and after the subject, that keep it the author. */
const AFTER_QUOTE = /^[\s,.!?:;-]*(?:the |a |an )?(?:(?:spokes(?:man|woman|person)|press secretary|(?:press )?office|account) (?:for|of) (?:the )?)?$/i;
/** SPOKESMAN_FOR_ACCOUNT: the words between a quote and its account may name an unnamed spokesman for it (AFTER_QUOTE). */
export const SPOKESMAN_FOR_ACCOUNT_RULE = {
  id: 'post.spokesman-for-account',
  example: '"Talks with Accra were warm," a spokesman for the Kenyan foreign ministry said on X.',
  reason: 'A spokesman named by no name speaks as the ministry or government he speaks for: on a platform, the post is that account\'s.',
};
/** VERB_FIRST_ACCOUNT: the verb between the quote and the account ('"…," wrote a Chilean Foreign Ministry post on X'). */
const VERB_FIRST = /^[\s,.!?:;-]*(?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared|read|reads) (?:the |a |an )?$/i;
/** What may follow such an account: the kind of words it wrote, where, or the clause's end; not a person it has ("… Ministry spokesman Ana Ruiz"). */
const ACCOUNT_END = /^(?:\s+(?:(?:statement|post|posting|tweet|message|account|page|channel)s?|on|in|via|through|late|early|later|earlier|today|yesterday|\p{Lu}[a-z]+day)\b|\s*[,.;:!?)]|\s*$)/u;
export const VERB_FIRST_ACCOUNT_RULE = {
  id: 'post.account-verb-first',
  example: '"The ferry line opens in May," said a Chilean Foreign Ministry post on X.',
  reason: 'An account named right after the verb that attributes the quote (the verb first, as news often writes it) is the author, as it is when it comes before the verb.',
};
const SAYS = /^[\s]*(?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared)\b/i;
const OPENS = /^[\s]*(?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared)\b[^"]{0,80}$/i;

/**
 * Whether the account named at `span` attributes quote `q`: after the quote, with the verb before it
 * (VERB_FIRST_ACCOUNT) or after it ('"…," the Foreign Ministry said'); or before the quote in its
 * sentence (from `sentenceStart`), its verb opening the words up to the quote.
 */
function attributes(scan: string, q: Quote, span: { start: number; end: number }, sentenceStart: number): boolean {
  if (span.start >= q.end) {
    const between = scan.slice(q.end, span.start);
    const after = scan.slice(span.end, span.end + 30);
    return (VERB_FIRST.test(between) && ACCOUNT_END.test(after)) || (AFTER_QUOTE.test(between) && SAYS.test(after));
  }
  return span.end <= q.start && span.start >= sentenceStart && OPENS.test(scan.slice(span.end, q.start));
}

/** The author of a platform quote with no person speaker, creating the account actor when needed. */
export function accountAuthor(ctx: AccountContext, q: Quote): string | null {
  const { article, gazetteer, added } = ctx;
  const s = article.sentences[q.sentence];
  const { scan } = article;
  // The attribution's subject stands within a short reach of the quote, before or after it.
  const from = Math.max(s.start, q.start - 200);
  const to = q.end + 60;
  const institution = spansBetween(ctx.mentions, from, to).find((m) => ctx.kinds.get(m.actor) === 'institution' && attributes(scan, q, m, s.start));
  if (institution) return institution.actor;
  const bare = bareAccount(ctx, q);
  if (bare) return bare;
  for (const c of spansBetween(ctx.countries, from, to)) {
    if (c.sentence !== q.sentence) continue;
    const account = accountAt(article, c, gazetteer);
    if (!account) continue;
    if (!attributes(scan, q, account, s.start)) continue;
    if (!ctx.kinds.has(account.actor.id)) {
      added.push(account.actor);
      ctx.kinds.set(account.actor.id, 'institution');
    }
    return account.actor.id;
  }
  return null;
}

/** Offices a government posts as, by their proper name with no country ("the Ministry of External Affairs"). */
const CIVIL = Object.keys(OFFICES).filter((k) => !/military|army|navy|air force|forces|general staff|embassy/.test(k));
const titled = (k: string) => k.replace(/(?<![\w'])(?!of\b|the\b)[a-z]/g, (c) => c.toUpperCase());
/** The holder's title that places an office in a country: the foreign ministry is the foreign minister's. */
const HOLDER = /(external affairs|foreign|defen[cs]e|prime minister|president)/i;
/** POSSESSIVE_OFFICE: an office named by its holder's possessive, in lower case as news writes it ("the Presidency's office"). */
const POSSESSIVE_OFFICE = "(?:[Pp]residency|[Pp]resident|[Pp]rime [Mm]inister)'s office";
const BARE = [...CIVIL.map(titled), POSSESSIVE_OFFICE].join('|');
export const BARE_ACCOUNT_RULE = {
  id: 'post.bare-account',
  example: '"We welcome the ministers of the region," the Ministry of External Affairs wrote on X.',
  reason: 'A government office named by its proper name with no country ("the Foreign Ministry", "the Presidency") that posts is an account of the country the article is most about.',
  after: new RegExp(`^[\\s,.!?:;-]*(?:the (${BARE})(?= (?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared)\\b)|(?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared) the (${BARE})(?=\\s*[,.;:!?]|\\s*$|\\s+(?:on|in|via|late|early|today|yesterday|\\p{Lu}[a-z]+day)\\b))`, 'u'),
  before: new RegExp(`(?:^|[.!?]\\s+|, )[Tt]he (${BARE}) (?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared)\\b[^"]{0,80}$`),
};

/** The account of an office named with no country next to the quote, of the country the article names most up to it. */
function bareAccount(ctx: AccountContext, q: Quote): string | null {
  const { article, gazetteer, added } = ctx;
  const s = article.sentences[q.sentence];
  const m = BARE_ACCOUNT_RULE.after.exec(article.scan.slice(q.end, q.end + 60)) ?? BARE_ACCOUNT_RULE.before.exec(article.scan.slice(Math.max(s.start, q.start - 160), q.start));
  if (!m) return null;
  // VERB_FIRST_ACCOUNT: '"…," tweeted the Prime Minister's Office' names the office in the second group.
  m[1] ??= m[2];
  // The country of the office's holder named in the article ("External Affairs Minister S Jaishankar"), else the one named most.
  const portfolio = HOLDER.exec(m[1].replace(/presidency/i, 'president'))?.[1].toLowerCase().replace(/defen[cs]e/, 'defen');
  const holds = (a: ActorRecord | undefined) => !!a?.country && !!a.title?.toLowerCase().replace(/defen[cs]e/, 'defen').includes(portfolio!);
  // The president's or prime minister's office is that of the holder named last before the quote (several states have one).
  const byId = new Map(article.actors.map((a) => [a.id, a]));
  let lastHolder: ActorRecord | undefined;
  for (let k = lastStartingBy(ctx.mentions, q.start); (portfolio === 'president' || portfolio === 'prime minister') && !lastHolder && k >= 0; k--) {
    const a = byId.get(ctx.mentions[k].actor);
    if (holds(a)) lastHolder = a;
  }
  const holder = lastHolder ?? (portfolio && portfolio !== 'president' && portfolio !== 'prime minister' ? article.actors.find(holds) : undefined);
  const count = new Map<string, number>();
  let best: string | null = holder?.country ?? null;
  for (const c of holder ? [] : ctx.countries) {
    if (c.start >= q.start) break;
    const n = (count.get(c.code) ?? 0) + 1;
    count.set(c.code, n);
    if (!best || n > count.get(best)!) best = c.code;
  }
  const country = best ? gazetteer.countries.find((x) => x.code === best) : undefined;
  if (!country) return null;
  const name = `${OFFICES[m[1].toLowerCase()]} of ${country.name}`;
  const id = actorId(name);
  if (!ctx.kinds.has(id)) {
    added.push({ id, kind: 'institution', name, aliases: [...new Set([m[1], `the ${m[1]}`])], handles: [], title: null, country: country.code, origin: 'institution' });
    ctx.kinds.set(id, 'institution');
  }
  return id;
}

export const SIGNATURE_ACCOUNT_RULE = {
  id: 'post.signature-account',
  example: 'We stand with our neighbours. — Presidency | Kenya (@StateHouseKenya) May 2, 2024',
  reason: 'An embedded post signed by a government account ("Presidency | <Country>", "Ministry of Foreign Affairs of <Country>") is that account\'s post; a government account is an actor.',
};

/** The government account that signs an embedded post between `from` and `to`, creating its actor when needed. */
export function signatureAccount(ctx: AccountContext, from: number, to: number, handle: string): string | null {
  for (const c of spansBetween(ctx.countries, from, to)) {
    const account = accountAt(ctx.article, c, ctx.gazetteer);
    if (!account || account.start < from - 4) continue;
    if (!ctx.kinds.has(account.actor.id)) {
      ctx.added.push({ ...account.actor, handles: [handle] });
      ctx.kinds.set(account.actor.id, 'institution');
    }
    return account.actor.id;
  }
  return null;
}

/** The government account a country mention is part of, with the span of the whole phrase. */
function accountAt(article: Article, c: CountryMention, gazetteer: GazetteerView): { actor: ActorRecord; start: number; end: number } | null {
  const { scan } = article;
  const lead = scan.slice(Math.max(0, c.start - 40), c.start);
  const before = ACCOUNT_RULE.before.exec(lead);
  const after = before ? null : ACCOUNT_RULE.after.exec(scan.slice(c.end, c.end + 40));
  const office = (before?.[1] ?? before?.[2] ?? after?.[1])?.toLowerCase();
  if (!office) return null;
  const country = gazetteer.countries.find((x) => x.code === c.code);
  if (!country) return null;
  const canonical = OFFICES[office];
  const name = `${canonical} of ${country.name}`;
  const written = before ? scan.slice(c.start - before[0].length, c.end) : scan.slice(c.start, c.end + after![0].length);
  const demonym = country.demonyms[0];
  const aliases = [...new Set([written.replace(/^the /i, ''), `${country.name}'s ${office}`, `${country.name} ${office}`, ...(demonym ? [`${demonym} ${office}`] : [])])].filter((x) => x !== name);
  const start = before ? c.start - before[0].length : c.start;
  const end = before ? c.end : c.end + after![0].length;
  const withThe = /\bthe $/i.test(scan.slice(start - 4, start)) ? start - 4 : start;
  return { actor: { id: actorId(name), kind: 'institution', name, aliases, handles: [], title: null, country: c.code, origin: 'institution' }, start: withThe, end };
}
