/**
 * Contact rules as data: the constructions news and readouts use to report that two parties met,
 * talked or called (contact-rule.ts says what a rule's fields mean). Rules claim their words in
 * order: a span the first rule matches is no other rule's.
 */
import type { ContactRule } from './contact-rule.js';
import { NOUN_CONTACT_RULES } from './contact-noun-rules.js';
import { PASSIVE_CONTACT_RULES } from './passive-contact-rules.js';
import { CONTACT_NOUN, DET, MEAL, PHONE } from './contact-words.js';

export type { ContactRule } from './contact-rule.js';

/** A day between a call and "from" ("took a call late on Friday from"): wire and agency copy put it there. */
const CALL_DAY = '(?:(?:late |early )?on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \\d{1,2})|yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|earlier(?: today| this week)?)(?: (?:morning|afternoon|evening|night))?';

/**
 * "had already scrapped a meeting with", "has postponed talks with": "had" is the auxiliary of a verb
 * that undoes or only seeks the contact, not the light verb of "had talks with".
 */
const UNDONE_AFTER_AUXILIARY = '(?!(?: [a-z]+ly| already| also| just| even| since)? (?:scrapped|cancell?ed|canceled|postponed|shelved|called off|put off|skipped|snubbed|avoided|refused|declined|rejected|sought|requested|proposed|planned|suggested|offered|delayed)\\b)';

/**
 * The object of "told" that makes it an exchange with a counterpart, not words to the press: a leader's
 * title (after a nationality or not) or "his/her … counterpart", then a name.
 */
const TITLED_OBJECT = "(?:(?:his|her) (?:[A-Z][a-z]+ )?counterpart,? |(?:[A-Z][a-z]+ )?(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|leader|King|Emir|Crown Prince|[Ff]oreign [Mm]inister|Secretary of State|[Ff]oreign [Ss]ecretary|[Dd]efen[cs]e [Mm]inister|Secretary-General) )[A-Z]";

/**
 * What may follow the person a host received: a preposition, a conjunction, a relative, an adverb, a time word or a
 * punctuation mark. A common noun right after the name makes the name its modifier ("received the United Nations
 * report", "welcomed the Union's decision"): the thing received, not a person.
 */
const AFTER_RECEIVED_PERSON = /^(?!['’]s\s+[a-z])(?!\s+(?!(?:in|on|at|and|or|but|for|to|with|who|whom|whose|which|that|during|as|after|before|upon|when|while|where|from|by|of|amid|over|into|ahead|together|alongside|again|here|there|today|yesterday|tonight|this|last|earlier|later|late|early|shortly|soon|then|once|twice|first|also|outside|inside|near|under|since|until|between|among|through|via|the|a|an|his|her|their|its|on|said|says|told|was|were|is|are|had|has|did|would|will)\b|[a-z]+ly\b)[a-z]+\b)/;

export const CONTACT_RULES: ContactRule[] = [
  ...PASSIVE_CONTACT_RULES,
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
    example: 'Ramaphosa received a call from Modi on Tuesday. Wong received a phone call on Thursday from Marsudi.',
    reason: 'Receiving or taking a call from someone is a phone contact (calls from several people: one with each); the day may stand between the call and "from".',
    pattern: new RegExp(`\\b(?:received|got|took|answered)(?: a| an| another)?(?: (?!courtesy\\b)[a-z0-9-]+){0,2} (?:${PHONE} )?calls?(?:,? ${CALL_DAY},?)? from\\b`, 'gi') },
  { id: 'contact.courtesy-call-from', shape: 'verb', medium: 'in_person',
    example: "Prime Minister Anwar Ibrahim received a courtesy call from Singapore's Prime Minister Lee Hsien Loong.",
    reason: 'A courtesy call is a visit in person, not a telephone call; so is a visit (state, official, working) someone received from another.',
    pattern: /\b(?:received|receives|receiving)(?: a| an)? (?:courtesy (?:call|visit)|(?:[a-z-]+ )?visit) from\b/gi },
  { id: 'contact.held-noun', shape: 'verb', medium: null, seekWith: true, mutual: true,
    example: 'She held short talks on Thursday with Peruvian President Alan Garcia while refuelling in Lima.',
    reason: 'Holding or having talks, a meeting, a call or a meal with someone is a contact that happened; adverbials may stand between the noun and "with".',
    pattern: new RegExp(`\\b(?:held|holds|had|has had|have had|hosted|conducted|made|took|joined|convened)${UNDONE_AFTER_AUXILIARY}${DET} (?:${CONTACT_NOUN}|${MEAL}|joint (?:news|press) conference)s?\\b(?! (?:of|among|involving) [A-Z])`, 'gi') },
  { id: 'contact.entered-noun', shape: 'verb', medium: null, seekWith: true, mutual: true,
    example: 'Tinubu and Mahama went into a closed-door meeting on Monday. Kagame began talks with Ruto in Kigali. Orban and Fico were engaged in talks until late. Orban and Fico, concluding two days of talks, signed a deal.',
    reason: 'Going into, entering into, beginning, opening, continuing, resuming, concluding or wrapping up talks or a meeting (past tense; "were engaged in"; "concluding two days of talks") is holding it, as "held talks" is: the verb governs the contact noun, the coordinated subject or the objects after "with" are its parties.',
    pattern: new RegExp(`\\b(?:went into|entered into|(?:was|were) (?:[a-z]+ly )?engaged in|began|started|opened|continued|resumed|concluded|wrapped up|concluding|wrapping up)(?:${DET}|(?: (?:the|their))? (?:two|three|four|five|several) (?:days|rounds) of(?: [a-z-]+)?) (?:${CONTACT_NOUN})s?\\b(?! (?:of|among|involving) [A-Z])`, 'gi') },
  { id: 'contact.press-conference-together', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Klaus Iohannis and Bulgarian President Rumen Radev gave a news conference in Bucharest on Friday.',
    reason: 'Two coordinated parties who addressed or held a press conference (or gave a joint interview or appearance) together met; one party alone met no one named.',
    pattern: /\b(?:addressed|held|gave|hosted|fronted|jointly addressed) (?:a |the |their )?(?:(?:joint )?(?:press|news|media) (?:conference|briefing)|joint (?:interview|appearance|news appearance|press appearance))\b/g },
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
    example: 'Shultz met for 90 minutes here today with Soviet Foreign Minister Eduard Shevardnadze. Merz met on Monday with Macron. Merz met Monday in Villa Borghese with Meloni. Holm met Friday in Geneva, Switzerland, with Lind.',
    reason: 'Wire copy puts how long, where and when (a weekday or a month among them) between "met" and "with"; the party follows "with". A place may name its country after a comma ("in Geneva, Switzerland,").',
    pattern: /\b(?:met|meets)(?! (?:separately|briefly|again|privately|also|later|jointly|today|yesterday|up) with\b)(?=(?: (?:[a-z0-9/-]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|(?:in|at)(?: [A-Z][A-Za-z-]+){1,3}(?:, [A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?,)?)){1,6} with\b)/g },
  { id: 'contact.attended-together', shape: 'verb', medium: 'in_person', seekWith: true, mutual: true,
    example: 'Putin, Xi and Modi attended the BRICS summit in Kazan on Wednesday.',
    reason: 'Parties named together as attending one summit or meeting met there; one party alone met no one named.',
    pattern: /\battended(?= (?:the|a|an) (?:[\w-]+ ){0,4}(?:summit|meeting|talks|conference)\b(?! (?:of|with|between)\b))/g },
  { id: 'contact.met-with', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Gordon Brown has met Spanish Prime Minister Jose Luis Rodriguez Zapatero and Dutch Prime Minister Jan Peter Balkenende.',
    reason: 'Meeting someone is an in-person contact; "A and B met" is one between them.',
    pattern: /\b(?:met|meets)(?: (?:separately|briefly|again|privately|also|later|jointly|today|yesterday))?(?: (?:with|up with))?\b/gi },
  { id: 'contact.was-meeting', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Prime Minister Simon Harris, who was meeting Luis Montenegro in Dublin that day, said trade was growing. Harris is meeting Montenegro in Dublin.',
    reason: 'The past progressive of meeting reports a contact that happened, as "met" does; the present progressive one going on as the report is written, unless its clause gives it a time still to come or "also" (contact.modality.progressive-plan).',
    pattern: /(?<=\b(?:was|were|is|are)(?: (?:also|now|currently|still))? )meeting(?: (?:with|up with))?(?= (?:[A-Z]|his |her |the |their ))/g },
  { id: 'contact.spoke-with', shape: 'verb', medium: 'unspecified', mutual: true,
    example: 'Ukraine President Volodymyr Zelenskyy on Tuesday spoke to his United States counterpart Joe Biden.',
    reason: 'Speaking, talking or conferring with someone, with no other clue, is a contact of unknown medium.',
    pattern: /\b(?:spoke|spoken|speaks|talked|conferred|chatted)(?: (?:again|briefly|separately|today|earlier|later|yesterday|tonight|at length|privately|directly|on \w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?(?: (?:with|to))\b/gi },
  { id: 'contact.talked-mutual', shape: 'verb', medium: null, seekWith: true, mutual: true,
    example: 'Zambian President Kenneth Kaunda and Tanzanian President Ali Hassan Mwinyi conferred in Dar es Salaam on Monday.',
    reason: 'Two coordinated parties that talked, conferred or spoke (for a while, on a day) had a contact with each other; one party alone had none; speaking at or to something is a speech; a source who spoke on condition of anonymity, on the record or for a ministry spoke to the press.',
    pattern: /\b(?:talked|conferred|hugged|huddled)\b(?! (?:with|to)\b)|\bspoke(?= (?:for|on|late|early|twice|again|briefly|at length|last|yesterday|today|tonight|overnight|privately|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)(?! on (?:the )?(?:condition|record|background|behalf)\b| for (?:the |his |her |their )?(?:[a-z]+ )?(?:government|ministry|office|embassy|agency|group|company|party|campaign|family|movement|army|military|police|organi[sz]ation)\b)(?![^,.;]{0,40}\b(?:at|to|before|from|in front of)\b)/g },
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
    reason: 'Hosting, receiving, welcoming or greeting a named person is an in-person meeting; so is the past progressive ("X, who was hosting Y,"), and a photo caption\'s present ("X, right, greets Y"). Not a name that modifies a noun after it ("received the UN report": AFTER_RECEIVED_PERSON).',
    after: AFTER_RECEIVED_PERSON,
    pattern: /\b(?:hosted|received|welcomed|greeted|hosts|receives|welcomes|greets|entertained|played host to|plays host to|(?<=\b(?:was|were) )(?:hosting|receiving|welcoming|greeting))(?= (?:[A-Z]|him\b|her\b|them\b|the (?:[A-Z]|visiting|two)|his |her |their |visiting ))/g },
  { id: 'contact.participle', shape: 'verb', medium: 'in_person', fronted: true,
    example: "Welcoming Chile's new president to the Elysee Palace, Macron said that …",
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
    reason: 'Calling a person, followed by the purpose, the day, "over the phone" or the end of the clause, is a phone call (not "called X a liar", not "called on X to").',
    after: /^\s*(?:to (?:congratulate|discuss|thank|express|offer|convey|inform|brief|condole|wish|say|ask)\b|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:over|by|on|via) (?:the )?(?:tele)?phone\b|(?:yesterday|today|tonight|late|after|shortly|earlier|last)\b|[,.;]|$)/,
    pattern: /\bcalled(?= (?:[A-Z]|his |her |the (?:[A-Z]|visiting)))(?! on\b)/g },
  { id: 'contact.in-a-call', shape: 'group', medium: null,
    example: 'In a phone call on Monday, Scholz and Macron discussed the budget. In a call Tuesday, Trump and Putin agreed … Zelenskyy told Biden in a telephone conversation that …',
    reason: 'A call or meeting named without "with" has for parties the people its clause names: before it, else after it.',
    pattern: new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Oo]ver) (?:a|an|the|their) (?:[a-z0-9-]+ ){0,2}(?:(?:${PHONE}|video) (?:call|conversation)|phone call|videoconference|video call|conversation by (?:tele)?phone|call(?=,| (?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b| (?:late|last|earlier)\\b))\\b(?! (?:with|between|to|of)\\b)`, 'g') },
  { id: 'contact.joint-press-conference', shape: 'noun', medium: 'in_person',
    example: 'Rubio took questions at a joint press appearance alongside Wang Yi. Wadephul said during the press conference with his Polish counterpart that …',
    reason: 'A news conference (joint or not) with someone, or alongside them, is an in-person meeting with them.',
    pattern: /\b(?:joint (?:news|press) (?:conference|briefing|appearance)|(?:news|press) (?:conference|briefing)) (?:with|alongside)\b/gi },
  { id: 'contact.sat-with', shape: 'verb', medium: 'in_person',
    example: 'When Lula sat across the table from the Uruguayan president on Friday, he noted …',
    reason: 'Sitting down with or across the table from someone is an in-person meeting.',
    pattern: /\b(?:sat|sits) (?:down )?(?:(?:across|at) the (?:negotiating )?table )?(?:with|from|opposite|next to|beside)\b/g },
  { id: 'contact.sat-down-with', shape: 'verb', medium: 'in_person', seekWith: true,
    example: 'The chancellor sat down in the Elysee Palace on Monday with President Emmanuel Macron for talks.',
    reason: 'Sitting down with someone is an in-person meeting; a place or a day may stand between "sat down" and "with" (not another verb: "sat down and played with").',
    pattern: /\b(?:sat|sits) down(?=(?: (?!and\b|to\b)[^\s.,;]+){1,6} with\b)/g },
  { id: 'contact.told-visiting', shape: 'verb', medium: 'in_person',
    example: 'Putin told visiting Austrian Chancellor Karl Nehammer that …',
    reason: 'Telling, thanking or praising a visiting leader reports a meeting with them.',
    pattern: /\b(?:told|assured|reassured|urged|thanked|briefed|informed|praised|hailed|lauded|commended|congratulated|honou?red|decorated|warned|escorted|accompanied|showed|gave)(?= (?:the )?visiting\b)/g },
  { id: 'contact.thanked-for-call', shape: 'verb', medium: null,
    example: 'Stubb thanked his Estonian counterpart Alar Karis for a warm call on Monday.',
    reason: 'Thanking someone for a call or a conversation (a quoted word may qualify it) reports that call; not a "call for" something, which is an appeal.',
    pattern: /\bthanked(?=[^.;]{1,80}? for (?:a|an|the|his|her|their|this|that)(?: [^.;]{0,30}?)? (?:(?:tele)?phone )?(?:call|conversation)\b(?! for\b))/g },
  { id: 'contact.day-told-counterpart', shape: 'verb', medium: 'unspecified',
    example: 'The palace said Stubb on Tuesday told Estonian Prime Minister Kristen Michal that the cable must be repaired.',
    reason: 'The same exchange as contact.told-counterpart-on-day, the day between the subject and the verb (listed first: the rule that claims "told" first keeps the other off it).',
    pattern: new RegExp(`(?<=\\b(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|last night),? )(?:told|assured|informed|briefed)(?= ${TITLED_OBJECT})`, 'g') },
  { id: 'contact.told-counterpart-on-day', shape: 'verb', medium: 'unspecified',
    example: 'Finnish President Alexander Stubb told Estonian Prime Minister Kristen Michal on Tuesday that the cable must be repaired.',
    reason: 'Telling, assuring or informing a titled leader of another country, the day of the exchange right after them, reports a call or a meeting that day, not words to the press (who is no titled leader); the medium comes from the cues around it.',
    after: /^\s*(?:(?:late |early )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|last night|earlier today)\b(?!,? (?:in|by|via|through) (?:a|an|the|his|her) (?:[a-z]+ )?(?:letter|message|statement|post|note|video address)\b)/,
    pattern: new RegExp(`\\b(?:told|assured|informed|briefed)(?= ${TITLED_OBJECT})`, 'g') },
  { id: 'contact.shook-hands', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Trump shook hands with Kim Jong Un at the border.',
    reason: 'Shaking hands with, embracing or dining with someone is an in-person meeting; a photo caption tells it in the present ("X shakes hands with Y in Amman").',
    pattern: new RegExp(`\\b(?:shook hands(?: with)?|shakes hands(?: with)?|embraced|embraces|lunched with|dined with|breakfasted with|had ${MEAL} with)\\b`, 'g') },
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
    example: 'Scholz flew to Paris on Monday to meet Macron. Orpo arrived at the palace on Tuesday to meet with Store.',
    reason: 'A past journey or visit made to meet someone or hold (bilateral, official) talks with them reports the meeting (contact-modality.ts keeps one only hoped or tried for out); "has arrived … to meet" is a meeting still to come, as "has arrived … for talks" is.',
    pattern: /(?<=\b(?:travell?ed|flew|went|came|drove|returned|headed|journeyed|rushed|visited|(?<!\b(?:has|have|had|just) )arrived)\b[^,.;"]{0,60}\bto )(?:meet(?: with)?|hold (?:[a-z-]+ ){0,2}talks with)\b/g },
  { id: 'contact.meeting-participle', shape: 'verb', medium: 'in_person', mutual: true,
    example: 'Putin and Xi, meeting in Moscow on Tuesday, pledged closer ties.',
    reason: 'A participle "meeting in/at" after a coordinated subject reports that its parties met.',
    pattern: /(?<=, )meeting (?=in |at |on |for |face to face)/g },
  { id: 'contact.noun-involving', shape: 'noun', medium: null, objectsOnly: true, undated: true,
    example: 'After weeks of negotiations that at one point involved Finnish President Alexander Stubb and his Estonian counterpart, Kristen Michal, the two sides agreed.',
    reason: 'Talks or negotiations that involved (or involving) two or more named people were a contact among them; the people listed are its parties (one person alone makes none, and a planned round stays out by the noun\'s modality); talks carried on over a period have no one day.',
    pattern: /\b(?:[Tt]alks|[Nn]egotiations|[Mm]eetings?|[Cc]onsultations|[Dd]iscussions)(?: (?:that|which))?(?: [a-z]+){0,3}? involv(?:ed|ing)\b/g },
  ...NOUN_CONTACT_RULES,
];

/**
 * A word every contact rule's trigger contains: a sentence without one is skipped, so the rules
 * run only where a contact can be (most sentences of a story report none).
 */
export const TRIGGER_HINT = /met\b|meet|talk|confer|chat|entertain|spok|speak|call|phon|rang\b|conversation|discuss|consult|exchange|host|receiv|welcom|greet|visit|summit|lunch|dinner|banquet|breakfast|reception|\bsat\b|\bsits\b|told|assured|urged|thanked|briefed|shook|shakes|embrac|dined|attend|joined|present|Participants|Taking part|conference|negotiat|encounter|tête|joint (?:interview|(?:news |press )?appearance)|(?:leaders|presidents|ministers|dignitaries|heads of state|heads of government) (?:are|were|included)\b/i;
/** …or a hyphenated pair of names ('the Biden-Putin talks'). */
export const COMPOUND_HINT = /[A-Z][\p{L}'’]+[-–][A-Z]/u;
