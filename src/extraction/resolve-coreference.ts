/**
 * Stage 4 — coreference inside the article. Adds reference mentions for roles ("the Ukrainian
 * President", "the Prime Minister of Malaysia"), pronouns (he, his, him), "the latter/former",
 * and first-person words (in a quote: its speaker; outside: the statement's author), then
 * attributes quotes to speakers.
 */
import type { ActorRecord, Article, Mention, RoleMention } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { attributeQuotes, quoteSpans } from './find-quotes.js';
import { sentenceAt } from './split-sentences.js';

const PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/gi;
const LATTER = /\bthe (latter|former)\b(?! (?:president|prime|vice|foreign|chancellor|minister|secretary|leader|king|queen|head))/gi;
const FIRST_PERSON = /\b(?:I|me|my|we|We|our|Our|us|myself|ourselves)\b/g;
const FEMALE = /\b(?:queen|empress|princess|duchess|lady|dame|madam|first lady)\b/i;
const MALE = /\b(?:king|prince|emperor|sultan|emir|sheikh|duke|lord|sir)\b/i;
const AUTHOR_TITLE = /^(?:(?:Statement|Remarks|Letter|Message|Op-ed|Address) (?:by|from|of)|Readout of)\b/i;

function titleMatches(actor: ActorRecord, role: RoleMention): boolean {
  if (actor.origin === 'institution' || actor.origin === 'role') return false;
  if (role.country && actor.country !== role.country) return false;
  if (role.titleClass === 'head of state' || role.titleClass === 'leader') return actor.kind === 'leader';
  const title = (actor.title ?? '').toLowerCase();
  if (role.kind === 'leader' && actor.kind !== 'leader') return false;
  return title.includes(role.titleClass) || (actor.kind === 'leader' && role.kind === 'leader' && !actor.title);
}

/** The actor a role refers to: one in the article, one in office on the date, or a new "office holder". */
function resolveRole(role: RoleMention, article: Article, gazetteer: GazetteerView, mentions: Mention[], extra: ActorRecord[]): string | null {
  if (role.orgBound || role.kind === 'counterpart') return null;
  const actors = [...article.actors, ...extra];
  const candidates = new Set(actors.filter((a) => titleMatches(a, role)).map((a) => a.id));
  const before = mentions.filter((m) => m.start < role.start && candidates.has(m.actor));
  if (before.length) return before[before.length - 1].actor;
  const after = mentions.find((m) => m.start > role.start && candidates.has(m.actor));
  if (after) return after.actor;
  if (!role.country) return null;
  const date = article.publishedOn;
  const holder = date ? gazetteer.leaders.find((l) => { const o = gazetteer.officeOn(l, date); return o && o.country === role.country && o.title.toLowerCase().includes(role.titleClass); }) : undefined;
  if (holder) {
    const office = gazetteer.officeOn(holder, date!);
    extra.push({ id: holder.id, kind: office?.kind ?? 'leader', name: holder.name, aliases: [], handles: [...holder.handles], title: office?.title ?? null, country: office?.country || role.country, origin: 'gazetteer' });
    return holder.id;
  }
  if (!role.definite && !/^[A-Z]/.test(article.scan[role.start])) return null;
  const countryName = gazetteer.countries.find((c) => c.code === role.country)?.name ?? role.country;
  const name = `${role.title.replace(/^(?:the )/i, '')} of ${countryName}`;
  const surface = article.scan.slice(role.start, role.end).replace(/^the /i, '');
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (!extra.some((a) => a.id === id)) extra.push({ id, kind: role.kind === 'leader' ? 'leader' : 'official', name, aliases: surface !== name ? [surface] : [], handles: [], title: role.title, country: role.country, origin: 'role' });
  return id;
}

export function resolveCoreference(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences } = article;
  const extra: ActorRecord[] = [];
  const mentions: Mention[] = [...article.mentions];
  // A nickname in quotes inside a name ("Ferdinand "Bongbong" Marcos") is not a quotation.
  const spans = quoteSpans(scan, sentences).filter((q) => !article.mentions.some((m) => m.start < q.start && q.end < m.end));
  const inQuote = (at: number) => spans.find((q) => at >= q.start && at < q.end);
  const add = (start: number, end: number, actor: string, rule: string) =>
    mentions.push({ start, end, actor, sentence: sentenceAt(sentences, start)?.index ?? 0, rule, reference: true });

  // The principal: the first person named in the body, the subject of a readout.
  const principal = mentions.find((m) => !sentences[m.sentence]?.isTitle && article.actors.find((a) => a.id === m.actor && a.kind !== 'institution'))?.actor ?? null;
  for (const role of article.roles) {
    const id = role.titleClass === 'head of state' && !role.country && principal ? principal : resolveRole(role, article, gazetteer, mentions, extra);
    if (id) add(role.start, role.end, id, 'coref.role');
  }
  mentions.sort((a, b) => a.start - b.start);

  // The author of a first-person statement: "Statement by President Joe Biden", or "We, the A and the B,".
  const authors: string[] = [];
  const title = sentences.find((s) => s.isTitle);
  if (title && AUTHOR_TITLE.test(scan.slice(title.start, title.end))) {
    const first = mentions.find((m) => m.sentence === title.index);
    if (first) authors.push(first.actor);
  }
  const weAre = /\bWe, ([^,]{5,200}),/.exec(scan);
  if (!authors.length && weAre) {
    for (const m of mentions) if (m.start > weAre.index && m.end <= weAre.index + weAre[0].length && !authors.includes(m.actor)) authors.push(m.actor);
  }

  // "he" never refers to the author of a first-person statement; a readout's principal is fair game.
  const speakers = title && /^(?:Statement|Remarks|Letter|Message|Op-ed|Address)\b/i.test(scan.slice(title.start, title.end)) ? [...authors] : [];
  if (!authors.length && principal) authors.push(principal);
  const persons = new Set([...article.actors, ...extra].filter((a) => a.kind !== 'institution').map((a) => a.id));
  // Titles that tell a person's gender, so "she" can pass over "the President" to reach "the Queen".
  const all = [...article.actors, ...extra];
  const genderOf = (id: string) => { const t = all.find((a) => a.id === id)?.title ?? ''; return FEMALE.test(t) ? 'f' : MALE.test(t) ? 'm' : null; };
  const subjectOf = (index: number, before = Infinity, pronoun = ''): string | null => {
    const want = /^(?:she|her|hers|herself)$/i.test(pronoun) ? 'f' : pronoun ? 'm' : null;
    const list = mentions.filter((m) => m.sentence === index && m.start < before && persons.has(m.actor) && !inQuote(m.start) && !speakers.includes(m.actor));
    const fits = list.filter((m) => { const g = genderOf(m.actor); return !want || !g || g === want; });
    return (want === 'f' ? fits.find((m) => genderOf(m.actor) === 'f') ?? fits[0] : fits[0])?.actor ?? null;
  };
  const refs: Array<{ start: number; end: number; kind: 'pronoun' | 'latter' | 'former' }> = [];
  for (const m of scan.matchAll(PRONOUN)) if (!inQuote(m.index)) refs.push({ start: m.index, end: m.index + m[0].length, kind: 'pronoun' });
  for (const m of scan.matchAll(LATTER)) refs.push({ start: m.index, end: m.index + m[0].length, kind: m[1].toLowerCase() as 'latter' | 'former' });
  refs.sort((a, b) => a.start - b.start);
  for (const r of refs) {
    const s = sentenceAt(sentences, r.start);
    if (!s) continue;
    let actor: string | null = null;
    if (r.kind === 'pronoun') {
      const word = scan.slice(r.start, r.end);
      actor = subjectOf(s.index, r.start, word);
      for (let k = s.index - 1; !actor && k >= 0 && k >= s.index - 6; k--) actor = subjectOf(k, Infinity, word);
    } else {
      const seen: string[] = [];
      for (const m of mentions) if (m.start < r.start && persons.has(m.actor) && !inQuote(m.start)) { const i = seen.indexOf(m.actor); if (i >= 0) seen.splice(i, 1); seen.push(m.actor); }
      actor = r.kind === 'latter' ? seen[seen.length - 1] ?? null : seen[seen.length - 2] ?? null;
    }
    if (actor) {
      add(r.start, r.end, actor, `coref.${r.kind}`);
      mentions.sort((a, b) => a.start - b.start);
    }
  }

  const quotes = attributeQuotes({ ...article, actors: [...article.actors, ...extra] }, spans, mentions);
  for (const m of scan.matchAll(FIRST_PERSON)) {
    const q = quotes.find((x) => m.index >= x.start && m.index < x.end);
    const who = q ? (q.speaker ? [q.speaker] : []) : authors;
    for (const id of who) add(m.index, m.index + m[0].length, id, q ? 'coref.first-person-quote' : 'coref.first-person-author');
  }
  mentions.sort((a, b) => a.start - b.start);
  const actors = [...article.actors, ...extra.filter((e, i) => !article.actors.some((a) => a.id === e.id) && extra.findIndex((x) => x.id === e.id) === i)];
  return { ...article, actors, mentions, quotes, authors };
}
