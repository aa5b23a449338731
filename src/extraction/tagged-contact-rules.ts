/**
 * Contact rules on the clause reader's output (tagged-clauses.ts), as data: a verb lemma, where its
 * other party stands (the object, or the phrase after a preposition), and the medium the verb states.
 * A rule is a construction, not a wording: "Modi met Biden", "Biden was met by Modi", "Modi has met
 * Biden", "He then met with Biden on Monday" are one row each, as are the other inflections.
 */
import type { Medium } from '../facts/facts-document.js';

export interface TaggedContactRule {
  id: string;
  example: string;
  reason: string;
  /** The main verb's lemmas. */
  lemmas: string[];
  /** Where the other party is: the direct object, or the phrase after one of these prepositions. */
  partner: { object: boolean; prepositions: string[] };
  /** With an object: its head noun must be one of these ("held talks with"), and the party follows the preposition. */
  objectNouns?: string[];
  /** What may not follow the object: "called Biden a friend" names him, it does not phone him. */
  notAfterObject?: RegExp;
  /** Without a partner, a subject of two or more parties met each other ("Modi and Biden met"). */
  mutual: boolean;
  medium: Medium;
}

const TALKS = ['talks', 'talk', 'meeting', 'meetings', 'call', 'conversation', 'conversations', 'discussion', 'discussions', 'summit', 'consultations', 'negotiations', 'dialogue'];

export const TAGGED_CONTACT_RULES: TaggedContactRule[] = [
  { id: 'contact.tagged.meet', lemmas: ['meet'], partner: { object: true, prepositions: ['with'] }, mutual: true, medium: 'in_person',
    example: 'The Kenyan president later met his Tanzanian counterpart.',
    reason: 'To meet someone, or meet with someone, is a contact in person; two subjects who met, met each other.' },
  { id: 'contact.tagged.held-talks', lemmas: ['hold', 'have'], objectNouns: TALKS, partner: { object: false, prepositions: ['with'] }, mutual: true, medium: 'unspecified',
    example: 'On Friday the foreign minister held talks with the Dutch prime minister; the chancellor had a long conversation with her.',
    reason: 'Talks, a meeting or a call held or had with someone: the noun names the contact, the "with" phrase its party.' },
  { id: 'contact.tagged.spoke-with', lemmas: ['speak'], partner: { object: false, prepositions: ['with', 'to'] }, mutual: false, medium: 'unspecified',
    example: 'The Irish taoiseach spoke to the Canadian prime minister on Tuesday.',
    reason: 'Speaking with or to someone is a conversation with them (the medium comes from the sentence).' },
  { id: 'contact.tagged.talked-with', lemmas: ['talk', 'confer'], partner: { object: false, prepositions: ['with', 'to'] }, mutual: true, medium: 'unspecified',
    example: 'The two presidents talked for an hour. The secretary of state conferred with the Saudi crown prince.',
    reason: 'Talking or conferring with someone is a conversation with them; two subjects who talked, talked to each other.' },
  { id: 'contact.tagged.hosted', lemmas: ['host'], partner: { object: true, prepositions: [] }, mutual: false, medium: 'in_person',
    example: 'The Indonesian president hosted the Australian prime minister in Jakarta.',
    reason: 'The host of a visitor met the visitor.' },
  { id: 'contact.tagged.received', lemmas: ['receive', 'welcome'], partner: { object: true, prepositions: ['by'] }, mutual: false, medium: 'in_person',
    example: 'The visiting minister was received by the emir; the prime minister welcomed the Philippine president.',
    reason: 'Receiving or welcoming a person (or being received by one) is a meeting in person; the object must be a party, not a decision.' },
  { id: 'contact.tagged.phoned', lemmas: ['phone', 'telephone', 'call'], partner: { object: true, prepositions: [] }, mutual: false, medium: 'phone',
    notAfterObject: /^\s*(?:["\u201c\u2018']|(?:a|an|the|his|her|their|one|"|an?other)\b)/i,
    example: 'The French president phoned the Iranian president on Sunday.',
    reason: 'Phoning or calling a person is a contact by phone (the object must be a party, and no second object may follow: "called him a friend").' },
  { id: 'contact.tagged.called-on', lemmas: ['call'], partner: { object: false, prepositions: ['on'] }, mutual: false, medium: 'in_person',
    example: 'The visiting finance minister called on the prime minister.',
    reason: 'To call on someone is to visit them: a meeting in person, not a phone call.' },
];

/**
 * A plural subject that names no one ("the two leaders held talks"): the last two people named before it
 * are its parties, as a reader takes them. Only "two" or "both": a larger group is not resolved.
 */
export const PLURAL_SUBJECT = {
  id: 'contact.tagged.two-leaders',
  example: 'The Thai prime minister flew to Hanoi. The two leaders held talks on trade.',
  reason: 'A contact whose subject is "the two leaders" (men, sides, presidents, ministers) is one between the two people the text named last.',
  pattern: /^(?:the )?(?:two|both) (?:leaders|men|women|presidents|premiers|prime ministers|foreign ministers|ministers|heads of state|heads of government|sides|counterparts)$/i,
};

/** The rules by verb lemma. */
export const TAGGED_RULES_BY_LEMMA = new Map<string, TaggedContactRule[]>();
for (const r of TAGGED_CONTACT_RULES) for (const lemma of r.lemmas) TAGGED_RULES_BY_LEMMA.set(lemma, [...(TAGGED_RULES_BY_LEMMA.get(lemma) ?? []), r]);
