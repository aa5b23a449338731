/**
 * Stage 4 — coreference inside the article. Adds reference mentions for roles ("the Ukrainian
 * President", "his Argentine counterpart"), pronouns (he, his, him), "the latter/former", and
 * first-person words (in a quote: its speaker; outside: the statement's author), then attributes
 * quotes to speakers.
 *
 * Linear in the text: mentions are indexed by sentence once, each look-back is bounded, and the
 * running "latest persons" list for "the latter/former" is kept as the text is walked.
 */
import type { ActorRecord, Article, Mention, RoleMention } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { attributeQuotes, quoteSpans } from './find-quotes.js';
import { resolveRole } from './resolve-role.js';
import { PLURAL_OFFICE, pluralOfficeRoles } from './plural-office.js';
import { lastStartingBy } from './span-index.js';
import { sentenceAt } from './split-sentences.js';

/** What makes a following title predicative: "as", "become", "elected", an ordinal. */
const PREDICATIVE_BEFORE = /\b(?:as|become|became|becomes|becoming|elected|appointed|named)\s+(?:(?:the|its|a|an|new|next|first|\d+(?:st|nd|rd|th)|[a-z]+th)\s+){0,2}$/i;

const PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/gi;
const LATTER = /\bthe (latter|former)\b(?! (?:president|prime|vice|foreign|chancellor|minister|secretary|leader|king|queen|head))/gi;
const FIRST_PERSON = /\b(?:I|me|my|we|We|our|Our|us|myself|ourselves)\b/g;
const FEMALE = /\b(?:queen|empress|princess|duchess|lady|dame|madam|first lady)\b/i;
const MALE = /\b(?:king|prince|emperor|sultan|emir|sheikh|duke|lord|sir)\b/i;
/** A preposition, and a determiner and up to two words, right before a mention: "with his counterpart ". */
const GOVERNED = /\b(?:with|by|between|among|to|from)\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A fronted phrase's preposition opening the sentence, right before a possessive: "Before his", "Prior to her". */
const FRONTED_BEFORE = /^\s*(?:(?:Shortly|Just|Hours|Days|Soon|Minutes|Immediately)\s+)?(?:Before|After|Prior to|Ahead of|During|Following|On the eve of|Upon|At|In|At the (?:start|end|close|opening) of)\s+$/;
/** What may stand between the fronted phrase's comma and the main clause's subject: a determiner and title words. */
const MAIN_SUBJECT_LEAD = /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u;
const AUTHOR_TITLE = /^(?:(?:Statement|Remarks|Letter|Message|Op-ed|Address) (?:by|from|of)|Readout of)\b/i;
/** "him", and "her" where no noun follows it (an object, not a determiner: "welcomed her at", not "her counterpart"). */
function isObjectPronoun(scan: string, start: number, end: number): boolean {
  const word = scan.slice(start, end).toLowerCase();
  return word === 'him' || (word === 'her' && /^\s*(?:[,.;:)]|$|(?:at|in|on|to|for|with|by|and|as|during|after|before|from|into|warmly|later|again|today|yesterday)\b)/.test(scan.slice(end, end + 12)));
}

/** The roles of one plural office, by chain (consecutive roles of one title whose spans a short gap joins). */
function pluralOfficeGroups(roles: RoleMention[]): RoleMention[][] {
  const out: RoleMention[][] = [];
  for (const r of roles) {
    const g = out[out.length - 1];
    if (g && g[g.length - 1].title === r.title && r.start - g[g.length - 1].end <= 7) g.push(r);
    else out.push([r]);
  }
  return out;
}

export function resolveCoreference(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences } = article;
  const extra: ActorRecord[] = [];
  const byId = new Map(article.actors.map((a) => [a.id, a]));
  const mentions: Mention[] = [...article.mentions].sort((a, b) => a.start - b.start);
  // A nickname in quotes inside a name ("Ferdinand "Bongbong" Marcos") is not a quotation.
  const spans = quoteSpans(scan, sentences, article.body).filter((q) => {
    const i = lastStartingBy(mentions, q.start - 1);
    return !(i >= 0 && mentions[i].start < q.start && q.end < mentions[i].end);
  });
  const inQuote = (at: number) => { const i = lastStartingBy(spans, at); return i >= 0 && at < spans[i].end; };
  const added: Mention[] = [];
  const add = (start: number, end: number, actor: string, rule: string) =>
    added.push({ start, end, actor, sentence: sentenceAt(sentences, start)?.index ?? 0, rule, reference: true });
  const flush = () => { if (added.length) { mentions.push(...added.splice(0)); mentions.sort((a, b) => a.start - b.start); } };

  // The principal: the first person named in the body, the subject of a readout.
  const principal = mentions.find((m) => !sentences[m.sentence]?.isTitle && byId.get(m.actor)?.kind !== 'institution' && byId.has(m.actor))?.actor ?? null;
  for (const role of article.roles) {
    // "sworn in as the 5th President of Gabon", "became prime minister": an office the sentence
    // gives someone, not a mention of whoever holds it.
    if (PREDICATIVE_BEFORE.test(scan.slice(Math.max(0, role.start - 40), role.start))) continue;
    const id = role.titleClass === 'head of state' && !role.country && principal ? principal : resolveRole(role, article, gazetteer, mentions, byId, extra, added);
    if (id) add(role.start, role.end, id, 'coref.role');
  }
  // PLURAL_OFFICE: "the presidents of France and Germany": each country's holder, when the text names him elsewhere;
  // a holder only the gazetteer knows, or one resolveRole would invent (origin "role"), is left out, and so is a list with one unknown.
  for (const list of pluralOfficeGroups(pluralOfficeRoles(scan, article.countries))) {
    const found: Array<[RoleMention, ActorRecord]> = [];
    for (const role of list) {
      const scratch: ActorRecord[] = [];
      const id = resolveRole(role, article, gazetteer, mentions, byId, scratch);
      const record = id ? byId.get(id) : undefined;
      // Only a holder the text names elsewhere: one the gazetteer alone knows (scratch holds him) is no actor of the text.
      if (!record || scratch.length || record.origin === 'role' || found.some(([, r]) => r.id === record.id)) break;
      found.push([role, record]);
    }
    if (found.length === list.length) for (const [role, record] of found) add(role.start, role.end, record.id, PLURAL_OFFICE.id);
  }
  flush();

  // The author of a first-person statement: "Statement by President Joe Biden", or "We, the A and the B,".
  const authors: string[] = [];
  const title = sentences.find((s) => s.isTitle);
  if (title && AUTHOR_TITLE.test(scan.slice(title.start, title.end))) {
    const first = mentions.find((m) => m.sentence === title.index);
    if (first) authors.push(first.actor);
  }
  const weAre = /\bWe, ([^,]{5,200}),/.exec(scan);
  if (!authors.length && weAre) {
    for (let i = lastStartingBy(mentions, weAre.index) + 1; i < mentions.length && mentions[i].start < weAre.index + weAre[0].length; i++) {
      const m = mentions[i];
      if (m.end <= weAre.index + weAre[0].length && !authors.includes(m.actor)) authors.push(m.actor);
    }
  }

  // "he" never refers to the author of a first-person statement; a readout's principal is fair game.
  const speakers = new Set(title && /^(?:Statement|Remarks|Letter|Message|Op-ed|Address)\b/i.test(scan.slice(title.start, title.end)) ? authors : []);
  if (!authors.length && principal) authors.push(principal);
  const isPerson = (id: string) => { const a = byId.get(id); return !!a && a.kind !== 'institution'; };
  // Titles that tell a person's gender, so "she" can pass over "the President" to reach "the Queen".
  const genderOf = (id: string) => { const t = byId.get(id)?.title ?? ''; return FEMALE.test(t) ? 'f' : MALE.test(t) ? 'm' : null; };
  // The persons named outside quotes, by sentence: the candidates for a pronoun.
  const candidates = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!isPerson(m.actor) || inQuote(m.start) || speakers.has(m.actor)) continue;
    (candidates.get(m.sentence) ?? candidates.set(m.sentence, []).get(m.sentence)!).push(m);
  }
  // coref.pronoun-subject: the first "he"/"she" of each sentence, once resolved, is that sentence's subject too.
  const pronounSubject = new Map<number, { start: number; actor: string; want: 'f' | 'm' }>();
  // `governedToo`: a person governed by a preposition is the fallback when the sentence names no other.
  const subjectOf = (index: number, before: number, pronoun: string, skip: string | null = null, governedToo = true): string | null => {
    const want = /^(?:she|her|hers|herself)$/i.test(pronoun) ? 'f' : 'm';
    let first: string | null = null;
    let governed: string | null = null;
    // "He was received by President X. Later, he …": the subject pronoun, not the agent it was received by.
    const ps = pronounSubject.get(index);
    const byPronoun = ps && ps.start < before && ps.want === want && ps.actor !== skip ? ps : undefined;
    for (const m of candidates.get(index) ?? []) {
      if (m.start >= before) break;
      if (m.actor === skip) continue;
      if (byPronoun && byPronoun.start < m.start) return byPronoun.actor;
      const g = genderOf(m.actor);
      if (g && g !== want) continue;
      if (want === 'f' && g === 'f') return m.actor;
      // "At the meeting with Orban, Fico raised …": the object of a fronted phrase is no subject (read
      // within the sentence: a name opening it is no object of the sentence before).
      if (GOVERNED.test(scan.slice(Math.max(sentences[index]?.start ?? 0, m.start - 40), m.start))) { governed ??= m.actor; continue; }
      first ??= m.actor;
      if (want === 'm') break;
    }
    return first ?? byPronoun?.actor ?? (governedToo ? governed : null);
  };

  // An object pronoun never names the subject of its own clause ("Biden welcomed him"): the first
  // person of the clause (after its last comma), else of the sentence, before the pronoun.
  const clauseSubject = (index: number, sentenceStart: number, at: number): string | null => {
    const list = candidates.get(index) ?? [];
    const lead = scan.slice(Math.max(sentenceStart, at - 200), at);
    const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'));
    const clauseStart = cut >= 0 ? at - lead.length + cut : sentenceStart;
    // "… when she hosted him": the subject is the pronoun just resolved in the clause.
    if (lastSubject && lastSubject.start >= clauseStart && lastSubject.start < at) return lastSubject.actor;
    // The first person of the clause (a bounded walk back from the pronoun), else of the sentence.
    let first: Mention | undefined;
    for (let i = lastStartingBy(list, at - 1); i >= 0 && list[i].start >= Math.max(clauseStart, at - 200); i--) if (list[i].end <= at) first = list[i];
    return (first ?? (list[0] && list[0].end <= at ? list[0] : undefined))?.actor ?? null;
  };

  // coref.coordinated-owner: "talks between Dahl and her Finnish counterpart …": a possessive right after "X and" is X's, not the sentence's first person's.
  const coordinatedOwner = (index: number, at: number, pronoun: string): string | null => {
    if (!/^(?:his|her)$/i.test(pronoun)) return null;
    const lead = /(?:,\s*|\s+)and\s+$/.exec(scan.slice(Math.max(0, at - 8), at));
    if (!lead) return null;
    const list = candidates.get(index) ?? [];
    const i = lastStartingBy(list, at - 1);
    const m = i >= 0 ? list[i] : undefined;
    if (!m || m.end !== at - lead[0].length) return null;
    const g = genderOf(m.actor);
    return g && g !== (/^her$/i.test(pronoun) ? 'f' : 'm') ? null : m.actor;
  };

  // coref.cataphoric-possessive: "Before his talks with Lund, Berg told …": a possessive in a phrase fronted
  // before the main clause's comma is that clause's subject when a person opens it, not one named earlier.
  const cataphoricOwner = (index: number, sentenceStart: number, at: number, end: number, pronoun: string): string | null => {
    if (!/^(?:his|her)$/i.test(pronoun) || !FRONTED_BEFORE.test(scan.slice(sentenceStart, at))) return null;
    const comma = scan.indexOf(',', end);
    if (comma < 0 || comma > Math.min(sentences[index]?.end ?? 0, end + 160)) return null;
    const list = candidates.get(index) ?? [];
    const m = list[lastStartingBy(list, comma) + 1];
    if (!m || !MAIN_SUBJECT_LEAD.test(scan.slice(comma + 1, m.start))) return null;
    const g = genderOf(m.actor);
    return g && g !== (/^her$/i.test(pronoun) ? 'f' : 'm') ? null : m.actor;
  };

  const refs: Array<{ start: number; end: number; kind: 'pronoun' | 'latter' | 'former' }> = [];
  for (const m of scan.matchAll(PRONOUN)) if (!inQuote(m.index)) refs.push({ start: m.index, end: m.index + m[0].length, kind: 'pronoun' });
  for (const m of scan.matchAll(LATTER)) refs.push({ start: m.index, end: m.index + m[0].length, kind: m[1].toLowerCase() as 'latter' | 'former' });
  refs.sort((a, b) => a.start - b.start);
  // The two persons named most recently (outside quotes), kept up to date as the refs are walked.
  const recent: string[] = [];
  let walked = 0;
  let lastSubject: { start: number; actor: string } | null = null;
  for (const r of refs) {
    const s = sentenceAt(sentences, r.start);
    if (!s) continue;
    for (; walked < mentions.length && mentions[walked].start < r.start; walked++) {
      const m = mentions[walked];
      if (!isPerson(m.actor) || inQuote(m.start)) continue;
      const i = recent.indexOf(m.actor);
      if (i >= 0) recent.splice(i, 1);
      recent.push(m.actor);
      if (recent.length > 2) recent.shift();
    }
    let actor: string | null = null;
    let rule = `coref.${r.kind}`;
    if (r.kind === 'pronoun') {
      const word = scan.slice(r.start, r.end);
      const skip = isObjectPronoun(scan, r.start, r.end) ? clauseSubject(s.index, s.start, r.start) : null;
      // "Ahead of the talks with Scholz, he met …": a person governed in the pronoun's own sentence is
      // only a fallback; the subject of a sentence before comes first.
      const owner = coordinatedOwner(s.index, r.start, word);
      const ahead = owner ? null : cataphoricOwner(s.index, s.start, r.start, r.end, word);
      if (ahead) rule = 'coref.cataphoric-possessive';
      actor = owner ?? ahead ?? subjectOf(s.index, r.start, word, skip, false);
      for (let k = s.index - 1; !actor && k >= 0 && k >= s.index - 6; k--) actor = subjectOf(k, Infinity, word, skip);
      actor ??= subjectOf(s.index, r.start, word, skip);
    } else {
      actor = r.kind === 'latter' ? recent[recent.length - 1] ?? null : recent[recent.length - 2] ?? null;
    }
    if (actor) add(r.start, r.end, actor, rule);
    if (actor && /^(?:he|she)$/i.test(scan.slice(r.start, r.end))) {
      lastSubject = { start: r.start, actor };
      if (!pronounSubject.has(s.index)) pronounSubject.set(s.index, { start: r.start, actor, want: /^she$/i.test(scan.slice(r.start, r.end)) ? 'f' : 'm' });
    }
  }
  flush();

  const quotes = attributeQuotes({ ...article, actors: [...article.actors, ...extra] }, spans, mentions);
  const sortedQuotes = [...quotes].sort((a, b) => a.start - b.start);
  for (const m of scan.matchAll(FIRST_PERSON)) {
    const i = lastStartingBy(sortedQuotes, m.index);
    const q = i >= 0 && m.index < sortedQuotes[i].end ? sortedQuotes[i] : undefined;
    const who = q ? (q.speaker ? [q.speaker] : []) : authors;
    for (const id of who) add(m.index, m.index + m[0].length, id, q ? 'coref.first-person-quote' : 'coref.first-person-author');
  }
  flush();
  const known = new Set(article.actors.map((a) => a.id));
  return { ...article, actors: [...article.actors, ...extra.filter((e) => !known.has(e.id))], mentions, quotes, authors };
}
