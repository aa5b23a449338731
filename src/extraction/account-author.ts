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
import { spansBetween } from './span-index.js';

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
  'foreign affairs ministry': 'Ministry of Foreign Affairs', 'presidential office': 'Office of the President',
  military: 'Military', army: 'Army', 'defense forces': 'Defense Forces', 'defence forces': 'Defence Forces', 'air force': 'Air Force', navy: 'Navy', 'general staff': 'General Staff',
};
const OFFICE = Object.keys(OFFICES).join('|');

export const ACCOUNT_RULE = {
  id: 'post.government-account',
  example: '"Pakistan stands with its brothers," the Government of Pakistan wrote on X.',
  reason: 'A government or ministry posting on its own account is the author of the post.',
  /** "<Office> of <Country>" or "<Country|Demonym>('s) <office>", the country matched by the country stage. */
  before: new RegExp(`\\b(${OFFICE}) of (?:the )?$`, 'i'),
  after: new RegExp(`^(?:'s)? (${OFFICE})\\b`, 'i'),
};

/** Words between a quote and its attribution's subject, and after the subject, that keep it the author. */
const AFTER_QUOTE = /^[\s,.!?:;-]*(?:the |a |an )?$/i;
const SAYS = /^[\s]*(?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared)\b/i;
const OPENS = /^[\s]*(?:said|says|wrote|writes|posted|tweeted|stated|added|announced|declared)\b[^"]{0,80}$/i;

/** The author of a platform quote with no person speaker, creating the account actor when needed. */
export function accountAuthor(ctx: AccountContext, q: Quote): string | null {
  const { article, gazetteer, added } = ctx;
  const s = article.sentences[q.sentence];
  const { scan } = article;
  // The attribution's subject stands within a short reach of the quote, before or after it.
  const from = Math.max(s.start, q.start - 200);
  const to = q.end + 60;
  const institution = spansBetween(ctx.mentions, from, to).find((m) => ctx.kinds.get(m.actor) === 'institution'
    && (AFTER_QUOTE.test(scan.slice(q.end, m.start)) ? SAYS.test(scan.slice(m.end, m.end + 30)) : m.end <= q.start && OPENS.test(scan.slice(m.end, q.start))));
  if (institution) return institution.actor;
  for (const c of spansBetween(ctx.countries, from, to)) {
    if (c.sentence !== q.sentence) continue;
    const account = accountAt(article, c, gazetteer);
    if (!account) continue;
    const attributes = (account.start >= q.end && AFTER_QUOTE.test(scan.slice(q.end, account.start)) && SAYS.test(scan.slice(account.end, account.end + 30)))
      || (account.end <= q.start && account.start >= s.start && OPENS.test(scan.slice(account.end, q.start)));
    if (!attributes) continue;
    if (!ctx.kinds.has(account.actor.id)) {
      added.push(account.actor);
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
  const office = (before ?? after)?.[1].toLowerCase();
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
