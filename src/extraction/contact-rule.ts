/**
 * What a contact rule is: a pattern that finds a trigger in one sentence, and a `shape` that says
 * where the parties stand around it (contact-parties.ts reads them). The rules themselves are
 * tables (contact-rules.ts, contact-noun-rules.ts, passive-contact-rules.ts):
 *  - verb:     SUBJECT trigger OBJECTS ("Blair met Berlusconi and Schroeder"). With `seekWith`, the
 *              objects follow a later "with" ("held talks on Monday in Accra, the capital, with X").
 *              Without objects, a coordinated subject is the whole party ("Blair and Chirac met").
 *              Without a subject in the clause, the subject of the main clause after a leading
 *              participle takes its place ("Welcoming X to Berlin, the chancellor said …").
 *  - noun:     POSSESSOR? noun with|between OBJECTS ("his meeting with the supreme leader", "talks
 *              between X and Y"); the possessor, else the clause's subject, is the other party.
 *  - group:    "their summit", "the two leaders' talks": the people the plural refers to.
 *  - passive:  SUBJECT "was received by" AGENT; "a reception held for him by" AGENT.
 *  - list:     a list of participants that joins the contact reported just before ("The meeting
 *              was attended by A, B and C"), or makes one when the sentence names the meeting.
 * `medium` is what the trigger itself states; otherwise cue words in the sentence decide.
 * Whether the contact happened (planned, refused, hypothetical …) is decided by contact-modality.ts.
 */
import type { Medium } from '../facts/facts-document.js';
import type { Rule } from './extraction-types.js';

export type ContactShape = 'verb' | 'noun' | 'group' | 'passive' | 'list';

export interface ContactRule extends Rule {
  shape: ContactShape;
  medium: Medium | null;
  /** verb: the objects follow a later "with" in the clause (adverbials may come between). */
  seekWith?: boolean;
  /** With `seekWith`: how far "with" may stand after the trigger (90 characters unless said). */
  reach?: number;
  /** verb: without objects, a coordinated subject of two or more is the whole party. */
  mutual?: boolean;
  /** What must follow the objects for the trigger to be a contact ("called X on Monday", not "called X a liar"). */
  after?: RegExp;
  /** verb: the trigger opens a fronted clause, whose subject is the main clause's ("Welcoming X, Biden said"). */
  fronted?: boolean;
  /** verb: without objects, every party named in the clause before the trigger took part. */
  allBefore?: boolean;
  /** verb: the objects alone are the parties ("The summit brought together A, B and C"). */
  objectsOnly?: boolean;
  /** The contact spans a period ("weeks of negotiations that involved A and B"): it has no one day, whatever the sentence dates. */
  undated?: boolean;
  /** verb: a trailing participle (", meeting X"), whose subject is the sentence's first party. */
  trailing?: boolean;
  /** passive: the trigger opens with a contact noun ("a dinner hosted by X"), whose clause's modality is a noun's too ("will attend a dinner hosted by X": contact-modality.ts, nounHappened). */
  nounLed?: boolean;
}
