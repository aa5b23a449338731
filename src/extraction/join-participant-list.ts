/**
 * A participant list ("The meeting was attended by A, B and C", "The five leaders are A, B and C")
 * names the parties of the contact reported just before it: they join that contact — one contact
 * with each when it was a set of separate meetings ("held separate meetings with five presidents").
 * Without such a contact, a list of two or more right after a trigger is a contact of its own.
 */
import type { Provenance, Sentence } from './extraction-types.js';
import type { ContactDraft } from './merge-calls.js';
import { PLURAL_TRIGGER } from './contact-cues.js';

const SEPARATE = /\bseparate(?:ly)?\b|\bon separate occasions\b/i;

export interface ListContext {
  scan: string;
  sentences: Sentence[];
  s: Sentence;
  drafts: ContactDraft[];
  /** The sentence of the trigger before this one. */
  previousTrigger: number;
  /** A new contact of these parties, reported by this list. */
  newDraft: (participants: string[]) => ContactDraft;
}

export function joinParticipantList({ scan, sentences, s, drafts, previousTrigger, newDraft }: ListContext, objects: string[], evidence: Provenance): void {
  const last = drafts[drafts.length - 1];
  if (last && last.sentence >= s.index - 8 && s.paragraph - sentences[last.sentence].paragraph <= 1 && (previousTrigger === last.sentence || last.participants.length === 1)) {
    const first = last.evidence[0];
    const own = sentences[last.sentence];
    if (last.participants.length === 1 && (PLURAL_TRIGGER.test(scan.slice(first.start, first.end)) || SEPARATE.test(scan.slice(own.start, own.end)))) {
      const host = last.participants[0];
      for (const o of objects) if (o !== host) drafts.push({ ...last, participants: [host, o], evidence: [...last.evidence, evidence] });
      return;
    }
    last.participants.push(...objects.filter((a) => !last.participants.includes(a)));
    last.evidence.push(evidence);
  } else if (objects.length >= 2 && previousTrigger >= s.index - 1) {
    drafts.push(newDraft(objects));
  }
}
