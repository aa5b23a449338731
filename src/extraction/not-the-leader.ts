/**
 * When a gazetteer leader's name in the text is not that leader: a place or body named after them
 * ("King Fahd Causeway"), or someone else of the same surname, whose given name stands before it
 * ("First Lady Jill Biden", "Secretary of Strategic Affairs Fulvio Pompeo"). Read by find-actors.ts
 * before the leaders' mentions are kept.
 */
import type { LeaderEntry } from '../gazetteer/gazetteer-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { matchCountryAt } from './match-country-at.js';
import { TITLE_STICKY } from './read-person-name.js';
import { HONORIFICS, NOT_NAME_WORDS, ORG_WORDS } from './title-rules.js';

export interface NotTheLeaderRule {
  id: string;
  example: string;
  reason: string;
}

export const EPONYM: NotTheLeaderRule = {
  id: 'actor.not-leader.eponym',
  example: 'The delegation landed at King Fahd International Airport on Sunday.',
  reason: 'A leader\'s name that a place, a building or a body is named after (an airport, a university, a causeway, a prize) is no mention of the person.',
};

export const OTHER_GIVEN_NAME: NotTheLeaderRule = {
  id: 'actor.not-leader.other-given-name',
  example: 'First Lady Nora Halvorsen met the delegation. (with a listed leader Halvorsen whose given name is Erik)',
  reason: 'A listed leader\'s surname after a given name that none of their names has ("Jill" before "Biden") is another person of that family: a spouse, a relative, a namesake.',
};

export const ADMINISTRATION: NotTheLeaderRule = {
  id: 'actor.not-leader.administration',
  example: 'The Halvorsen administration has pressed Oslo for a deal. (with a listed leader Erik Halvorsen)',
  reason: 'A leader\'s name before "administration" names the government of that leader\'s term: the leader is mentioned (GUIDE.md: every named head of state or government the article mentions is an actor), but this mention is no person who meets or calls — so it is kept as the actor, not as a mention a contact could take as its party ("… as it adapts to the Halvorsen administration\'s demands, having met Halvorsen a day before").',
};

export const PART_OF_ARABIC_NAME: NotTheLeaderRule = {
  id: 'actor.not-leader.part-of-name',
  example: 'The minister met Sheikh Nasser Al-Hamad Al-Halvorsen Al-Sabah. (with a listed leader Erik Halvorsen)',
  reason: 'A listed leader\'s one-word name glued to an article ("Al-", "el-") or followed by a patronymic ("bin", "ibn") is a link of someone else\'s Arabic name chain, unless one of the leader\'s own names is written so ("el-Sisi").',
};

export const OTHER_GIVEN_NAME_AFTER: NotTheLeaderRule = {
  id: 'actor.not-leader.other-given-name-after',
  example: 'Envoy Halvorsen Min-jun had lunch with the Japanese delegate. (with a listed leader Halvorsen Tae-ho, known also as "Halvorsen")',
  reason: 'A listed leader\'s one-word family name written first, before a given name that none of their names has ("Kim" before "Yo-jong", "Lee" before "Do-hoon"), is another person of that family name, not the leader.',
};

export const NOT_THE_LEADER_RULES = [EPONYM, OTHER_GIVEN_NAME, OTHER_GIVEN_NAME_AFTER, ADMINISTRATION, PART_OF_ARABIC_NAME];

/** After a one-word name: a capitalised word that may be a given name written after the family name ("Yo-jong", "Wenbin"). */
const NEXT_WORD = /^ (\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}'’-])/u;
/** Words after a surname that are no given name: suffixes and cardinal points. */
const NOT_GIVEN_AFTER = new Set(['Jr', 'Sr', 'North', 'South', 'East', 'West']);

/** Before a one-word name: an Arabic article or kin word glued to it ("Al-Mubarak"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])((?:[Aa]l|[Ee]l|[Aa]bu|[Bb]in|[Ii]bn)-)$/u;
/** After a one-word name: a patronymic that continues the chain ("Mohammed bin Abdulaziz"). */
const PATRONYMIC_AFTER = /^ ((?:bin|ibn|bint|Bin|Ibn|Bint) )\p{Lu}/u;

/** After a name: the government of the leader's term ("the Biden administration"). */
const ADMINISTRATION_AFTER = /^ [Aa]dministration\b/;

/** After a name: what a place or body named after the person is called. */
const EPONYM_AFTER = /^ (?:(?:International|National|Memorial|Grand|Royal|Military|Naval|Medical|Sports|Olympic|Peace|Presidential|Cultural|Air) ){0,2}(?:Airport|Air Base|Airbase|University|College|School|Academy|Institute|Library|Museum|Causeway|Bridge|Street|Avenue|Road|Highway|Boulevard|Square|Stadium|Arena|Hospital|Mosque|Cathedral|Mausoleum|Palace|Hall|Centre|Center|Foundation|Prize|Award|Trophy|Cup|Park|Port|Canal|Dam|Tower|Scholarship|Fellowship|Expressway|Freeway|Tunnel|Base)\b/;

/** Capitalised words that open a sentence before a surname without being a given name ("Then Biden said"). */
const OPENERS = new Set(['Then', 'Now', 'So', 'Still', 'Here', 'There', 'Even', 'Only', 'Why', 'How', 'If', 'Once', 'Since', 'Until', 'Unlike', 'Like', 'Did', 'Does', 'Do', 'Can', 'Could', 'Should', 'Under', 'Over', 'Without', 'Against', 'Between', 'About', 'Despite', 'Thus', 'Hence', 'Instead', 'Indeed', 'Soon', 'Not', 'Nor', 'Yet', 'Whether', 'Although', 'Though', 'Because', 'Unless', 'Where', 'Ex', 'Mister', 'Madam', 'Senator', 'Congressman', 'Congresswoman', 'Representative', 'Rep', 'Sen', 'Gov', 'Pres', 'Premier', 'Chairman', 'Comrade', 'Tsar', 'Pope']);

const PREVIOUS_WORD = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’-]*\p{L}) $/u;
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Whether `word` could be the leader's given name (or a short form of it: "Joe" for "Joseph"). */
function givenNameOf(word: string, leader: LeaderEntry): boolean {
  const w = fold(word).slice(0, 2);
  return [leader.name, ...leader.aliases].some((n) => n.split(/\s+/).slice(0, -1).some((t) => fold(t).slice(0, 2) === w));
}

/**
 * Which rule, if any, says the gazetteer match [start, end) of `leader` is not that leader.
 * `leaderEnds`: the ends of the other gazetteer matches (a surname after another listed name is
 * a list, "Putin Biden summit", not a given name).
 */
export function notTheLeader(scan: string, start: number, end: number, leader: LeaderEntry, gazetteer: GazetteerView, leaderEnds: ReadonlySet<number>, leaderStarts: ReadonlySet<number> = new Set()): NotTheLeaderRule | null {
  if (scan.charCodeAt(end) === 32 && EPONYM_AFTER.test(scan.slice(end, end + 48))) return EPONYM;
  if (scan.charCodeAt(end) === 32 && ADMINISTRATION_AFTER.test(scan.slice(end, end + 16))) return ADMINISTRATION;
  if (!/\s/.test(scan.slice(start, end))) {
    const word = scan.slice(start, end).toLowerCase();
    const names = [leader.name, ...leader.aliases].map((n) => n.toLowerCase());
    const article = ARTICLE_BEFORE.exec(scan.slice(Math.max(0, start - 6), start));
    if (article && !names.some((n) => n.includes(article[1].toLowerCase() + word))) return PART_OF_ARABIC_NAME;
    const kin = scan.charCodeAt(end) === 32 ? PATRONYMIC_AFTER.exec(scan.slice(end, end + 8)) : null;
    if (kin && !names.some((n) => n.includes(`${word} ${kin[1].toLowerCase()}`))) return PART_OF_ARABIC_NAME;
  }
  // OTHER_GIVEN_NAME_AFTER: a given name after the family name that none of the leader's names has.
  if (!/\s/.test(scan.slice(start, end)) && scan.charCodeAt(end) === 32) {
    const next = NEXT_WORD.exec(scan.slice(end, end + 24));
    if (next && otherGivenAfter(scan, end + 1, next[1], [leader.name, ...leader.aliases], gazetteer, leaderStarts)) return OTHER_GIVEN_NAME_AFTER;
  }
  // Someone else of that family: a one-word match right after a capitalised word that is no title,
  // honorific, country, body or sentence opener, and that none of the leader's names begins like.
  if (/\s/.test(scan.slice(start, end)) || scan.charCodeAt(start - 1) !== 32) return null;
  const before = PREVIOUS_WORD.exec(scan.slice(Math.max(0, start - 30), start));
  if (!before) return null;
  const word = before[1];
  const wordStart = start - 1 - word.length;
  if (word.length < 3 || /^\p{Lu}+$/u.test(word) || /['’]s$/.test(word) || leaderEnds.has(start - 1)) return null;
  if (NOT_NAME_WORDS.has(word) || HONORIFICS.has(word) || ORG_WORDS.has(word) || OPENERS.has(word)) return null;
  TITLE_STICKY.lastIndex = wordStart;
  if (TITLE_STICKY.test(scan) || matchCountryAt(scan, wordStart, gazetteer, true)) return null;
  return givenNameOf(word, leader) ? null : OTHER_GIVEN_NAME;
}

/** OTHER_GIVEN_NAME_AFTER for a one-word form ending at `end` of a person known by `names`: whether a given name of someone else follows. */
export function otherGivenNameAfter(scan: string, end: number, names: readonly string[], gazetteer: GazetteerView, leaderStarts: ReadonlySet<number>): boolean {
  if (scan.charCodeAt(end) !== 32) return false;
  const next = NEXT_WORD.exec(scan.slice(end, end + 24));
  return !!next && otherGivenAfter(scan, end + 1, next[1], names, gazetteer, leaderStarts);
}

/** Whether `word` at `at`, right after a one-word name of a person known by `names`, is the given name of someone else. */
function otherGivenAfter(scan: string, at: number, word: string, names: readonly string[], gazetteer: GazetteerView, leaderStarts: ReadonlySet<number>): boolean {
  if (word.length < 3 || leaderStarts.has(at) || NOT_GIVEN_AFTER.has(word) || NOT_NAME_WORDS.has(word) || HONORIFICS.has(word) || ORG_WORDS.has(word) || OPENERS.has(word)) return false;
  TITLE_STICKY.lastIndex = at;
  if (TITLE_STICKY.test(scan) || matchCountryAt(scan, at, gazetteer, true)) return false;
  if (EPONYM_AFTER.test(scan.slice(at - 1, at + 48))) return false;
  const w = fold(word);
  // …nor a word of the person's own names, however spelled ("Rajapakse" for "Rajapaksa").
  return !names.some((n) => n.split(/[\s-]+/).some((t) => fold(t) === w || fold(t) === w.split('-')[0] || (w.length >= 6 && fold(t).slice(0, 6) === w.slice(0, 6))));
}
