/**
 * Contact rules whose trigger is a noun, a plural, a passive or a participant list ("the Biden-Xi
 * talks", "their summit", "was received by", "The meeting was attended by …"). They come after the
 * verb rules of contact-rules.ts, which claim a sentence's words first. Shapes: contact-rules.ts.
 */
import type { ContactRule } from './contact-rules.js';
import { CONTACT_NOUN, MEAL, PHONE } from './contact-words.js';

export const NOUN_CONTACT_RULES: ContactRule[] = [
  { id: 'contact.compound', shape: 'noun', medium: null,
    example: 'The Trump-Kim summit in Hanoi ended without a deal.',
    reason: 'A hyphenated pair of names before a contact noun ("the Biden-Xi talks") names its parties.',
    pattern: new RegExp(`\\b[A-Z][\\p{L}'’]+[-–][A-Z][\\p{L}'’]+(?:[-–][A-Z][\\p{L}'’]+)? (?:(?:${PHONE}|video) )?(?:summit|talks|meeting|call|conversation)\\b`, 'gu') },
  { id: 'contact.call-to', shape: 'noun', medium: 'phone',
    example: "Biden's phone call to Netanyahu lasted an hour.",
    reason: 'A call "to" someone, as a noun, is a phone contact with its possessor or the clause’s subject.',
    pattern: new RegExp(`\\b(?:(?:${PHONE}|video) )?call to\\b(?= (?:[A-Z]|his |her |the [A-Z]))`, 'gi') },
  { id: 'contact.conversation-with', shape: 'noun', medium: null,
    example: 'Defence Minister Rafael Ileto, briefing reporters after a separate meeting with Shultz, said …',
    reason: 'A meeting, talks, a call or a summit "with" someone, as a noun, reports a contact; its possessor, else the clause’s subject, is the other party.',
    pattern: new RegExp(`\\b${CONTACT_NOUN}s? (?:with|between)\\b`, 'gi') },
  { id: 'contact.summit-of', shape: 'noun', medium: 'in_person',
    example: 'The communique followed a summit of Brazil’s Lula, India’s Modi and South Africa’s Ramaphosa.',
    reason: 'A summit or meeting "of" or "among" named leaders is a contact among all of them.',
    pattern: /\b(?:summit|meeting|talks) (?:of|among|involving)\b(?= (?:[A-Z]|the (?:[A-Z]|leaders)))/g },
  { id: 'contact.their-noun', shape: 'group', medium: null,
    example: 'Lee was spotted taking a selfie with Xi during their state banquet in Beijing on Monday.',
    reason: '"Their summit", "the two leaders\' talks": a contact among the people the plural refers to.',
    pattern: new RegExp(`\\b(?:their|the two (?:leaders|presidents|men|sides|ministers|prime ministers)'|both leaders')(?: [a-z][a-z-]*){0,3}? (?:${CONTACT_NOUN}|${MEAL})s?\\b(?! (?:with|between|of)\\b)`, 'gi') },
  { id: 'contact.after-talks', shape: 'group', medium: null,
    example: 'Putin and Kim Jong Un signed a mutual defence pact after talks in Pyongyang on Wednesday. Zelenskyy thanked Biden during a meeting in Washington.',
    reason: 'Talks or a meeting named without "with" after "after", "following" or "during" have for parties the people the clause names together, or the subject and object of its verb.',
    pattern: new RegExp(`\\b(?:[Aa]fter|[Ff]ollowing|[Dd]uring|[Aa]t the end of)(?: (?:their|the|a|an|two days of|two rounds of|hours of|a day of))?(?: (?:[a-z][a-z-]*|[A-Z][\\w'’]*)){0,3}? (?:talks|meeting|summit|${MEAL}|consultations)\\b(?! (?:with|between|of|among|involving|on whether)\\b)`, 'g') },
  { id: 'contact.brought-together', shape: 'verb', medium: 'in_person', objectsOnly: true,
    example: 'The summit brought together Brazilian President Luiz Inacio Lula da Silva, Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa.',
    reason: 'A meeting that brought people together is one contact among all of them.',
    pattern: /\bbrought together\b/g },
  { id: 'contact.received-by', shape: 'passive', medium: 'in_person',
    example: 'The Foreign Minister was received by King Abdullah II in Amman.',
    reason: 'Being received, hosted or welcomed by someone is an in-person meeting with them.',
    pattern: /\b(?:was|were|has been|have been|had been|being) (?:received|hosted|welcomed|greeted|met|visited|telephoned|phoned|called)(?: (?:at|on|in|upon) (?:the |his |her |their )?(?:[\w-]+ ){0,3}?[\w-]+)? by\b/g },
  { id: 'contact.event-held-by', shape: 'passive', medium: 'in_person',
    example: 'Weizsaecker, speaking at a reception held for him by President Raul Alfonsin, said …',
    reason: 'A reception, dinner or meeting held or hosted by someone, attended by the subject, is an in-person meeting.',
    pattern: new RegExp(`\\b(?:reception|${MEAL}|meeting|talks|ceremony|summit)(?: [a-z]+){0,2}? (?:held|hosted|given|organi[sz]ed|offered|thrown) (?:in (?:his|her|their) honou?r |for (?:him|her|them) )?by\\b`, 'g') },
  { id: 'contact.participants', shape: 'list', medium: null,
    example: 'The meeting was attended by Israeli prime minister Benjamin Netanyahu and Greek prime minister Kyriakos Mitsotakis.',
    reason: 'A list of participants names the parties of the contact just reported (or of the meeting the sentence names).',
    pattern: /\b(?:Participants (?:in|of) the (?:call|meeting|conversation|talks|summit|videoconference) (?:included|were)|Taking part in the (?:call|meeting|conversation|talks|videoconference) were|(?:(?:The|the) )?(?:[a-z]+-)?(?:call|meeting|talks|summit|lunch|dinner|banquet)(?: in \p{Lu}[\p{L}-]+)? (?:was|were) (?:also )?attended by|(?:was|were) (?:also )?joined by|(?:[Aa]lso )?present (?:were|at the (?:meeting|talks|lunch|dinner) were)|(?:were|was) (?:also )?present(?: at the (?:event|meeting|talks|lunch|dinner|banquet|ceremony))?:)/gu },
];
