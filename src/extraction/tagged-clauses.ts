/**
 * The clause reader: for each main verb of a sentence's tagged tokens (tag-body.ts), its subject,
 * object, partners (the noun phrases after "with", "to", "between", "on", "by") and the date
 * phrase attached to it, with the verb's tense, modality and negation (verb-group.ts). One reading
 * of the clause that every contact decision can share, in place of a pattern near a trigger word.
 *
 * Linear in the sentence: each token is looked at a bounded number of times (phrases are capped
 * at PHRASE_LIMIT tokens).
 *
 * @example
 *   "On Monday, Modi held talks with Biden." →
 *   [{ subject: "Modi", verb: hold (past), object: "talks", partners: { with: "Biden" }, date: "Monday" }]
 */
import type { Span } from './extraction-types.js';
import type { TaggedToken } from './tag-body.js';
import { verbGroupAt, type VerbGroup } from './verb-group.js';

export interface TaggedClause {
  verb: VerbGroup;
  subject: Span | null;
  object: Span | null;
  /** The first noun phrase after "with", "to", "between", "on" or "by" (in that clause), by preposition. */
  partners: Partial<Record<string, Span>>;
  date: Span | null;
  /** The subject was taken from the clause before ("Modi met Biden and spoke with Xi"). */
  sharedSubject: boolean;
  /** The verb an infinitive depends on ("refused to meet" → "refuse"), else null. */
  governor: string | null;
}

/** The longest noun phrase read, in tokens: a title, a name and an apposition fit. */
const PHRASE_LIMIT = 14;
const PARTNER_PREPOSITIONS = new Set(['with', 'to', 'between', 'by', 'on']);
/** How far after the verb (or its object) a partner phrase may start, in tokens: "spoke by phone on Monday with X". */
const PARTNER_REACH = 8;
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);

/** A token that can be part of a noun phrase: names, nouns, pronouns, determiners, adjectives, "of", "and". */
function inPhrase(t: TaggedToken, prev?: TaggedToken): boolean {
  if (t.inDate) return false;
  if (t.pos === 'VERB' && t.normal.endsWith('ing') && prev?.normal === '-') return true;
  if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') return !RELATIVE.has(t.normal) || t.pos !== 'PRON';
  if (t.pos === 'PART') return t.normal === "'s" || t.normal === "'";
  if (t.normal === '-') return true; // "wide-ranging", "Indo-Pacific": a hyphen joins the words of one phrase
  if (t.pos === 'ADP') return t.normal === 'of';
  return t.pos === 'CCONJ' && t.normal === 'and';
}

/** A comma inside a list of names or an apposition ("Modi, Biden and Xi"; "Lula, Brazil's president,"). */
const listComma = (tokens: TaggedToken[], i: number) => {
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  // After a name only: "Earlier in the day, the minister" is a fronted phrase, not an apposition.
  return tokens[i]?.normal === ',' && before?.pos === 'PROPN' && !before.inDate && !!after && (after.pos === 'PROPN' || after.pos === 'DET') && !after.inDate;
};

const span = (tokens: TaggedToken[], a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b].end });

/** The noun phrase ending right before `end` (exclusive), or null. */
function phraseBefore(tokens: TaggedToken[], end: number, from: number): [number, number] | null {
  let a = end;
  while (a - 1 >= from && end - a < PHRASE_LIMIT && (inPhrase(tokens[a - 1], tokens[a - 2]) || (listComma(tokens, a - 1) && a < end))) a--;
  while (a < end && (tokens[a].pos === 'CCONJ' || tokens[a].pos === 'ADP' || tokens[a].normal === ',')) a++;
  return a < end ? [a, end - 1] : null;
}

/** The noun phrase starting at `start`, or null. */
function phraseAfter(tokens: TaggedToken[], start: number, to: number): [number, number] | null {
  let b = start;
  // A determiner right after a name or a noun starts a second phrase ("called Putin a friend").
  const secondPhrase = (i: number) => i > start && tokens[i].pos === 'DET' && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NOUN');
  while (b < to && b - start < PHRASE_LIMIT && ((inPhrase(tokens[b], tokens[b - 1]) && !secondPhrase(b)) || (listComma(tokens, b) && b > start))) b++;
  while (b > start && (tokens[b - 1].pos === 'CCONJ' || tokens[b - 1].pos === 'ADP' || tokens[b - 1].normal === ',')) b--;
  return b > start ? [start, b - 1] : null;
}

/** The subject of the verb group: the phrase before it, or before "who" ("Biden, who met Xi"), or the clause before's. */
function subjectOf(tokens: TaggedToken[], group: VerbGroup, from: number): { at: [number, number] | null; shared: boolean } {
  let end = group.first;
  while (end - 1 >= from && tokens[end - 1].pos === 'ADV') end--;
  // A date between subject and verb ("Macron on Monday conferred with …") is passed over.
  if (end - 1 >= from && tokens[end - 1].inDate) {
    while (end - 1 >= from && tokens[end - 1].inDate) end--;
    if (end - 1 >= from && tokens[end - 1].pos === 'ADP') end--;
  }
  const before = tokens[end - 1];
  if (before && before.pos === 'PRON' && RELATIVE.has(before.normal)) {
    const back = end - 2 >= from && tokens[end - 2].normal === ',' ? end - 2 : end - 1;
    return { at: phraseBefore(tokens, back, from), shared: false };
  }
  if (before && (before.pos === 'CCONJ' || before.normal === ',')) return { at: null, shared: true };
  return { at: phraseBefore(tokens, end, from), shared: false };
}

/**
 * Each run of tokens wink marks as a date, given to the verb before it (a date after a verb modifies
 * that verb: "met Xi on Monday, then flew home"), or to the first verb when it is fronted ("On Monday, …").
 * A group keeps the run nearest its verb.
 */
function datesByGroup(tokens: TaggedToken[], groups: VerbGroup[]): Map<number, [number, number]> {
  const byGroup = new Map<number, [number, number]>();
  let k = 0;
  for (let i = 0; i < tokens.length && groups.length; i++) {
    if (!tokens[i].inDate) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].inDate) j++;
    while (k + 1 < groups.length && groups[k + 1].head < i) k++;
    const held = byGroup.get(k);
    // Before the first verb, the run nearest the verb (the later one) wins; after it, the first one.
    if (!held || i < groups[k].head) byGroup.set(k, [i, j]);
    i = j;
  }
  return byGroup;
}

/** The clauses of one sentence, given its tokens (in order). */
export function taggedClauses(tokens: TaggedToken[]): TaggedClause[] {
  const groups: VerbGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const g = verbGroupAt(tokens, i, groups.length ? groups[groups.length - 1].head + 1 : 0);
    if (g) groups.push(g);
  }
  const dates = datesByGroup(tokens, groups);
  const clauses: TaggedClause[] = [];
  let lastSubject: Span | null = null;
  groups.forEach((group, k) => {
    const from = k ? groups[k - 1].head + 1 : 0;
    const to = k + 1 < groups.length ? groups[k + 1].first : tokens.length;
    const { at, shared } = subjectOf(tokens, group, from);
    // "refused to meet X": an infinitive right after a verb takes that verb's subject, and names it as its governor.
    const governed = !at && group.tense === 'infinitive' && k > 0 && groups[k - 1].head === group.first - 1;
    const subject = at ? span(tokens, at[0], at[1]) : (shared && group.finite) || governed ? lastSubject : null;
    let next = group.head + 1;
    while (next < to && tokens[next].pos === 'PART' && tokens[next].normal !== "'s") next++; // a particle: "met up with"
    const obj = phraseAfter(tokens, next, to);
    const p = obj ? obj[1] + 1 : next;
    // The partners: the first phrase after each preposition, within a few tokens, before another verb.
    const partners: Partial<Record<string, Span>> = {};
    for (let i = p; i < Math.min(to, p + PARTNER_REACH); i++) {
      const t = tokens[i];
      if (t.pos === 'VERB' || t.normal === ';') break;
      if (t.pos !== 'ADP' || !PARTNER_PREPOSITIONS.has(t.normal) || partners[t.normal]) continue;
      const phrase = phraseAfter(tokens, i + 1, to);
      if (phrase) { partners[t.normal] = span(tokens, phrase[0], phrase[1]); i = phrase[1]; }
    }
    // A verb sharing its subject shares the date of the clause before ("met on Friday and discussed …").
    const date = dates.get(k) ?? (shared && k && tokens[group.first - 1]?.pos === 'CCONJ' ? dates.get(k - 1) : undefined);
    clauses.push({
      verb: group, subject, sharedSubject: !at && !!subject, governor: governed ? groups[k - 1].lemma : null,
      object: obj ? span(tokens, obj[0], obj[1]) : null,
      partners,
      date: date ? span(tokens, date[0], date[1]) : null,
    });
    if (subject && group.finite) lastSubject = subject;
  });
  return clauses;
}
