/**
 * Did the contact happen? GUIDE.md counts only contacts reported as having happened: planned,
 * proposed, cancelled, refused and hypothetical ones stay out. This is decided from the trigger's
 * own clause — the verb group between its subject and the verb ("is due to meet", "did not
 * speak"), the words that govern a contact noun ("ahead of talks with", "a planned meeting with"),
 * what follows it ("talks with X scheduled for next week"), and a condition opening the clause
 * ("if Trump meets Putin") — never from a word anywhere in the sentence.
 *
 * Every look-around is a bounded window, so the cost of a trigger does not grow with its sentence.
 */
import type { Rule } from './extraction-types.js';

const WINDOW = 160;

/** A modal, an infinitive marker or a negation right before the verb (up to three auxiliaries or adverbs may come between: "will also be meeting"). */
export const NOT_ASSERTED_VERB: Rule = {
  id: 'contact.modality.verb-group',
  example: 'Blair is due to meet Berlusconi on Friday. Biden did not speak with Xi.',
  reason: 'A modal, future, infinitive or negated verb group does not report a contact that happened.',
  pattern: /\b(?:to|will|would|shall|'ll|may|might|could|should|can|cannot|must|not|n't|never|no longer|nor)(?:,)?(?: (?:be|been|being|have|has|had|also|yet|ever|again|even|soon|then|first|still|now|formally|personally|[a-z]+ly)){0,3}\s*$/i,
};

const PERFECT_INFINITIVE = /\b(?:glad|pleased|delighted|happy|honou?red|said|reported|understood|believed|known|thought|appears?|seems?|claims?|claimed) to have (?:also |already |briefly )?$/i;

/** "flew to Moscow on Monday to meet Putin": a past journey's purpose in a past narrative is what happened (not one only hoped, planned or tried for). */
const PAST_PURPOSE = /\b(?:travell?ed|flew|went|came|drove|arrived|visited|returned|headed|journeyed|rushed)\b(?:(?!\b(?:hop|want|seek|sought|expect|plan|intend|tr(?:y|ied|ying)|attempt|aim|wish|bid|effort|in order|so as|due|scheduled|slated|supposed|set to|going to|will|would|shall)\w*)[^,.;"]){0,60}\bto (?:also )?$/i;

/** "is meeting", "are holding talks": a present progressive verb group ("also" kept apart: PROGRESSIVE_PLAN). */
const PROGRESSIVE = /\b(?:is|are|'s|'re)(?: (?:also|now|currently|still))? $/i;

/**
 * "Putin is holding a meeting with Maduro", "Scholz is meeting Macron in the chancellery": a dated report's present
 * progressive tells a contact going on as it is written, which GUIDE.md counts as held on the report's day
 * (date.present-report gives that day). With a time of its own in its clause ("on Friday", "tomorrow", "later this
 * week", "next month"), with "also" (one item of a visit's programme), or in a clause opened by "when", "before",
 * "after", "once", "until", "who" or "which", the progressive is English's way of telling a plan.
 */
export const PROGRESSIVE_PLAN: Rule = {
  id: 'contact.modality.progressive-plan',
  example: 'Holm is meeting Lind in Oslo on Friday. Holm is also meeting with Lind in Oslo.',
  reason: 'A present progressive of a contact with a day or a time still to come in its clause, with "also", or in a temporal or relative clause, is a plan; with none, it is a contact going on at the time of the report.',
  pattern: /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend|month|year)|later|next|soon|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/,
};
/** PROGRESSIVE_PLAN: whether the progressive before `triggerStart` tells a plan (its clause's time, "also", a subordinator). */
function progressivePlan(scan: string, group: string, clauseStart: number, triggerStart: number, clauseEnd: number): boolean {
  if (/\balso\b/i.test(group) || SUBORDINATOR_BEFORE.test(scan.slice(Math.max(clauseStart, triggerStart - 80), triggerStart).replace(/\s*\b(?:is|are|'s|'re)(?: (?:also|now|currently|still))? (?:holding|having|hosting)?\s*$/i, ' '))) return true;
  // A relative clause's time is its own event's ("…, who arrived on Tuesday").
  const clause = scan.slice(clauseStart, Math.min(clauseEnd, triggerStart + 120));
  const relative = clause.slice(triggerStart - clauseStart).search(/,\s+(?:who|whom|which|whose|where)\b/);
  return PROGRESSIVE_PLAN.pattern.test(relative >= 0 ? clause.slice(0, triggerStart - clauseStart + relative) : clause);
}

/** "is also meeting with": the -ing form a noun rule reads as "a meeting with" is the verb of a present progressive. */
export const PROGRESSIVE_NOUN: Rule = {
  id: 'contact.modality.progressive-noun',
  example: 'Mitsotakis is also meeting with Erdogan in Ankara.',
  reason: 'After "is" or "are", "meeting with" is a present progressive (a plan, or a contact not yet reported as having happened), as "is meeting" is for the verb rules.',
  pattern: /^meeting\b/,
};
/** …"is" or "are" itself: a possessive "'s" before a noun ("Scholz's meeting with") is no verb. */
/** "is holding talks with", "are having a meeting with": a progressive light verb before the contact noun. */
const PROGRESSIVE_HOLDING = /\b(?:is|are|'re)(?: (?:also|now|currently|still))? (?:holding|having|hosting)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}$/i;
const PROGRESSIVE_BE = /\b(?:is|are)(?: (?:also|now|currently|still))? $/i;

/**
 * "has met X several times", "regularly speaks with X": an iterated or habitual contact is no single
 * contact that happened (the annotators make such a contact optional at most).
 */
export const HABITUAL: Rule = {
  id: 'contact.modality.habitual',
  example: 'Tusk regularly speaks with Fiala. Scholz has met Macron several times since 2021.',
  reason: 'A frequency adverb in the verb group, or a count of times or occasions after the object, reports a habit or a series, not one contact that happened.',
  pattern: /\b(?:regularly|frequently|often|routinely|usually|constantly|repeatedly|periodically|occasionally|sometimes)\s+(?:(?:also|has|have|had|been|did|does|do)\s+)?$/i,
};
/** …the count after the trigger and its object, before the clause's first comma ("twice this year", "three times since 2022"; not "met twice with X" during one visit). */
const HABITUAL_AFTER = /^[^,.;:]{0,100}?\b(?:(?:several|many|numerous|multiple|countless|dozens of|a number of) (?:times|occasions)|(?:times|several times|once) (?:a|per|every) (?:day|week|month|year)|on (?:several|many|numerous|multiple) occasions|regularly|frequently|routinely|every (?:day|week|month|year)|(?:twice|(?:three|four|five|six|seven|eight|nine|ten|\d{1,2}) times) (?:this (?:year|month|week|spring|summer|autumn|winter)|since|before|already|in (?:the |recent )?(?:past|last|recent|previous)|over the|during the (?:past|last)|(?:a|per) (?:year|month|week)))\b/i;

/**
 * "Wen will raise trade when meeting Bush": a participle after "when", "while", "after" or "before" takes
 * its tense from the clause it depends on; a future or modal main verb makes the contact a plan.
 */
export const SUBORDINATE_PARTICIPLE: Rule = {
  id: 'contact.modality.subordinate-participle',
  example: 'Store will raise fishing quotas when meeting Benediktsson on Friday. After meeting Stubb, Kristersson will fly home.',
  reason: 'A participle clause of meeting has no tense of its own: a future, modal or planned main verb makes it a contact still to come.',
  pattern: /^(?:after|while|when|following|before|upon|on) [a-z]+ing\b/i,
};
/** The main clause's verb group, future or modal, before the participle or right after a fronted one's subject. */
const FUTURE_GROUP = "(?:will|'ll|shall|would|(?:is|are)(?: (?:now|also|still))? (?:due|expected|set|scheduled|slated|going) to|plans? to|intends? to|hopes? to)";
const MAIN_FUTURE = new RegExp(`\\b${FUTURE_GROUP}\\b`, 'i');
const MAIN_FUTURE_AFTER = new RegExp(`^\\s*(?:[a-z]+ly\\s+)?${FUTURE_GROUP}\\b`, 'i');
/** …after a fronted participle clause: a subject of up to six words (no verb of saying among them), then the future. */
const FRONTED_MAIN_FUTURE = new RegExp(`^\\s*(?:(?!(?:said|says|told|added|stressed|noted|announced)\\b)[^\\s,]+\\s+){1,6}(?:[a-z]+ly\\s+)?${FUTURE_GROUP}\\b`, 'i');

/**
 * "travelled to Paris to meet Macron, but the meeting was cancelled", "attended the summit but did not
 * meet": a later clause of the sentence that undoes the contact just reported.
 */
export const UNDONE_LATER: Rule = {
  id: 'contact.modality.undone-later',
  example: 'Scholz travelled to Paris to meet Macron, but the meeting was cancelled. Duda and Pavel attended the summit but did not meet.',
  reason: 'A "but" clause saying that the meeting was cancelled, did not take place, or that the parties did not meet, undoes the contact its sentence reported.',
  pattern: /^[^.;]{0,120}?\bbut\b(?:[^.;]{0,40}?\b(?:the|their|this|that|a|its|any) (?:[a-z-]+ )?(?:meeting|talks|call|visit|summit|encounter)s? (?:was|were|had been|has been) (?:cancell?ed|called off|postponed|scrapped|put off|shelved)|[^.;]{0,40}?\b(?:did not|didn't|never|failed to) (?:take place|happen|materiali[sz]e|go ahead)|[^.;]{0,40}?\b(?:fell through|never took place)|(?: they| the two(?: [a-z]+)?)? (?:did not|didn't|never) (?:meet|talk|speak)(?= *[,.;]| each other| one another| bilaterally| face to face| in person| separately))/i,
};

/** "Holm and Lind have hard talks ahead of them": a contact that lies ahead of its own parties is still to come. */
export const AHEAD_OF_PARTIES: Rule = {
  id: 'contact.modality.ahead-of-parties',
  example: 'Holm said he and Lind had difficult talks ahead of them.',
  reason: 'Talks or a meeting "ahead of" a pronoun (them, him, her, us) lie in its parties\' future: not a contact that happened ("ahead of the summit" names another event, and is left to the noun rules).',
  pattern: /^[^,.;:"“”]{0,60}?\bahead of (?:them|him|her|us|me)\b/i,
};

/** Words opening a clause that make it a condition or a question. */
export const HYPOTHETICAL: Rule = {
  id: 'contact.modality.condition',
  example: 'If Trump meets Putin, the sanctions could be lifted.',
  reason: 'A condition, question or wish does not report a contact that happened.',
  pattern: /\b(?:if|unless|whether|once|until|lest|in case|in order)\b/i,
};

/** A denial governing the clause: "The Kremlin denied that Putin had spoken with Trump". */
export const DENIED: Rule = {
  id: 'contact.modality.denied',
  example: 'The Kremlin denied that Putin had spoken with Trump. Holm denied having met Lind.',
  reason: 'A contact that someone denies or dismisses is not reported as having happened.',
  pattern: /\b(?:denied|denies|deny|denying|dismissed (?:reports|claims|suggestions)|rejected (?:reports|claims)|no evidence)(?: that)?\s+$/i,
};

/** A negated subject: "Neither Putin nor Zelenskyy has met Trump", "No leader met him". */
export const NEGATED_SUBJECT: Rule = {
  id: 'contact.modality.negated-subject',
  example: 'Neither Putin nor Zelenskyy has met Trump this year.',
  reason: 'A subject under "neither … nor", "no one" or "none of" negates the contact.',
  pattern: /\b(?:[Nn]either\b[^.;]*\bnor|[Nn]or|[Nn]o one|[Nn]obody|[Nn]one of(?: the)?|[Nn]o)\s+(?:\S+\s+){0,2}$/,
};

/** Modifiers and governors of a contact noun that make it a plan, a proposal or a refusal. */
export const NOT_HAPPENED_NOUN: Rule = {
  id: 'contact.modality.noun',
  example: 'The leaders prepared for a planned meeting with Putin ahead of talks with Xi. Widodo has arrived in Canberra for talks with Albanese. Frederiksen asked for a call with Kristersson. Oslo denied reports of a meeting with Lind. Orpo leaves for Oslo for talks with Store. Holm raised the timing of a summit meeting between Lind and Orpo.',
  reason: 'A planned, proposed, agreed (a headline: "Agrees Meeting With"), requested (asked, pressed or appealed for), refused (or refused, rebuffed or avoided holding), missed, ruled out or cancelled meeting, one someone is ready, open or keen for, one only reported, rumoured or speculated about, one someone is setting up, scheduling, securing, hinting at, boycotting or pulling out of, one whose prospects or timing are discussed, or one someone has (just) arrived for or is leaving for, is not a contact that happened; "later flew to Amman for talks" in a past narrative is.',
  pattern: /\b(?:planned|planning|upcoming|proposed|propose|proposing|possible|potential|future|next|expected|scheduled|forthcoming|postponed|cancel(?:l?ed|ling|s)?|call(?:ed|s|ing)? off|scrap(?:s|ped|ping)|shelv(?:e|es|ed|ing)|skip(?:s|ped|ping)|prospective|requested|request(?:ed|s|ing)?(?: for)?|anticipated|mooted|would-be|ahead of|look(?:s|ed|ing)? forward to(?: holding| having)?|in advance of|prepar(?:e|es|ed|ing)(?: for)?|preparations? (?:for|of)|organi[sz](?:e|es|ing)|call(?:s|ed|ing)? for|(?:ask(?:s|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?) for|invit(?:e|es|ed|ing|ation)(?: \w+)? (?:to|for)|offer(?:s|ed|ing)?(?: of)?|seek(?:s|ing)?|sought|push(?:es|ed|ing)? for|pave the way for|hop(?:e|es|ed|ing) (?:for|to)|agree(?:s|d|ing)? (?:to|on)|agrees|agreeing|agreed(?= (?:a|an|the)\b)|arrang(?:e|es|ed|ing)|plan(?:s|ned)?(?: (?:to|for|a))?|(?:will|would|could|might|may|shall|'ll)(?: not| never)?(?: also)? [a-z]+|schedules? (?:of|for)|date (?:of|for)|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?|turn(?:s|ed)? down|without|no|not|never|any|demand(?:s|ed)?(?: for)?|want(?:s|ed)?|wish(?:es|ed)?|await(?:s|ed|ing)?|prospects? (?:of|for)|timing (?:of|for)|idea of|chance of|possibility of|likelihood of|proposals? (?:for|of)|(?:break|breaks|breaking|broke|broken|cut|cuts|cutting) off|insist(?:s|ed|ing)? on|conditions? for|(?:too )?(?:early|soon) for|suggest(?:s|ed|ing)?|urg(?:e|es|ed|ing)|(?:is|are|'s|'re|been|remains?|remained)(?: now| currently| still| already)? in|(?:ready|open|willing|eager|keen|available) (?:for|to)|(?:keen|bent|intent|set|hopeful|confident|insistent) (?:on|for|of)|(?:reports?|rumou?rs?|talk|hopes?|fears?) (?:of|about)|speculation (?:of|about|over|on)|no need for|(?:secur(?:e|es|ed|ing)|schedul(?:e|es|ed|ing)|set(?:s|ting)? up|line(?:s|d)? up|lining up|work(?:s|ed|ing)? on|angl(?:e|es|ed|ing) for|hint(?:s|ed|ing)? at|float(?:s|ed|ing)?|dangl(?:e|es|ed|ing)|boycott(?:s|ed|ing)?|pull(?:s|ed|ing)? out of|withdr(?:aw|ew|awn|awing|aws) from|walk(?:s|ed|ing)? (?:out of|away from))|miss(?:es|ed|ing)?|rul(?:e|es|ed|ing) out|(?:propos|offer|suggest|plann|agree|hop|want|promis|vow|consider|refus|declin|reject|rebuff|resist|avoid)[a-z]* (?:hosting|holding|arranging|organi[sz]ing|attending|convening)|(?:(?:has|have) (?:arrived|landed|flown|travell?ed|gone|come)|arrives|arriving|lands|flies|flying|travels|travell?ing|heads|heading|goes|comes|leaves|leaving|departs|departing|sets (?:off|out)|setting (?:off|out)) (?:in|to|into|for) [^,.;]{0,40}?for)\s+(?:(?:a|an|the|his|her|their|its|any|new|further|direct|fresh|formal|bilateral|face-to-face|in-person|possible|secret|rare|summit|brief|short|working|official|informal|private)\s+){0,3}$/i,
};

/**
 * The verb whose object a contact noun is ("start talks with", "pay a courtesy call to", "attend a meeting with"), in its
 * base form: a modal, "to" or a negation before it (adverbs may stand between: "can now start") makes the contact one
 * not reported as having happened, as NOT_ASSERTED_VERB does for a contact verb.
 */
export const GOVERNING_VERB: Rule = {
  id: 'contact.modality.governing-verb',
  example: 'Holm can now start talks with Lind in Bergen. Holm is likely to pay a short courtesy call to Lind.',
  reason: 'A contact noun is the object of a light verb; when that verb is under a modal, an infinitive "to" or a negation, the contact is one planned, possible or refused, not one that happened (a past journey\'s purpose "flew to Oslo to attend talks" aside).',
  pattern: /\b(?:hold|have|host|start|begin|open|resume|attend|join|pay|make|conduct|convene|seek|arrange|continue|launch|enter|take part in|participate in)\s+(?:(?:a|an|the|his|her|their|its|another|this|these|fresh|new|further|direct|formal)\s+)?(?:[a-z-]+\s+){0,2}$/i,
};
/** …"glad to have this meeting", "managed to hold talks": an emotive adjective or an achieving verb before "to" reports a contact taking place. */
const ACHIEVED_TO = /\b(?:glad|pleased|delighted|happy|honou?red|proud|grateful|managed|able|went on|got)\s+to\s*$/i;

/** A possessor and a day between a governor and its contact noun ("of Mr Aziz's July 29 "). */
const POSSESSOR_AND_DAY = /(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?:[A-Z][\p{L}-]+ ){0,2}[A-Z][\p{L}-]+(?:'s|’s) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2} |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's? )?$/u;

/** A future verb group or time earlier in a contact noun's clause (a relative clause's own verb aside). */
export const FUTURE_CLAUSE: Rule = {
  id: 'contact.modality.future-clause',
  example: 'Olmert will travel to Washington next week for a meeting with Bush. Orpo is now due in Oslo for talks with Store. Orpo was scheduled to fly to Oslo for talks with Store. Orpo expects to raise the quota during the March meeting with Store.',
  reason: 'A contact noun in a clause about the future (a future, scheduled, planned or expected verb group) names a contact that has not happened.',
  pattern: /\b(?:will|'ll|shall|(?:is|are)(?: (?:now|also|still))? (?:due|expected|set|scheduled|slated)|(?:was|were) (?:due|expected|scheduled|slated|supposed) to|(?:is|are) going to|plans? to|intends? to|expects? to|next (?:week|month|year)|tomorrow)\b/i,
};

/** A journey still to come, or called off, whose purpose is the contact noun: "the scheduled arrival of X for talks", "postponed his trip to Y for talks". */
const PLANNED_JOURNEY = /\b(?:planned|scheduled|expected|upcoming|forthcoming|proposed|anticipated|impending|(?:postponed|cancell?ed|canceled|called off|scrapped|shelved|delayed|put off)(?:\s+(?:his|her|their|its|the|a))?)\s+(?:arrival|visit|trip|journey|tour|stop)\s+(?:of|by|to)\s+[^,;]{0,80}?\bfor\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}$/i;

/**
 * After a contact noun and its objects: "… scheduled for next week", "… due on Friday", "… would resume in
 * June"; past one parenthetical between commas ("…, first set for Monday, was postponed").
 */
const PLANNED_AFTER = /^(?:,[^,.;]{1,60},)?[^,.;]{0,40}?\b(?:(?:will|would|could|might|may|shall|'ll)(?: not| never)?(?: soon| now)? (?:resume|take place|happen|go ahead|be held|start|begin|follow|come)|(?:has|have|had) not (?:yet )?(?:happened|taken place|materiali[sz]ed|occurred)|did not (?:happen|take place|materiali[sz]e)|never (?:happened|took place)|(?:has|have) yet to (?:happen|take place)|(?:was|were|has been|have been|had been|is being) (?:cancell?ed|canceled|postponed|called off|scrapped|shelved|put off|delayed)|(?:has|have) (?:now |also |just )?been (?:confirmed|announced)|(?:is|are|was|were) (?:now |still )?being (?:prepared|planned|arranged|organi[sz]ed|discussed|considered|negotiated|sought)|(?:has|have|had) been ruled out|(?:was|were|is|are) ruled out|none (?:took place|happened|materiali[sz]ed)|scheduled|planned|set for|set to|due|expected|slated|to (?:take place|go ahead|be held|resume)|next (?:week|month|year)|tomorrow|later (?:this|in the) (?:week|month|year)|is to take place|will take place|would take place|to be held|will be held|(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked) (?:still |now |highly |very )?(?:unlikely|impossible|possible|elusive|doubtful|uncertain|in doubt|off the table))\b/i;

/** A contact noun whose own predicate says it is still being weighed: "a meeting with Lind is on the agenda", "… is in the works". */
export const UNSETTLED_PREDICATE: Rule = {
  id: 'contact.modality.unsettled-predicate',
  example: 'A meeting between Holm and Lind is on the agenda for the autumn. Talks with Lind are in the works.',
  reason: 'A contact noun that is the subject of "is on the agenda / on the cards / in the works / under discussion" (no relative clause between) names a contact not yet held.',
  pattern: /^(?:(?!\b(?:which|where|when|that|who|during|whose)\b)[^,.;:"“”]){0,30}?\b(?:is|are|was|were|has been|had been|remains?|remained) (?:still |now |also |already )?(?:on the (?:agenda|cards|table)|in the (?:works|pipeline)|under (?:discussion|consideration))/i,
};

/**
 * "Holm's talks with Lind on Friday will focus on the quota", "he said his meeting with Lind would be brief": the
 * verb right after the contact noun and its objects (a day or a place may come between) is the verb of the clause
 * the noun is the subject of; a future or modal one makes the contact one still to come.
 */
export const NOUN_SUBJECT_FUTURE: Rule = {
  id: 'contact.modality.noun-subject-future',
  example: "Holm's talks with Lind on Friday will focus on the quota. At his meeting with Lind on Friday, Holm will raise the quota. Talks with Lind are to cover the quota.",
  reason: 'A contact noun whose own clause has a future or modal verb ("will", "would", "is to", "is expected to") (or that opens a fronted "at/in/during" phrase of a future main clause) names a contact still to come; a past day between them ("last week") keeps it one that happened.',
  pattern: /^[^,.;:"“”]{0,40}?\b(?:(?:will|would|'ll|shall)\b|(?:is|are) (?:(?:now|also|still) )?(?:(?:expected|likely|unlikely|set|due|scheduled|slated|going) )?to(?= [a-z]+\b)(?! (?:date|the|a|an|his|her|their|its|this|that)\b))/i,
};
const PAST_TIME = /\b(?:last|yesterday|ago|earlier|previous|recent|recently)\b/i;
/** …a fronted "At/In/During (his) …" opening the clause right before the noun. */
const FRONTED_AT = /^\s*["'“‘(]?(?:At|In|During)(?: (?:a|an|the|his|her|their|its))?(?: [a-z-]+){0,2}\s*$/;

/** The clause around a trigger: from the last clause break before it (bounded) to the end of the sentence. */
export function clauseStartBefore(scan: string, sentenceStart: number, at: number): number {
  const from = Math.max(sentenceStart, at - WINDOW);
  const before = scan.slice(from, at);
  let cut = -1;
  for (const m of before.matchAll(/[;:]\s|\s(?:but|while|whereas|although|though|however)\s|\s-\s|\s—\s|\s–\s/g)) cut = m.index + m[0].length;
  return cut >= 0 ? from + cut : sentenceStart >= from ? sentenceStart : from;
}

/** A present-tense trigger with a day word in its clause: news present for a contact set for that day. */
export const SCHEDULED_PRESENT: Rule = {
  id: 'contact.modality.scheduled-present',
  example: 'Lula meets Argentine President Alberto Fernandez in Buenos Aires today.',
  reason: 'A contact verb in the present tense with today, tonight or tomorrow (or "later this week", "next week", "in a few hours") in its clause announces a contact set for that time, not one reported as having happened ( "Holm and Lind meet in Bergen in a few hours").',
  pattern: /^(?:meets?|hosts|receives|welcomes|speaks|talks|holds|visits|sits)\b/i,
};
const DAY_WORD = /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|later (?:today|this|on)|next (?:week|month)|in (?:a few|two|three|several) (?:hours|days))\b/i;

/**
 * "the day before he meets Lind", "when Holm meets Lind next week", "Holm, who meets Lind on Friday,": English puts
 * a contact still to come in the simple present inside a temporal or relative clause; a past form ("when he met")
 * reports one that happened.
 */
export const PRESENT_SUBORDINATE: Rule = {
  id: 'contact.modality.present-subordinate',
  example: 'Holm will raise the quota when he meets Lind. Holm, who meets Lind on Friday, spoke in Bergen.',
  reason: 'A simple present contact verb in a clause opened by when, before, after, once, as soon as, until, who or which refers to a contact still to come (or a habit), not one reported as having happened.',
  pattern: /^(?:meets|speaks|talks|hosts|holds|receives|welcomes|visits|sits|confers)\b/i,
};
/** …the subordinator, then at most a short subject (no comma, no other clause) before the verb. */
const SUBORDINATOR_BEFORE = /\b(?:[Ww]hen|[Ww]henever|[Bb]efore|[Aa]fter|[Oo]nce|[Aa]s soon as|[Uu]ntil|[Bb]y the time|who|which)\s+(?:[^\s,;:.!?"“”]+\s+){0,6}$/;

/**
 * "on 12 May", "in May": the month, capitalised after a word inside the clause, is no modal verb. The
 * modality patterns ignore case (a clause may open with "Will"), so the month is renamed before they run.
 */
const MONTH_MAY = /(?<=[\p{L}\d,]\s+)May\b/gu;
const monthRenamed = (text: string) => text.replace(MONTH_MAY, 'Mai');

/** A verb trigger's contact happened unless its verb group, or a condition opening its clause, says otherwise. */
export function verbHappened(scan: string, clauseStart: number, subject: { start: number; end: number } | null, triggerStart: number, trigger?: { text: string; clauseEnd: number }): boolean {
  if (trigger && SCHEDULED_PRESENT.pattern.test(trigger.text) && DAY_WORD.test(scan.slice(clauseStart, Math.min(trigger.clauseEnd, triggerStart + 120)))) return false;
  if (trigger && PRESENT_SUBORDINATE.pattern.test(trigger.text) && SUBORDINATOR_BEFORE.test(scan.slice(Math.max(clauseStart, triggerStart - 80), triggerStart))) return false;
  const group = monthRenamed(scan.slice(Math.max(subject?.end ?? clauseStart, triggerStart - 60), triggerStart));
  if (trigger && UNDONE_LATER.pattern.test(scan.slice(triggerStart, Math.min(trigger.clauseEnd, triggerStart + 240)))) return false;
  if (trigger && AHEAD_OF_PARTIES.pattern.test(scan.slice(triggerStart, Math.min(trigger.clauseEnd, triggerStart + 100)))) return false;
  // "delighted to have met", "said to have spoken": a perfect infinitive reports what happened.
  if (PERFECT_INFINITIVE.test(group) || PAST_PURPOSE.test(group)) return true;
  // "denied having met": a denial governing the verb group, as one before the subject does (DENIED).
  if (NOT_ASSERTED_VERB.pattern.test(group) || HABITUAL.pattern.test(group) || DENIED.pattern.test(group)) return false;
  // "is meeting Lind" is going on as the report is written; "is meeting Lind on Friday" is a plan (PROGRESSIVE_PLAN).
  if (PROGRESSIVE.test(group) && (!trigger || progressivePlan(scan, group, clauseStart, triggerStart, trigger.clauseEnd))) return false;
  if (trigger && HABITUAL_AFTER.test(scan.slice(triggerStart, Math.min(trigger.clauseEnd, triggerStart + 160)))) return false;
  if (trigger && SUBORDINATE_PARTICIPLE.pattern.test(trigger.text)) {
    // Before the participle: the main clause from its subject ("Wen will discuss … when meeting"), a relative clause aside;
    // after a fronted one: the verb group right after its subject ("After meeting Stubb, Kristersson will …").
    // A fronted one whose subject is not read yet: the main clause after the participle clause's comma.
    const fronted = !subject && !/\S/.test(scan.slice(clauseStart, triggerStart).replace(/["'“‘(]/g, ''));
    const comma = fronted ? scan.indexOf(',', triggerStart) : -1;
    const future = subject && subject.start > triggerStart
      ? MAIN_FUTURE_AFTER.test(scan.slice(subject.end, Math.min(trigger.clauseEnd, subject.end + 140)).replace(/^,[^,]{0,80},/, ''))
      : fronted
        ? comma >= 0 && comma < trigger.clauseEnd && FRONTED_MAIN_FUTURE.test(scan.slice(comma + 1, Math.min(trigger.clauseEnd, comma + 120)))
        : MAIN_FUTURE.test(scan.slice(Math.max(subject?.end ?? clauseStart, triggerStart - WINDOW), triggerStart).replace(/, (?:who|which|whose)\b[^,]*,/g, ','));
    if (future) return false;
  }
  const leadEnd = subject?.start ?? triggerStart;
  const lead = scan.slice(Math.max(clauseStart, leadEnd - 60), leadEnd);
  return !HYPOTHETICAL.pattern.test(lead) && !DENIED.pattern.test(lead) && !NEGATED_SUBJECT.pattern.test(lead);
}

/** A noun trigger's contact happened unless the words governing it, or those after it, make it a plan. */
export function nounHappened(scan: string, clauseStart: number, nounStart: number, objectsEnd: number, clauseEnd: number): boolean {
  const raw = scan.slice(Math.max(clauseStart, nounStart - 60), nounStart);
  const before = monthRenamed(raw);
  // "the schedule of Mr Aziz's July 29 meeting with": the governor stands before a possessor and a day.
  if (NOT_HAPPENED_NOUN.pattern.test(before) || NOT_HAPPENED_NOUN.pattern.test(monthRenamed(raw.replace(POSSESSOR_AND_DAY, '')))) return false;
  // "Olmert will travel to Washington next week for a meeting with Bush": the clause's own verb is future.
  // A quotation before the noun is another clause ("'We will …,' Bush said after a meeting with Karzai").
  const lead = scan.slice(Math.max(clauseStart, nounStart - WINDOW), nounStart);
  if (FUTURE_CLAUSE.pattern.test(lead.slice(lead.lastIndexOf('"') + 1).replace(/, (?:who|which|whose)\b[^,]*,/g, ','))) return false;
  if (NOT_ASSERTED_VERB.pattern.test(before.replace(/\s*(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+){0,2}$/i, ' '))) return false;
  // "can now start talks with", "is likely to pay a short courtesy call to": the verb the noun is the object of has the verb rules' test of its group.
  const governor = GOVERNING_VERB.pattern.exec(before);
  if (governor) {
    const at = nounStart - raw.length + governor.index;
    const group = monthRenamed(scan.slice(Math.max(clauseStart, at - 80), at));
    if (!PAST_PURPOSE.test(group) && !ACHIEVED_TO.test(group) && NOT_ASSERTED_VERB.pattern.test(group)) return false;
  }
  // "is also meeting with": a present progressive, not the noun (PROGRESSIVE_NOUN), a plan or a contact going on (PROGRESSIVE_PLAN);
  // "is holding talks with … on Friday": the progressive of the verb governing the noun, the same.
  if (PROGRESSIVE_NOUN.pattern.test(scan.slice(nounStart, nounStart + 8)) && PROGRESSIVE_BE.test(before) && progressivePlan(scan, before, clauseStart, nounStart, clauseEnd)) return false;
  if (PROGRESSIVE_HOLDING.test(before) && progressivePlan(scan, before, clauseStart, nounStart, clauseEnd)) return false;
  // "before the scheduled arrival of X for talks with Y": the purpose of a journey still to come.
  if (PLANNED_JOURNEY.test(lead)) return false;
  if (UNDONE_LATER.pattern.test(scan.slice(nounStart, Math.min(clauseEnd, nounStart + 240)))) return false;
  if (AHEAD_OF_PARTIES.pattern.test(scan.slice(nounStart, Math.min(clauseEnd, nounStart + 100)))) return false;
  const after = scan.slice(objectsEnd, Math.min(clauseEnd, objectsEnd + 60));
  if (PLANNED_AFTER.test(after) || UNSETTLED_PREDICATE.pattern.test(after)) return false;
  // "Holm's talks with Lind on Friday will focus on …": the noun is its clause's subject, whose verb is future.
  const future = NOUN_SUBJECT_FUTURE.pattern.exec(after);
  if (future && !PAST_TIME.test(future[0])) return false;
  // "At his meeting with Lind on Friday, Holm will raise …": a fronted phrase shares the main clause's time.
  if (FRONTED_AT.test(scan.slice(clauseStart, nounStart))) {
    const comma = scan.indexOf(',', objectsEnd);
    if (comma >= 0 && comma < clauseEnd && comma - objectsEnd <= 40 && !PAST_TIME.test(scan.slice(objectsEnd, comma)) && FRONTED_MAIN_FUTURE.test(scan.slice(comma + 1, Math.min(clauseEnd, comma + 120)))) return false;
  }
  return true;
}
