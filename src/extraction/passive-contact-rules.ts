/**
 * Contact rules whose trigger is a passive ("was met by", "was received by", "a reception held for
 * him by"). They come FIRST in the table (contact-rules.ts): the first rule to match words claims
 * them, and the active verb rule for "met" would otherwise take "was met by X" with no object and
 * lose the contact. Shapes: contact-rule.ts.
 */
import type { ContactRule } from './contact-rule.js';
import { MEAL } from './contact-words.js';

export const PASSIVE_CONTACT_RULES: ContactRule[] = [
  { id: 'contact.received-by', shape: 'passive', medium: 'in_person',
    example: 'The Foreign Minister was received by King Abdullah II in Amman. The visiting premier was also hosted for dinner by Lind. She was warmly greeted by Holm.',
    reason: 'Being received, hosted or welcomed by someone is an in-person meeting with them; an adverb may stand inside the verb group ("was also received", "was warmly greeted") and the meal or talks it was for before "by" ("was hosted for lunch by").',
    pattern: /\b(?:was|were|has been|have been|had been|being)(?: (?:also|later|then|first|subsequently|earlier|[a-z]+ly))? (?:received|hosted|welcomed|greeted|met|visited|telephoned|phoned|called)(?: (?:at|on|in|upon) (?:the |his |her |their )?(?:[\w-]+ ){0,3}?[\w-]+| for (?:a |an )?(?:[a-z-]+ )?(?:lunch|luncheon|dinner|breakfast|banquet|tea|talks))? by\b/g },
  { id: 'contact.event-held-by', shape: 'passive', medium: 'in_person', nounLed: true,
    example: 'Scholz, speaking at a dinner given for him by President Javier Milei, said …',
    reason: 'A reception, dinner or meeting held or hosted by someone, attended by the subject, is an in-person meeting; not one that "will be" or "is to be" held, nor one the clause only plans to attend ("will attend a dinner hosted by": the noun\'s modality, nounLed).',
    pattern: new RegExp(`\\b(?:reception|${MEAL}|meeting|talks|ceremony|summit)(?: (?!(?:will|would|shall|could|may|might|must|to|be|is|are)\\b)[a-z]+){0,2}? (?:held|hosted|given|organi[sz]ed|offered|thrown) (?:in (?:his|her|their) honou?r |for (?:him|her|them) )?by\\b`, 'g') },
  { id: 'contact.discussed-by', shape: 'verb', medium: null, objectsOnly: true,
    example: 'Trade and energy were also discussed by Chancellor Merz and President Macron.',
    reason: 'What was discussed by two or more people is a conversation among them; the subject is the topic, never a party (one agent alone names no contact).',
    pattern: /\b(?:was|were|has been|have been|had been|being)(?: also)? discussed by\b/g },
];
