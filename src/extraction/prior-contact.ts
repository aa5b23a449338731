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

/** `noun`: the contact noun as written; `around`: a bounded window of its sentence. */
export function isPriorContact(noun: string, around: string, laterCounted: () => boolean): boolean {
  return PRIOR.test(noun) || (/\bfirst\b/i.test(noun) && (laterCounted() || PAST_CUE.test(around)));
}
