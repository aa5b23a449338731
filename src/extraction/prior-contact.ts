/**
 * Whether a contact noun names an earlier contact than the story's own, kept apart from it:
 * "their previous meeting"; "their first summit" only when the text counts a later one ("their
 * second summit") or dates it back ("two months ago", "in 2019").
 */
const PRIOR = /\b(?:previous|earlier|last|former|past|prior|recent)\b/i;
const LATER_ORDINAL = /\b(?:second|third|fourth|latest|next) (?:summit|meeting|talks|call|visit)\b/i;
const PAST_CUE = /\b(?:ago|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|last (?:year|month))\b/;

/** Whether the text counts a later contact anywhere (asked once per article, lazily). */
export function laterContactCounted(scan: string): () => boolean {
  let later: boolean | undefined;
  return () => (later ??= LATER_ORDINAL.test(scan));
}

/**
 * "Holm recalled his call with Lind", "remembering their summit in Oslo": a contact noun that a verb of memory
 * governs is one told as history, not the story's own (it takes no day of the story, and stays apart from it).
 */
export const RECALLED_CONTACT = {
  id: 'contact.prior.recalled',
  example: 'Holm recalled his telephone conversation with Lind in January.',
  reason: 'What someone recalls, remembers or looks back on happened before the story\'s contact: it is an earlier contact, not this one.',
  pattern: /\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|reminisc(?:e|es|ed|ing)(?: about)?|look(?:s|ed|ing)? back (?:on|at))\s+(?:(?:his|her|their|the|a|an|that|its|an? earlier)\s+)?(?:[a-z-]+\s+){0,2}$/i,
};

/**
 * "their first meeting since the election", "the second summit between the two leaders in five years": an ordinal
 * counted from a past event up to now names the story's own contact, not an earlier one.
 */
export const COUNTED_SINCE = {
  id: 'contact.prior.counted-since',
  example: 'It was their first meeting since the election. It was the first summit between the two leaders in five years.',
  reason: 'An ordinal contact "since" an event or "in" a span of years counts up to the story\'s own contact: "first" here is this contact, not a prior one.',
  pattern: /^[\s,]*(?:since|in (?:more than |over |nearly |almost |about )?(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|many) (?:years?|months?|decades?))\b/i,
};

/**
 * `noun`: the contact noun as written; `around`: a bounded window of its sentence; `before`: the words right before the
 * noun (RECALLED_CONTACT); `after`: those right after it and its objects (COUNTED_SINCE).
 */
export function isPriorContact(noun: string, around: string, laterCounted: () => boolean, before = '', after = ''): boolean {
  if (RECALLED_CONTACT.pattern.test(before)) return true;
  if (COUNTED_SINCE.pattern.test(after) && !/\b(?:previous|earlier|last|former|past|prior)\b/i.test(noun)) return false;
  return PRIOR.test(noun) || (/\bfirst\b/i.test(noun) && (laterCounted() || PAST_CUE.test(around)));
}
