/**
 * The author of a post whom neither the actor stage nor an account found: a person the gazetteer
 * does not know, named without a title right next to the attribution, with or without an
 * appositive between commas ('"…," Ali Larijani wrote on X'; 'Ali Larijani, a senior adviser,
 * posted on Telegram: "…"'). GUIDE.md makes a named person who authors a quoted post an actor, so
 * the name becomes one. Private people who post (a resident, a journalist, an analyst) are no
 * actors, and neither is their post.
 */
import { actorId } from '../facts/fact-ids.js';
import type { ActorRecord, Article, Quote } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { untitledName } from './untitled-person.js';
import { CALLING_WORDS } from './private-persons.js';

export const UNTITLED_AUTHOR_RULE = {
  id: 'post.untitled-author',
  example: '"Nobody wants a war," Ali Larijani wrote on X.',
  reason: 'A full name right before the verb of a post attribution is its author, though no title or list names the person.',
};

/** Two to four capitalised words (initials and name particles between them). */
const NAME = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+|al|bin|ibn|da|de|dos|van|von|der|del|la|el)){0,2} \\p{Lu}[\\p{L}'’-]*\\p{L}";
const APPOSITIVE = '(?:,([^,"]{1,90}),)?';
/** The verbs that attribute a post to its author (honorific-author.ts reads them too). */
export const VERB = '(?:wrote|writes|said|says|posted|tweeted|added|replied|shared)\\b';
/** After the quote: '"…," Ali Larijani wrote on X'. */
const AFTER = new RegExp(`^[\\s,.!?:-]*(${NAME})${APPOSITIVE},?\\s+${VERB}`, 'u');
/** Before the quote, in its clause: 'Ali Larijani wrote on X: "…"'. */
const BEFORE = new RegExp(`(?:^|[\\s(])(${NAME})${APPOSITIVE},?\\s+${VERB}[^"]{0,60}$`, 'u');
/** After the quote, the verb first: '"…," said Ali Larijani, an adviser, on X'. */
const AFTER_VERB_FIRST = new RegExp(`^[\\s,.!?:-]*${VERB} (${NAME})(?:,([^,"]{1,90}),)?`, 'u');
/** The same with an appositive that news leaves unclosed ('Amal Rahimi, spokesperson of the ministry tweeted'): a description, lower-case. */
const OPEN_APPOSITIVE = '(?:,( [a-z][^,"]{0,89}),?)?';
const AFTER_OPEN = new RegExp(`^[\\s,.!?:-]*(${NAME})${OPEN_APPOSITIVE}\\s+${VERB}`, 'u');
const BEFORE_OPEN = new RegExp(`(?:^|[\\s(])(${NAME})${OPEN_APPOSITIVE}\\s+${VERB}[^"]{0,60}$`, 'u');
/** Appositives of people who are not actors (GUIDE.md: not journalists, analysts, private citizens): the private callings, and who else a post's author may be said to be. */
const NOT_ACTORS = ['resident', 'user', 'citizen', 'student', 'expert', 'fellow', 'author', 'executive', 'chief executive', 'doctor', 'witness', 'survivor', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'player', 'coach', 'fan'];
const PRIVATE = new RegExp(`\\b(?:${[...CALLING_WORDS, ...NOT_ACTORS].join('|')})s?\\b`, 'i');

/** An office named by its kind and place, not by a country's name ("the water office of the Libyan capital"). */
const OFFICE = "(?:[a-z]+ ){1,2}(?:ministry|department|office|agency|authority|authorities|administration|command|directorate|municipality|council)(?: of (?:the )?[\\p{L}' -]{2,40}?)?|(?:[a-z]+ ){0,2}(?:ministry|department|office|agency|authority|administration|command|directorate|municipality|council) of (?:the )?[\\p{L}' -]{2,40}?";
const OFFICE_AFTER = new RegExp(`^[\\s,.!?:-]*the (${OFFICE})(?: on)?(?: \\p{Lu}[a-z]+day)? (?:said|wrote|posted|tweeted|added)\\b`, 'u');
const OFFICE_BEFORE = new RegExp(`(?:^|[\\s(])[Tt]he (${OFFICE})(?: on)?(?: \\p{Lu}[a-z]+day)? (?:said|wrote|posted|tweeted)\\b[^"]{0,60}$`, 'u');

export const OFFICE_AUTHOR_RULE = {
  id: 'post.office-author',
  example: '"Two clinics lost power," the water office of the Libyan capital wrote on its Facebook page.',
  reason: 'An office that posts on its own page is the author of the post, though it is named by its kind and place rather than a country (account-author.ts reads those).',
};

/** The office author of platform quote `q` ("the water office of the Libyan capital"), registered in `added`, or null. */
export function officeAuthor(article: Article, q: Quote, added: ActorRecord[]): string | null {
  const { scan } = article;
  const s = article.sentences[q.sentence];
  const from = Math.max(s.start, q.start - 200);
  const after = OFFICE_AFTER.exec(scan.slice(q.end, q.end + 160));
  const before = after ? null : OFFICE_BEFORE.exec(scan.slice(from, q.start));
  const m = after ?? before;
  if (!m) return null;
  const name = m[1];
  const start = after ? q.end + m.index + m[0].indexOf(name) : from + m.index + m[0].indexOf(name);
  const country = article.countries.find((c) => c.start >= start && c.end <= start + name.length)?.code ?? null;
  const id = actorId(name);
  if (!article.actors.some((a) => a.id === id) && !added.some((a) => a.id === id)) {
    added.push({ id, kind: 'institution', name, aliases: [`the ${name}`], handles: [], title: null, country, origin: 'institution' });
  }
  return id;
}

/** The untitled author of platform quote `q`, registered in `added` as an actor, or null. */
export function untitledAuthor(article: Article, gazetteer: GazetteerView, q: Quote, added: ActorRecord[]): string | null {
  const found = untitledMatch(article, gazetteer, q);
  return found ? register(article, found.name, added) : null;
}

/**
 * 'Amal Rahimi, spokesperson of the Foreign Ministry, tweeted: "…"': the speaker the quote stage found
 * inside an appositive stands for the untitled name it describes, who is the post's author.
 */
export function appositiveAuthor(article: Article, gazetteer: GazetteerView, q: Quote, added: ActorRecord[]): string | null {
  const found = untitledMatch(article, gazetteer, q, true);
  if (!found?.appositive) return null;
  const { start, end } = found.appositive;
  if (!article.mentions.some((m) => m.actor === q.speaker && m.start >= start && m.end <= end)) return null;
  return register(article, found.name, added);
}

export const SUBJECT_AUTHOR_RULE = {
  id: 'post.subject-author',
  example: 'Officials said Mayor Ines Varga was unhurt, and her adviser Tomas Ekwueme said on his X account that she was "safe and at her desk."',
  reason: 'The name that is the subject of the verb of writing or posting is the author, not a person the quote stage took from earlier in the sentence (or from "he", "she" inside the reported clause).',
};

/**
 * SUBJECT_AUTHOR_RULE: the untitled name right before (or right after) the verb attributing platform quote `q`,
 * when the quote stage gave `q` another speaker whose mention is not that name; registered in `added`, or null.
 * A name any actor's mention covers is left to the actor stage (it would be the speaker already).
 */
export function subjectAuthor(article: Article, gazetteer: GazetteerView, q: Quote, added: ActorRecord[]): string | null {
  const found = untitledMatch(article, gazetteer, q, false, false);
  if (!found?.at) return null;
  const { start, end } = found.at;
  // A name after a preposition is no subject ('Trump, on Truth Social, said'), and one an actor's mention covers is the actor stage's.
  if (/\b(?:on|via|in|at|to|from|by|with)\s+$/i.test(article.scan.slice(Math.max(0, start - 6), start))) return null;
  if (article.mentions.some((m) => m.start < end && start < m.end)) return null;
  return register(article, found.name, added);
}

function untitledMatch(article: Article, gazetteer: GazetteerView, q: Quote, open = false, bySurname = true): { name: string; appositive: { start: number; end: number } | null; at?: { start: number; end: number } } | null {
  const { scan } = article;
  const s = article.sentences[q.sentence];
  const afterFrom = q.end;
  const beforeFrom = Math.max(s.start, q.start - 200);
  const tail = scan.slice(afterFrom, Math.min(s.end + 200, q.end + 160));
  const after = (open ? AFTER_OPEN : AFTER).exec(tail) ?? AFTER_VERB_FIRST.exec(tail);
  const before = after ? null : (open ? BEFORE_OPEN : BEFORE).exec(scan.slice(beforeFrom, q.start));
  const m = after ?? before;
  if (!m) return open || !bySurname ? null : surnameAuthor(article, gazetteer, q, tail);
  if (m[2] && PRIVATE.test(m[2])) return null;
  const at = (after ? afterFrom : beforeFrom) + m.index;
  const start = at + m[0].indexOf(m[1]);
  // 'the UN Secretary-General António Guterres wrote': the name is what is left after the title's words.
  const words = m[1].split(' ');
  let person = null;
  for (let k = 0; !person && words.length - k >= 2; k++) person = untitledName(scan, words.slice(k).join(' '), start + words.slice(0, k).join(' ').length + (k ? 1 : 0), gazetteer);
  if (!person) return null;
  const appStart = m[2] === undefined ? -1 : at + m[0].indexOf(`,${m[2]}`) + 1;
  return { name: person.name, appositive: appStart > 0 ? { start: appStart, end: appStart + m[2].length } : null, at: { start: person.start, end: person.end } };
}

/** '"…," Prokudin said' after a sentence naming "Oleksandr Prokudin": the full name told just before. */
function surnameAuthor(article: Article, gazetteer: GazetteerView, q: Quote, tail: string): { name: string; appositive: null } | null {
  const surname = /^[\s,.!?:-]*(\p{Lu}[\p{L}'’-]+) (?:said|says|wrote|writes|added|posted)\b/u.exec(tail)?.[1];
  const earlier = article.sentences[q.sentence - 1];
  if (!surname || !earlier) return null;
  const full = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]+ ){1,2}${surname}\\b`, 'u').exec(article.scan.slice(earlier.start, earlier.end));
  if (!full) return null;
  // The shortest name first: "Administration Oleksandr Prokudin" is "Oleksandr Prokudin".
  const words = full[0].split(' ');
  for (let n = 2; n <= words.length; n++) {
    const name = words.slice(-n).join(' ');
    const person = untitledName(article.scan, name, earlier.start + full.index + full[0].length - name.length, gazetteer);
    if (person) return { name: person.name, appositive: null };
  }
  return null;
}

function register(article: Article, name: string, added: ActorRecord[]): string {
  const id = actorId(name);
  if (!article.actors.some((a) => a.id === id) && !added.some((a) => a.id === id)) {
    added.push({ id, kind: 'official', name, aliases: [], handles: [], title: null, country: null, origin: 'titled' });
  }
  return id;
}
