/**
 * The verb group around a main verb in tagged tokens (tag-body.ts): the auxiliaries, adverbs and
 * negation right before it, read as tense, modality, negation and voice. A clause's modality is
 * read from its own verb group, not from words anywhere in the sentence.
 *
 * @example
 *   "did not meet" → { lemma: 'meet', tense: 'past', negated: true, modal: null, finite: true }
 *   "will host"    → { lemma: 'host', tense: 'future', modal: 'will', … }
 */
import type { Span } from './extraction-types.js';
import type { TaggedToken } from './tag-body.js';

export type Tense = 'past' | 'perfect' | 'present' | 'future' | 'infinitive' | 'participle';

export interface VerbGroup extends Span {
  /** Index of the main verb among the sentence's tokens. */
  head: number;
  /** Index of the group's first token (an auxiliary, "not", an adverb, or the verb itself). */
  first: number;
  lemma: string;
  tense: Tense;
  /** The modal auxiliary ("will", "could", …) or "to" before an infinitive; null when none. */
  modal: string | null;
  negated: boolean;
  passive: boolean;
  /** A finite verb heads a clause of its own; an infinitive or a bare participle ("after meeting X") does not. */
  finite: boolean;
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca']);
const NEGATION = new Set(['not', "n't", 'never']);
const PAST_AUX = new Set(['did', 'was', 'were', 'had']);
/** Words that may stand between an auxiliary and its verb ("has already met", "did not meet"). */
const INSIDE = (t: TaggedToken) => t.pos === 'ADV' || t.pos === 'AUX' || NEGATION.has(t.normal) || (t.pos === 'PART' && t.normal === 'to');

/** A verb used as a modifier of a noun ("the visiting minister", "a planned summit", "wide-ranging") heads no clause. */
function modifier(tokens: TaggedToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "wide-ranging talks": the second half of a hyphenated compound.
  if (before && before.normal === '-' && before.end === tokens[i].start) return true;
  return !!before && (before.pos === 'DET' || before.pos === 'ADJ') && !!after && (after.pos === 'NOUN' || after.pos === 'PROPN');
}

/** "had a conversation with": "have" tagged as an auxiliary, with a noun phrase and no verb after it, is the main verb. */
function haveAsVerb(tokens: TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].pos === 'AUX' && tokens[i].lemma === 'have' && !!next && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'NUM');
}

/** Whether the form is the base or present form of its lemma ("meet", "meets", "tries"). */
function presentForm(t: TaggedToken): boolean {
  const { normal, lemma } = t;
  return normal === lemma || normal === `${lemma}s` || normal === `${lemma}es` || (lemma.endsWith('y') && normal === `${lemma.slice(0, -1)}ies`);
}

/** The verb group headed by tokens[i], or null when tokens[i] is no main verb. */
export function verbGroupAt(tokens: TaggedToken[], i: number, from = 0): VerbGroup | null {
  const verb = tokens[i];
  if (!(verb.pos === 'VERB' || haveAsVerb(tokens, i)) || modifier(tokens, i)) return null;
  let first = i;
  while (first - 1 >= from && INSIDE(tokens[first - 1])) first--;
  // Adverbs before the first auxiliary belong to the clause, not to the group ("then met"); "never" stays.
  while (first < i && tokens[first].pos === 'ADV' && !NEGATION.has(tokens[first].normal)) first++;
  const group = tokens.slice(first, i);
  const auxes = group.filter((t) => t.pos === 'AUX' || (t.pos === 'PART' && t.normal === 'to'));
  const modal = auxes.find((t) => MODALS.has(t.normal) || t.normal === 'to')?.normal ?? null;
  const negated = group.some((t) => NEGATION.has(t.normal));
  const ing = verb.normal.endsWith('ing');
  const passive = !ing && !presentForm(verb) && auxes.some((t) => t.lemma === 'be');
  let tense: Tense;
  if (modal === 'to') tense = 'infinitive';
  else if (modal === 'will' || modal === 'shall' || modal === "'ll" || modal === 'wo') tense = 'future';
  else if (auxes.some((t) => t.lemma === 'have' && t.normal !== 'had')) tense = 'perfect';
  else if (auxes.some((t) => PAST_AUX.has(t.normal))) tense = 'past';
  else if (auxes.length) tense = 'present';
  else if (ing) tense = 'participle';
  else if (presentForm(verb)) tense = 'present';
  else tense = 'past';
  // A past form right after a noun with no auxiliary may still be a reduced relative ("the leaders invited"); it stays finite.
  const finite = tense !== 'infinitive' && tense !== 'participle';
  return { start: tokens[first].start, end: verb.end, head: i, first, lemma: verb.lemma, tense, modal: modal === 'to' ? 'to' : modal, negated, passive, finite };
}
