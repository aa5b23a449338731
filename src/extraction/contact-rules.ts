/**
 * Contact rules as data: the constructions news and readouts use to report that two parties met,
 * talked or called. Each rule's pattern finds a trigger in one sentence; its `shape` says where the
 * parties stand around it (contact-parties.ts reads them):
 *  - verb:     SUBJECT trigger OBJECTS ("Blair met Berlusconi and Schroeder"). With `seekWith`, the
 *              objects follow a later "with" ("held talks in Tehran, the Iranian capital, with X").
 *              Without objects, a coordinated subject is the whole party ("Blair and Chirac met").
 *              Without a subject in the clause, the subject of the main clause after a leading
 *              participle takes its place ("Welcoming Milei to the White House, Trump warned …").
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
import { NOUN_CONTACT_RULES } from './contact-noun-rules.js';
import { CONTACT_NOUN, DET, MEAL, PHONE } from './contact-words.js';

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
  /** verb: a trailing participle (", meeting X"), whose subject is the sentence's first party. */
  trailing?: boolean;
}

export const CONTACT_RULES: ContactRule[] = [
  { id: 'contact.hosted-event-attended-by', shape: 'verb', medium: 'in_person',
    example: 'Lula hosted a summit in Brasilia on Tuesday attended by Narendra Modi and Cyril Ramaphosa.',
    reason: 'The host of a summit, meeting or dinner met those who attended it.',
    pattern: new RegExp(`\\bhosted (?:a|an|the) (?:[a-z-]+ ){0,2}(?:summit|meeting|talks|gathering|${MEAL})\\b[^.,;]{0,40}? attended by\\b`, 'g') },
  { id: 'contact.phone-noun-between', shape: 'noun', medium: 'phone',
    example: 'Another phone call took place between President of Ukraine Volodymyr Zelenskyy and President of the United States Joseph Biden.',
    reason: 'A phone call "between" lists every party after the preposition.',
    pattern: new RegExp(`\\b${PHONE} (?:conversation|call|talk)s? (?:took place |was held )?between\\b`, 'gi') },
  { id: 'contact.video-with', shape: 'verb', medium: 'video', seekWith: true, mutual: true,
    example: 'President Joseph R. Biden, Jr. held a secure video call today with President Vladimir Putin of Russia.',
    reason: 'Holding a video call or videoconference with someone is a video contact.',
    pattern: /\b(?:held|had|hosted|joined|convened|conducted)(?: a| an)?(?: secure| virtual)? (?:video ?(?:call|conference|link|meeting)|videoconference|virtual (?:meeting|summit|call))s?\b/gi },
  { id: 'contact.hosted-meal-for', shape: 'verb', medium: 'in_person',
    example: 'Lula hosted a state dinner for Emmanuel Macron in Brasilia.',
    reason: 'Hosting a dinner, lunch or reception for someone is an in-person meeting with them.',
    pattern: new RegExp(`\\b(?:hosted|gave|threw|held|offered)(?: a| an)?(?: [a-z-]+){0,2} (?:${MEAL}|reception) (?:in honou?r of|for)\\b`, 'g') },
  { id: 'contact.call-from', shape: 'verb', medium: 'phone',
    example: 'Ramaphosa received a call from Modi on Tuesday.',
    reason: 'Receiving or taking a call from someone is a phone contact.',
    pattern: new RegExp(`\\b(?:received|got|took|answered)(?: a| an| another)?(?: (?!courtesy\\b)[a-z0-9-]+){0,2} (?:${PHONE} )?call from\\b`, 'gi') },
  { id: 'contact.courtesy-call-from', shape: 'verb', medium: 'in_person',
    example: "Prime Minister Anwar Ibrahim received a courtesy call from Singapore's Prime Minister Lee Hsien Loong.",
    reason: 'A courtesy call is a visit in person, not a telephone call.',
    pattern: /\b(?:received|receives|receiving)(?: a| an)? courtesy (?:call|visit) from\b/gi },
  { id: 'contact.held-noun', shape: 'verb', medium: null, seekWith: true, mutual: true,
    example: 'He held brief talks on Sunday with Brazilian President Jose Sarney during a stopover in Brasilia.',
    reason: 'Holding or having talks, a meeting, a call or a meal with someone is a contact that happened; adverbials may stand between the noun and "with".',
    pattern: new RegExp(`\\b(?:held|holds|had|has had|have had|hosted|conducted|made|took|joined|convened)${DET} (?:${CONTACT_NOUN}|${MEAL}|joint (?:news|press) conference)s?\\b(?! (?:of|among|involving) [A-Z])`, 'gi') },
  { id: 'contact.press-conference-together', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Klaus Iohannis and Bulgarian President Rumen Radev gave a news conference in Bucharest on Friday.',
    reason: 'Two coordinated parties who addressed or held a press conference together met; one party alone met no one named.',
    pattern: /\b(?:addressed|held|gave|hosted|fronted|jointly addressed) (?:a |the |their )?(?:joint )?(?:press|news|media) (?:conference|briefing)\b/g },
  { id: 'contact.spoke-by-phone', shape: 'verb', medium: 'phone', mutual: true,
    example: 'Vladimir Putin spoke by telephone with President of the French Republic Emmanuel Macron.',
    reason: 'Speaking by or over the phone with someone is a phone contact.',
    pattern: new RegExp(`\\b(?:spoke|talked|conferred|spoken|chatted)(?: (?:for|again|briefly|at length|late|early|on|twice|again)(?: [a-z0-9-]+){0,3})? (?:by|on the|over the) ${PHONE}(?:(?: [a-z]+){0,3} (?:with|to)\\b)?`, 'gi') },
  { id: 'contact.spoke-by-video', shape: 'verb', medium: 'video',
    example: 'The two leaders spoke by video link with the Japanese Prime Minister.',
    reason: 'Speaking by video link or videoconference with someone is a video contact.',
    pattern: /\b(?:spoke|talked|conferred|met|spoken|talks?) (?:by|via|over|through)(?: a)? (?:video ?(?:link|call|conference)|videoconference)(?: [a-z]+){0,3} (?:with|to)\b/gi },
  { id: 'contact.phoned', shape: 'verb', medium: 'phone',
    example: 'Scholz telephoned Putin on Friday.',
    reason: 'To phone or ring someone is a phone contact.',
    pattern: /\b(?:tele)?phoned\b|\brang\b(?= [A-Z])/gi },
  { id: 'contact.having-met', shape: 'verb', medium: 'in_person', allBefore: true,
    example: 'We, the Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand, as witnessed by the President of the United States of America and the Prime Minister of Malaysia, having met in Kuala Lumpur, … declare the following.',
    reason: 'In a declaration, everyone named before "having met" met each other.',
    pattern: /\bhaving met\b/gi },
  { id: 'contact.met-for-a-while-with', shape: 'verb', medium: 'in_person', seekWith: true, mutual: true,
    example: 'Shultz met for 90 minutes here today with Soviet Foreign Minister Eduard Shevardnadze.',
    reason: 'Wire copy puts how long, where and when between "met" and "with"; the party follows "with".',
    pattern: /\b(?:met|meets)(?! (?:separately|briefly|again|privately|also|later|jointly|today|yesterday|up) with\b)(?=(?: [a-z0-9/-]+){1,6} with\b)/g },
  { id: 'contact.attended-together', shape: 'verb', medium: 'in_person', seekWith: true, mutual: true,
    example: 'Putin, Xi and Modi attended the BRICS summit in Kazan on Wednesday.',
    reason: 'Parties named together as attending one summit or meeting met there; one party alone met no one named.',
    pattern: /\battended(?= (?:the|a|an) (?:[\w-]+ ){0,4}(?:summit|meeting|talks|conference)\b(?! (?:of|with|between)\b))/g },
  { id: 'contact.met-with', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Tony Blair has met Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard Schroeder.',
    reason: 'Meeting someone is an in-person contact; "A and B met" is one between them.',
    pattern: /\b(?:met|meets)(?: (?:separately|briefly|again|privately|also|later|jointly|today|yesterday))?(?: (?:with|up with))?\b/gi },
  { id: 'contact.spoke-with', shape: 'verb', medium: 'unspecified', mutual: true,
    example: 'Ukraine President Volodymyr Zelenskyy on Tuesday spoke to his United States counterpart Joe Biden.',
    reason: 'Speaking, talking or conferring with someone, with no other clue, is a contact of unknown medium.',
    pattern: /\b(?:spoke|spoken|speaks|talked|conferred|chatted)(?: (?:again|briefly|separately|today|earlier|later|yesterday|tonight|at length|privately|directly|on \w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?(?: (?:with|to))\b/gi },
  { id: 'contact.talked-mutual', shape: 'verb', medium: null, seekWith: true, mutual: true,
    example: 'Zambian President Kenneth Kaunda and Tanzanian President Ali Hassan Mwinyi conferred in Dar es Salaam on Monday.',
    reason: 'Two coordinated parties that talked, conferred or spoke (for a while, on a day) had a contact with each other; one party alone had none; speaking at or to something is a speech.',
    pattern: /\b(?:talked|conferred|hugged|huddled)\b(?! (?:with|to)\b)|\bspoke(?= (?:for|on|late|early|twice|again|briefly|at length|last|yesterday|today|tonight|overnight|privately|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)(?![^,.;]{0,40}\b(?:at|to|before|from|in front of)\b)/g },
  { id: 'contact.audience', shape: 'verb', medium: 'in_person',
    example: 'President Bola Tinubu on Wednesday received in audience the visiting Prime Minister of Equatorial Guinea, Manuela Roka Botey.',
    reason: 'Receiving someone in audience, or granting them an audience, is an in-person meeting.',
    pattern: /\b(?:received in (?:an )?audience|granted (?:an )?audience to|gave (?:an )?audience to|accorded (?:an )?audience to)\b/g },
  { id: 'contact.welcome-from', shape: 'verb', medium: 'in_person',
    example: 'Trump received a warm welcome from Saudi Crown Prince Mohammed bin Salman in Riyadh.',
    reason: 'Being given a welcome or a reception by someone is an in-person meeting with them.',
    pattern: /\b(?:received|was given|was accorded|got|enjoyed)(?: a| an)?(?: [a-z-]+){0,2} (?:welcome|reception) (?:from|by)\b/g },
  { id: 'contact.called-on', shape: 'verb', medium: 'in_person',
    example: "Pakistan's Prime Minister Shehbaz Sharif called on Chinese Premier Li Qiang in Beijing on Friday.",
    reason: 'In South Asian and African English, calling on a person (not calling on them to do something) is a courtesy visit.',
    after: /^(?![^.;]{0,40}\b(?:to|for) [a-z]+)\s*(?:[,.;]|$|(?:in|at|on|during|and|yesterday|today|earlier|later|before|after|shortly)\b)/,
    pattern: /\bcalled on(?= (?:[A-Z]|his |her |the (?:[A-Z]|visiting)))/g },
  { id: 'contact.hosted', shape: 'verb', medium: 'in_person',
    example: 'President Biden hosted Chancellor Scholz at the White House.',
    reason: 'Hosting, receiving, welcoming or greeting a named person is an in-person meeting.',
    pattern: /\b(?:hosted|received|welcomed|greeted|hosts|receives|welcomes|entertained|played host to|plays host to)(?= (?:[A-Z]|him\b|her\b|them\b|the (?:[A-Z]|visiting|two)|his |her |their |visiting ))/g },
  { id: 'contact.participle', shape: 'verb', medium: 'in_person', fronted: true,
    example: "Welcoming Argentina's libertarian leader Javier Milei to the White House, Trump warned that …",
    reason: 'A leading participle clause of meeting or hosting has the main clause’s subject as its subject.',
    pattern: /(?:^|(?<=^["'(])|(?<=[,;] ))(?:Welcoming|Hosting|Receiving|Meeting(?: with)?|Greeting)\b/g },
  { id: 'contact.trailing-participle', shape: 'verb', medium: 'in_person', trailing: true,
    example: "Ukraine's new president, Viktor Yushchenko, arrived in Moscow on Monday, meeting Vladimir Putin in the Kremlin.",
    reason: 'A trailing participle of meeting, after the main clause, has the main clause’s subject as its subject.',
    pattern: /(?<=, )(?:meeting(?: with)?|holding talks with|hosting|receiving)(?= (?:[A-Z]|his |her |the (?:[A-Z]|visiting)))/g },
  { id: 'contact.visited', shape: 'verb', medium: 'in_person',
    example: 'Blinken visited Zelensky in Kyiv on Friday.',
    reason: 'Visiting a person (not a place) is an in-person meeting.',
    pattern: /(?<!\b(?:was|were|been|being) )\b(?:visited|paid a (?:courtesy |state |official )?(?:call|visit) (?:on|to))\b/g },
  { id: 'contact.called', shape: 'verb', medium: 'phone',
    example: 'Macron called Zelenskyy on Monday to express his support.',
    reason: 'Calling a person, followed by the purpose, the day or the end of the clause, is a phone call (not "called X a liar", not "called on X to").',
    after: /^\s*(?:to (?:congratulate|discuss|thank|express|offer|convey|inform|brief|condole|wish|say|ask)\b|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:yesterday|today|tonight|late|after|shortly|earlier|last)\b|[,.;]|$)/,
    pattern: /\bcalled(?= (?:[A-Z]|his |her |the (?:[A-Z]|visiting)))(?! on\b)/g },
  { id: 'contact.in-a-call', shape: 'group', medium: null,
    example: 'In a phone call on Monday, Scholz and Macron discussed the budget. In a call Tuesday, Trump and Putin agreed … Zelenskyy told Biden in a telephone conversation that …',
    reason: 'A call or meeting named without "with" has for parties the people its clause names: before it, else after it.',
    pattern: new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Oo]ver) (?:a|an|the|their) (?:[a-z0-9-]+ ){0,2}(?:(?:${PHONE}|video) (?:call|conversation)|phone call|videoconference|video call|conversation by (?:tele)?phone|call(?=,| (?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b| (?:late|last|earlier)\\b))\\b(?! (?:with|between|to|of)\\b)`, 'g') },
  { id: 'contact.joint-press-conference', shape: 'noun', medium: 'in_person',
    example: 'Blinken spoke at a joint news conference with Chinese Foreign Minister Wang Yi.',
    reason: 'A joint news conference with someone is an in-person meeting with them.',
    pattern: /\bjoint (?:news|press) (?:conference|briefing|appearance) (?:with|alongside)\b/gi },
  { id: 'contact.sat-with', shape: 'verb', medium: 'in_person',
    example: 'As Trump sat across the table from his Argentine counterpart on Tuesday, he said …',
    reason: 'Sitting down with or across the table from someone is an in-person meeting.',
    pattern: /\b(?:sat|sits) (?:down )?(?:(?:across|at) the (?:negotiating )?table )?(?:with|from|opposite|next to|beside)\b/g },
  { id: 'contact.told-visiting', shape: 'verb', medium: 'in_person',
    example: 'Putin told visiting Austrian Chancellor Karl Nehammer that …',
    reason: 'Telling, thanking or praising a visiting leader reports a meeting with them.',
    pattern: /\b(?:told|assured|reassured|urged|thanked|briefed|informed|praised|hailed|lauded|commended|congratulated|honou?red|decorated|warned|escorted|accompanied|showed|gave)(?= (?:the )?visiting\b)/g },
  { id: 'contact.shook-hands', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Trump shook hands with Kim Jong Un at the border.',
    reason: 'Shaking hands with, embracing or dining with someone is an in-person meeting.',
    pattern: new RegExp(`\\b(?:shook hands(?: with)?|embraced|lunched with|dined with|breakfasted with|had ${MEAL} with)\\b`, 'g') },
  { id: 'contact.reached-out', shape: 'verb', medium: 'unspecified',
    example: 'President Zelenskyy reached out to me tonight and we just finished speaking.',
    reason: 'Reaching out to someone and speaking is a contact that happened.',
    pattern: /\breached out to\b(?=[^.]{0,80}\b(?:speaking|spoke|talking|talked|call)\b)/gi },
  { id: 'contact.discussed-with', shape: 'verb', medium: null, seekWith: true, mutual: true, reach: 180,
    example: 'Modi discussed trade and defence with Australian Prime Minister Anthony Albanese on Friday.',
    reason: 'Discussing something with someone, exchanging views or consulting with them, reports a conversation that happened; what was discussed may be a long list before "with".',
    pattern: /\b(?:discussed|exchanged views|exchanged opinions|consulted)\b/g },
  { id: 'contact.after-meeting', shape: 'verb', medium: 'in_person', fronted: true,
    example: 'Speaking after meeting Vladimir Putin in the Kremlin, Orban said the war must end.',
    reason: 'A clause "after / while / when meeting X" reports a meeting of the clause’s subject with X.',
    pattern: /\b(?:[Aa]fter|[Ww]hile|[Ww]hen|[Ff]ollowing) (?:meeting(?: with)?|talking (?:to|with)|speaking (?:to|with)|hosting|receiving|visiting)\b/g },
  { id: 'contact.journey-to-meet', shape: 'verb', medium: 'in_person',
    example: 'Scholz flew to Paris on Monday to meet Macron.',
    reason: 'A past journey made to meet someone reports the meeting (contact-modality.ts keeps one only hoped or tried for out).',
    pattern: /(?<=\b(?:travell?ed|flew|went|came|drove|returned|headed|journeyed|rushed)\b[^,.;"]{0,60}\bto )(?:meet(?: with)?|hold talks with)\b/g },
  { id: 'contact.meeting-participle', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Putin and Xi, meeting in Moscow on Tuesday, pledged closer ties.',
    reason: 'A participle "meeting in/at" after a coordinated subject reports that its parties met.',
    pattern: /(?<=, )meeting (?=in |at |on |for |face to face)/g },
  ...NOUN_CONTACT_RULES,
];

/**
 * A word every contact rule's trigger contains: a sentence without one is skipped, so the rules
 * run only where a contact can be (most sentences of a story report none).
 */
export const TRIGGER_HINT = /met\b|meet|talk|confer|chatted|entertain|spok|speak|call|phon|rang\b|conversation|discuss|consult|exchange|host|receiv|welcom|greet|visit|summit|lunch|dinner|banquet|breakfast|reception|\bsat\b|\bsits\b|told|assured|urged|thanked|briefed|shook|embrac|dined|attended|joined|present|Participants|Taking part|conference|negotiat|encounter|tête|(?:leaders|presidents|ministers|dignitaries|heads of state|heads of government) (?:are|were|included)\b/i;
/** …or a hyphenated pair of names ('the Biden-Putin talks'). */
export const COMPOUND_HINT = /[A-Z][\p{L}'’]+[-–][A-Z]/u;
