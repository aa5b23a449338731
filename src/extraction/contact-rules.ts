/**
 * Contact rules as data. Each rule's pattern finds a trigger; `shape` says where the parties are:
 *  - with:    subject before the trigger, parties listed after it ("X spoke with Y and Z");
 *  - between: parties listed after the trigger ("a phone call took place between X and Y");
 *  - mutual:  parties all before the trigger ("We, A and B, …, having met in Kuala Lumpur");
 *  - list:    parties listed after the trigger join the contact reported just before
 *             ("Participants in the call included A, B and C").
 * `medium` is the medium the trigger itself states; otherwise cue words in the sentence decide.
 */
import type { Medium } from '../facts/facts-document.js';
import type { Rule } from './extraction-types.js';

export interface ContactRule extends Rule {
  shape: 'with' | 'between' | 'mutual' | 'list';
  medium: Medium | null;
}

const PHONE = '(?:tele)?phon(?:e|ic)';
const TALK_NOUN = '(?:conversation|call|talk|discussion)s?';

export const CONTACT_RULES: ContactRule[] = [
  { id: 'contact.phone-noun-between', shape: 'between', medium: 'phone',
    example: 'Another phone call took place between President of Ukraine Volodymyr Zelenskyy and President of the United States Joseph Biden.',
    reason: 'A phone call "between" lists every party after the preposition.',
    pattern: new RegExp(`\\b${PHONE} ${TALK_NOUN} (?:took place |was held )?between\\b`, 'gi') },
  { id: 'contact.had-phone-with', shape: 'with', medium: 'phone',
    example: 'President of Ukraine Volodymyr Zelenskyy had a phone conversation with the Crown Prince of Abu Dhabi.',
    reason: 'Having or holding a phone conversation with someone is a phone contact that happened.',
    pattern: new RegExp(`\\b(?:had|held|has had|conducted|made)(?: a| an| another| several| two| three| their| his| her)?(?: \\w+)? ${PHONE} ${TALK_NOUN} with\\b`, 'gi') },
  { id: 'contact.spoke-by-phone', shape: 'with', medium: 'phone',
    example: 'Vladimir Putin spoke by telephone with President of the French Republic Emmanuel Macron.',
    reason: 'Speaking by or over the phone with someone is a phone contact.',
    pattern: new RegExp(`\\b(?:spoke|talked|conferred|spoken|talks?) (?:by|on the|over the) ${PHONE} (?:with|to)\\b`, 'gi') },
  { id: 'contact.phoned', shape: 'with', medium: 'phone',
    example: 'Scholz telephoned Putin on Friday.',
    reason: 'To phone someone is a phone contact.',
    pattern: /\b(?:tele)?phoned\b/gi },
  { id: 'contact.video-with', shape: 'with', medium: 'video',
    example: 'President Joseph R. Biden, Jr. held a secure video call today with President Vladimir Putin of Russia.',
    reason: 'Holding a video call or videoconference with someone is a video contact.',
    pattern: /\b(?:held|had|hosted|joined|convened)(?: a| an)?(?: secure| virtual)? (?:video ?(?:call|conference|link|meeting)|videoconference|virtual (?:meeting|summit|call))(?: \w+)?(?: with)?\b/gi },
  { id: 'contact.call-with', shape: 'with', medium: 'phone',
    example: 'Today, President Donald J. Trump held a call with Prime Minister Keir Starmer of the United Kingdom.',
    reason: 'Holding or having a call with someone is a call that happened.',
    pattern: /\b(?:held|had|made|took|received) (?:a |an |another )?(?:\w+ )?call (?:with|from)\b/gi },
  { id: 'contact.met-with', shape: 'with', medium: 'in_person',
    example: 'Today, President Joseph R. Biden, Jr. met with Foreign Minister Dmytro Kuleba of Ukraine.',
    reason: 'Meeting someone is an in-person contact.',
    pattern: /\b(?:met|meets) (?:with )?(?=[A-Z@]|the |his |her |their |[a-z]+ (?:President|Prime|Chancellor|Foreign|King|Queen))/g },
  { id: 'contact.held-talks-with', shape: 'with', medium: null,
    example: 'The Chancellor held talks with President Emmanuel Macron in Paris.',
    reason: 'Holding talks or a meeting with someone is a contact that happened.',
    pattern: /\b(?:held|had|hosted|conducted)(?: a| an)?(?: bilateral| face-to-face| private| brief| lengthy| separate| trilateral| joint)? (?:meeting|talks|discussions|consultations|negotiations|summit)(?:, via videoconference,)? with\b/gi },
  { id: 'contact.hosted', shape: 'with', medium: 'in_person',
    example: 'President Biden hosted Chancellor Scholz at the White House.',
    reason: 'Hosting or receiving a named leader is an in-person meeting.',
    pattern: /\b(?:hosted|received|welcomed)(?= (?:[A-Z]|him\b|her\b|them\b|the (?:[A-Z]|visiting)))/g },
  { id: 'contact.spoke-with', shape: 'with', medium: 'unspecified',
    example: 'Ukraine President Volodymyr Zelenskyy on Tuesday spoke to his United States counterpart Joe Biden.',
    reason: 'Speaking with or to someone, with no other clue, is a contact of unknown medium.',
    pattern: /\b(?:spoke|spoken|speaks|talked|talks|conferred) (?:(?:again|briefly|separately|today|earlier|later|yesterday|tonight|on \w+) )?(?:with|to)\b/gi },
  { id: 'contact.reached-out', shape: 'with', medium: 'unspecified',
    example: 'President Zelenskyy reached out to me tonight and we just finished speaking.',
    reason: 'Reaching out to someone and speaking is a contact that happened.',
    pattern: /\breached out to\b(?=[^.]*\b(?:speaking|spoke|talking|talked|call)\b)/gi },
  { id: 'contact.conversation-with', shape: 'with', medium: null,
    example: 'Hours after Zelenskyy posted the information regarding his conversation with Biden …',
    reason: 'A conversation, call or meeting "with" someone, as a noun, reports a contact; its subject is its possessor.',
    pattern: new RegExp(`\\b(?:${PHONE} |video )?(?:conversation|call|meeting|talks)s? with\\b`, 'gi') },
  { id: 'contact.met-in', shape: 'mutual', medium: 'in_person',
    example: 'We, the Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand, … having met in Kuala Lumpur, Malaysia, on October 26, 2025, declare the following.',
    reason: 'Parties who "met in" a place met each other.',
    pattern: /\b(?:having met|met|held talks|met face to face) in\b/g },
  { id: 'contact.participants', shape: 'list', medium: null,
    example: 'Participants in the call included Prime Minister Justin Trudeau of Canada, …',
    reason: 'A list of participants names the parties of the contact just reported.',
    pattern: /\b(?:Participants (?:in|of) the (?:call|meeting|conversation|talks|summit|videoconference) (?:included|were)|Taking part in the (?:call|meeting|conversation|talks|videoconference) were|(?:The )?(?:call|meeting|talks|summit) (?:was|were) (?:also )?attended by|(?:was|were) joined by)\b/gi },
];

/** Words before a trigger that make the contact planned, proposed, refused or hypothetical. */
export const NOT_HAPPENED: Rule = {
  id: 'contact.not-happened',
  example: 'Tomorrow, I will be meeting with the Leaders of the G7.',
  reason: 'Planned, proposed, cancelled, refused or hypothetical contacts are not calls (GUIDE.md).',
  pattern: /\b(?:will|would|shall|'ll|plans?|planned|planning|expects?|expected|scheduled|set to|going to|intends?|intended|hopes?|hoped|wants?|wanted|wish(?:es|ed)?|invit(?:e|es|ed|ation)|propos(?:e|es|ed|al)|suggest(?:s|ed)?|offer(?:s|ed)? to|ready to|cancel(?:s|led|ed)?|postpon(?:e|es|ed)|call(?:s|ed)? off|not|n't|never|refused|declined|no longer|failed to|may|might|could|should|ahead of|upcoming|tomorrow|next week|next month|to be held|agreed to|seeks?|sought|request(?:s|ed)?|letter|wrote to)\b/i,
};

/** Medium cue words in the sentence when the trigger does not state it. */
export const MEDIUM_CUES: Array<[Medium, RegExp]> = [
  ['video', /\b(?:video|videoconference|virtual|virtually|online)\b/i],
  ['phone', /\b(?:phone|telephone|telephonic|phoned|by telephone|call)\b/i],
  ['in_person', /\b(?:met|meeting|visit|visited|hosted|in person|face-to-face|summit|talks in|arrived)\b/i],
];
