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

export const THE_MEETING_JOINED = {
  id: 'contact.parties.the-meeting-joined',
  example: 'Halvorsen met Berg in Oslo on Monday.\n\nBerg praised the deal.\n\n"We agree," Berg told reporters at the lunch that was joined by Foreign Minister Lind and Trade Minister Holm.',
  reason: 'A list of those who joined "the meeting" names the parties of the contact the story reports, though paragraphs of quotes stand between.',
  pattern: /\bthe (?:meeting|talks|call|conversation|lunch|dinner|summit)(?: (?:that|which))?\s+$/i,
};

/** The list's own words name the story's contact as the place of presence ("Also present at the meeting was", "Attending the talks were"). */
export const PRESENT_AT_THE_MEETING = {
  id: 'contact.parties.present-at-the-meeting',
  example: 'Modi received Foreign Minister Wong in Delhi on Tuesday.\n\nIn the meeting, the two discussed shipping.\n\n"It was warm," Modi said.\n\nAlso present at the meeting was Jaishankar, the foreign minister.',
  reason: 'A person said to be present at "the meeting" or "the talks" took part in the contact the story reports, though paragraphs of quotes stand between: he joins it (GUIDE.md: everyone named as taking part), as a list after "the lunch that was joined by" does.',
  pattern: /\b(?:present at|attending|part in) the (?:meeting|talks|call|conversation|lunch|dinner|videoconference)\b/i,
};

export const PRESENT_NOT_COUNTERPART = {
  id: 'contact.parties.present-not-counterpart',
  example: 'The First Lady welcomed Prime Minister Halvorsen at the palace. Ruritanian officials present were Foreign Minister Anton Veld and Trade Minister Ida Berg.',
  reason: 'A list of the officials present names who attended a meeting, not whom a lone party met: with the other side unnamed, it makes no contact of him with them.',
  pattern: /\bpresent\b/i,
};

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
  // THE_MEETING_JOINED: "… told reporters at the lunch that was joined by A, B and C": "the meeting" is the story's contact, paragraphs away.
  // PRESENT_AT_THE_MEETING: "Also present at the meeting was A": the list's own words name that contact.
  const namesMeeting = THE_MEETING_JOINED.pattern.test(scan.slice(Math.max(0, evidence.start - 40), evidence.start)) || PRESENT_AT_THE_MEETING.pattern.test(scan.slice(evidence.start, evidence.end));
  // …"the meeting" is the latest contact of two parties, past a lone party told after it ('"We also exchanged views," Anwar said.').
  let at = drafts.length - 1;
  if (namesMeeting) for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 6; k--) if (drafts[k].participants.length >= 2) { at = k; break; }
  const last = drafts[at];
  const definite = namesMeeting && !!last && last.participants.length >= 2;
  const near = s.paragraph - sentences[last?.sentence ?? 0].paragraph <= (definite ? 4 : 1);
  // PRESENT_NOT_COUNTERPART: those "present" attended a contact of known parties; they are not the missing other side of a lone party's.
  const lone = !!last && last.participants.length === 1 && !PRESENT_NOT_COUNTERPART.pattern.test(scan.slice(evidence.start, evidence.end));
  if (last && last.sentence >= s.index - 8 && near && (previousTrigger === last.sentence || lone || definite)) {
    if (last.participants.length === 1 && !lone) return;
    const first = last.evidence[0];
    const own = sentences[last.sentence];
    if (last.participants.length === 1 && (PLURAL_TRIGGER.test(scan.slice(first.start, first.end)) || SEPARATE.test(scan.slice(own.start, own.end)))) {
      const host = last.participants[0];
      for (const o of objects) if (o !== host) drafts.push({ ...last, participants: [host, o], evidence: [...last.evidence, evidence] });
      return;
    }
    // The same contact told twice in its sentence ("met X …, where they discussed …") gains the list in each report;
    // "the meeting" (definite) is the contact of those parties however many sentences told it (the last twenty reports).
    const parties = [...last.participants];
    for (let k = drafts.length - 1; k >= 0 && (drafts[k].sentence === last.sentence || (definite && k >= drafts.length - 20)); k--) {
      const d = drafts[k];
      if (d !== last && (d.participants.length !== parties.length || !d.participants.every((p) => parties.includes(p)) || (!!d.date && !!last.date && d.date !== last.date))) continue;
      d.participants.push(...objects.filter((a) => !d.participants.includes(a)));
      d.evidence.push(evidence);
    }
  } else if (objects.length >= 2 && previousTrigger >= s.index - 1) {
    drafts.push(newDraft(objects));
  }
}
