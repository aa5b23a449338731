/**
 * Steps of party selection (issue 14, session 15): which of a sentence's people are a contact's
 * parties. Each step is a rule of one decision taken from the clause's structure, applied to every
 * contact rule by find-contacts.ts and contact-group.ts, not to one wording.
 */
import type { Rule } from './extraction-types.js';

/** A relative clause right after a verb's objects, closed by a comma: ", whose first year was hard,". */
export const PAST_RELATIVE: Rule = {
  id: 'contact.parties.past-relative',
  example: 'Halvorsen called Ibsen, whose party won the vote in May, a trusted friend of Norway.',
  reason: 'What follows a verb\'s object decides whether "called X" is a call; a relative clause about the object stands between, so it is read past.',
  pattern: /^,\s+(?:who|whose|whom|which)\b[^,;()"“”]{1,200},\s*/,
};

/** A past participle after a noun phrase that a preposition governs: "a summary of the issues discussed on the call". */
export const REDUCED_RELATIVE: Rule = {
  id: 'contact.parties.reduced-relative',
  example: 'Minister Halvorsen and envoy Dahl will brief parliament on the questions discussed on the call.',
  reason: 'A participle that qualifies the object of a preposition ("the questions discussed") is no verb of the clause: the people before it are not its parties.',
  pattern: /\b(?:of|on|about|for|with|from|over|into|regarding|concerning)\s+(?:the|all|any|some|several|many)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s+$/,
};

/** After a list of people named after "During the meeting,": they were present. */
export const ATTENDEES_PRESENT: Rule = {
  id: 'contact.parties.attendees-present',
  example: 'During the meeting, Foreign Minister Ane Solberg, Finance Minister Olle Berg and other officials were present.',
  reason: 'People said to be present at a contact already reported attended it; they did not hold a contact among themselves.',
  pattern: /^[^.;]{0,160}?\b(?:was|were) (?:also )?(?:present|in attendance)\b/,
};

/** In a quote, a verb whose subject is a third person: "'The two leaders discussed …,' she said." */
export const THIRD_PERSON_IN_QUOTE: Rule = {
  id: 'contact.parties.third-person-in-quote',
  example: '"Both ministers went over fishing quotas with the Nordic Council," spokesman Per Lund said.',
  reason: 'One who quotes a contact of "the leaders", "they" or "he" reports it: the speaker is a party only when the quote speaks in the first person or names no subject.',
  pattern: /(?:^|[\s"“'‘(])(?:[Tt]he|[Bb]oth|[Tt]hey|[Hh]e|[Ss]he|[Tt]hese|[Tt]hose|[Tt]heir)(?:\s+[a-z-]+){0,3}\s+(?:(?:also|then|later|have|has|had|had also|have also)\s+)?$/,
};

/** "the two leaders", "both ministers": the count and the kind of the people a plural refers to. */
export const TWO_OF_KIND = {
  id: 'contact.parties.two-of-kind',
  example: 'Halvorsen met Ibsen on Monday. The two ministers\' aides spoke too. Talks between the two leaders lasted an hour.',
  reason: 'A count of two refers to a contact of exactly two parties, and "leaders" or "presidents" to leaders: a contact of more people, or of officials, is another one.',
  fits(words: string, kinds: ReadonlyArray<string | undefined>): boolean {
    if (/^\s*(?:the two|both)\b/i.test(words) && kinds.length !== 2) return false;
    if (/^\s*(?:the two|both) (?:leaders|presidents|prime ministers|heads of state)\b/i.test(words)) return kinds.every((k) => k === 'leader');
    return kinds.length >= 2;
  },
};

/** A headline's contact: its parties may be only the main ones of a contact the story tells in full. */
export const HEADLINE_PARTIAL = {
  id: 'contact.parties.headline-partial',
  example: 'Halvorsen meets Danish premier in Oslo. Halvorsen met Prime Minister Frederiksen and Foreign Minister Rasmussen in Oslo.',
  reason: 'A headline names the main parties of the contact the story reports; an undated headline contact inside a contact of more parties is that contact, not another one.',
};

/** A person in a relative or participial phrase of the subject: ", accompanied by X,", ", who was joined by X,". */
export const ACCOMPANIED_BY: Rule = {
  id: 'contact.parties.accompanied-by',
  example: 'Prime Minister Halvorsen, accompanied by Foreign Minister Dahl, met President Niinisto. Halvorsen, who was joined by Dahl, held talks with Niinisto.',
  reason: 'One who accompanies the subject is neither the subject of the clause\'s verb nor a party of an earlier contact; the subject stands before the phrase (contact-parties.ts RELATIVE_BEFORE).',
  pattern: /,\s*(?:who|which)\s+$/,
};

/**
 * Between the object of one contact and the trigger of the next: a clause boundary after which the
 * verb or the participle has no subject of its own — ", then held talks with", ", and later called on",
 * ", a day after holding talks with", ", following talks with", ", having met", ", followed by a meeting
 * with". The later contact's subject is the subject of the clause before, not its object.
 */
export const LATER_CONTACT_SAME_SUBJECT: Rule = {
  id: 'contact.parties.later-contact-same-subject',
  example: 'Prime Minister Halvorsen met Chancellor Berg in Bonn on Monday, then held talks with President Lind. Halvorsen met Berg, a day after holding talks with Lind.',
  reason: 'Consecutive meetings of one visitor told in one sentence are separate contacts of the visitor: the person met first is the object of the first verb, not the subject of the next.',
  pattern: /^[^,;:.()"“”]{0,80}?(?:,\s*(?:and\s+)?(?:then|later|afterwards|subsequently|thereafter|next)|(?:,\s*|\s+)and\s+(?:then|later|afterwards|subsequently|thereafter|also)|,\s*(?:(?:a|the|one|two|three|several|hours?|days?|weeks?|months?|shortly|soon|just|only|minutes)\s+){0,2}(?:after|before|following|ahead of|prior to|while|since)|,\s*having|,\s*(?:followed|preceded) by)(?:\s+(?:[a-z]+ing|a|an|the|his|her|their|its|separate|further|bilateral|brief|private|phone|telephone|official|formal)){0,4}\s*$/,
};

/** "met Berg on Monday and held talks with Lind": "and" before a contact verb with no subject of its own. */
export const AND_VERB: RegExp = /^[^,;:.()"“”]{0,80}?\sand\s+$/;
/** A contact verb in the past that opens the trigger ("held talks with", "met", "spoke"). */
export const VERB_AT: RegExp = /^(?:held|met|had|spoke|talked|hosted|received|welcomed|visited|called|paid|conferred|phoned|telephoned|sat)\b/;

/** A contact noun with its possessor, governed by a preposition of topic after another contact of the sentence: "to learn the outcome of X's call with Y". */
export const EMBEDDED_CONTACT: Rule = {
  id: 'contact.parties.embedded-contact',
  example: 'Halvorsen joined a long call with Berg on Wednesday to learn the outcome of the chancellor\'s call with Lind. Berg had called Lind on Tuesday.',
  reason: 'A contact told as the topic of another is a contact of its own, but the sentence\'s day is the main contact\'s: it yields to the day another report of it gives (merge-calls.ts, borrowed).',
  pattern: /\b(?:of|about|on|over|regarding|concerning|after|following)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:[\p{L}-]+(?:'s|’s)|his|her|their)\s+(?:[a-z-]+\s+){0,3}$/u,
};

/** Right after a contact a plural tells ("Their meeting"): "was attended by", "was joined by". */
export const JOINED_BY: Rule = {
  id: 'contact.parties.joined-by',
  example: 'Halvorsen met Berg in Oslo on Monday. Their meeting was attended by Foreign Minister Lind and Foreign Minister Holm.',
  reason: 'Those who attended or joined a contact take part in it (GUIDE.md: everyone named as taking part); they are not who "their" refers to.',
  pattern: /^\s+(?:was|were|had been) (?:also )?(?:attended|joined) by\s+/,
};

/** The day of each contact of a gapped object list (contact-parties.ts GAPPED_OBJECT, THEN_GAP): read at its own objects. */
export const GAPPED_GROUP_DAY = {
  id: 'contact.parties.gapped-group-day',
  example: 'Dahl met Berg on Monday and Lind on Tuesday.',
  reason: 'A second group of objects with its own time phrase reports its own meeting: its day is the phrase nearest its objects, not the one after the first object.',
};

/** After a possessive pronoun that is the nearest mention before a verb: the noun it determines. */
export const POSSESSOR_NOT_SUBJECT: Rule = {
  id: 'contact.parties.possessor-not-subject',
  example: 'Among the dead were commander Karim Haddad and his son, said an aide who spoke to reporters in Tyre. Dahl met Berg at his residence and then spoke with Lind.',
  reason: 'In "X and his son spoke" or "at his residence", the pronoun names whose son or residence it is: the person it refers to is neither the subject nor the object before the next verb.',
  pattern: /^\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*(?=[\s,])/,
};

/** A first title coordinated with the title a party's name carries (contact-parties.ts FIRST_GAP). */
export const DOUBLE_TITLE = {
  id: 'contact.parties.double-title',
  example: 'Dahl sat down with Ruritanian State Councillor and Trade Minister Anton Veld in Strelsau.',
  reason: 'One person holding two offices is named with both titles joined by "and": the words before the name\'s own title are his first office, not a second party nor a break in the objects.',
};

/** After a possessive pronoun among a verb's objects: the noun it determines, which names no actor ("spoke to his counterparts in …"). */
export const POSSESSOR_NOT_OBJECT: Rule = {
  id: 'contact.parties.possessor-not-object',
  example: 'Spokesman Lund said Halvorsen had spoken to his counterparts in Denmark and Finland.',
  reason: 'In "spoke to his counterparts", the pronoun names whose counterparts they are: the person it refers to (often the subject, or a speaker resolved by mistake) is not the one spoken to.',
  // "his", "their", "its" before a word are always possessive; "her" only before a lower-case noun ("her counterparts", not "her on Monday", "her Monday", "her shortly after").
  pattern: /^(?:(?:his|their|its|His|Their|Its)\s+\p{L}|her\s+(?!(?:in|on|at|by|for|and|or|to|from|with|over|during|about|via|as|after|before|while|last|next|this|that|yesterday|today|tonight|earlier|later|again|too|also|separately|twice|once|alone|since|when|where|because|but|said|says|until|amid|despite|through|into|outside|inside)\b)(?![a-z]+ly\b)[a-z][a-z-]*(?=[\s,.;:]))/u,
};

/** The clause before a trigger told in a fronted phrase, before the main clause: "At his meeting with", "During talks with". */
export const COMMA_NOT_LIST: Rule = {
  id: 'contact.parties.comma-not-list',
  example: 'At his meeting with Chairman Anton Veld, the Norwegian premier said fishing talks would resume.',
  reason: 'A list of people joined by commas is closed by "and" (or "as well as", "&"); a person after a bare comma with no conjunction after it opens the next clause (the subject after a fronted phrase, an appositive), he is not one more person met.',
  pattern: /^\s*(?:At|During|In|After|Following|Before|Ahead of|Prior to|On|Over|Upon)\b[^,;:]{0,60}$/,
};

/** A person after "and" that would open a gapped group of objects, followed by a verb of saying or judging (contact-parties.ts NEW_CLAUSE_VERB). */
export const NEW_CLAUSE_SUBJECT = {
  id: 'contact.parties.new-clause-subject',
  example: 'Halvorsen met Berg in Oslo on Monday and President Lind told reporters the talks were useful. Halvorsen met Berg on Monday and Lind spoke with Holm on Tuesday.',
  reason: 'A person named after "and" who then says, tells, stresses or welcomes something, meets or speaks with someone, or has an auxiliary of his own is the subject of a new clause, not one more person met nor a second meeting of the verb left out.',
};

/**
 * Between the last object of one contact and a contact noun: "and" with an optional article and adjectives,
 * no verb — "held long talks with Berg and a short meeting with Lind". The noun is a second object of the
 * same verb: its subject is that contact's subject, not the person met just before it.
 */
export const COORDINATED_CONTACT_NOUN: Rule = {
  id: 'contact.parties.coordinated-contact-noun',
  example: 'Premier Halvorsen held long talks with Chancellor Berg and a short meeting with President Lind.',
  reason: 'Two contact nouns joined by "and" are objects of one verb: the person named after the first "with" was met, he is not the subject of the second meeting.',
  pattern: /^\s*,?\s*and\s+(?:(?:also|then|later)\s+)?(?:(?:a|an|the|another|one|two|separate|further)\s+)?(?:(?!(?:held|met|had|spoke|talked|hosted|received|welcomed|visited|called|paid|said|told)\b)[a-z-]+\s+){0,3}$/,
};

/**
 * A head of state and a head of government of one country among the objects of one verb ("met with
 * President A and Prime Minister B of Ruritania"): a visitor is received by each of them, one meeting each,
 * unless the sentence names a joint or trilateral meeting. A king and his heir are not two offices of that kind;
 * and the guests a host receives or welcomes ("hosted President A and Premier B") came together.
 */
export const TWO_HEADS_EACH = {
  id: 'contact.parties.two-heads-each',
  example: 'Premier Halvorsen met Ruritanian President Anton Veld and Ruritanian Prime Minister Ida Strand on Monday.',
  reason: 'A president (or king) and a prime minister of one country receive a visitor each in his own office: two contacts of two parties, not one of three.',
  headOfGovernment: /^(?:Prime Minister|Premier|Chancellor|Federal Chancellor)$/i,
  headOfState: /^(?:President|King|Queen|Emir|Amir|Sultan|Grand Duke|Prince)$/i,
  hostVerb: /^(?:host|receiv|welcom|greet)/i,
  separate(objects: ReadonlyArray<{ kind?: string; country?: string | null; title?: string | null }>, head: ReadonlyArray<string | null | undefined>): boolean {
    const leaders = objects.filter((o) => o.kind === 'leader' && !!o.country && !head.includes(o.country));
    return leaders.some((g) => TWO_HEADS_EACH.headOfGovernment.test(g.title ?? '') && leaders.some((s) => s.country === g.country && TWO_HEADS_EACH.headOfState.test(s.title ?? '')));
  },
};

/** Several people of one country spoken with ("discussed aid with Secretary A and Secretary B of Ruritania"): one delegation. */
export const ONE_DELEGATION = {
  id: 'contact.parties.one-delegation',
  example: 'Premier Halvorsen discussed fishing quotas with Ruritanian Trade Minister Anton Veld and Ruritanian Finance Minister Ida Strand.',
  reason: 'Speaking with several people is a conversation with each when they serve different countries; ministers of one country named together are one delegation met together (GUIDE.md: everyone named as taking part).',
  together(countries: ReadonlyArray<string | null | undefined>): boolean {
    return countries.length > 1 && !!countries[0] && countries.every((c) => c === countries[0]);
  },
};

/**
 * A participial phrase of the subject with no commas around it, right before the contact verb: "President X
 * supported by Ministers A and B held talks with …". Not after an auxiliary ("A was accompanied by X"): there
 * the participle is the clause's own verb.
 */
export const BARE_PARTICIPLE_BEFORE: Rule = {
  id: 'contact.parties.bare-participle-before',
  example: 'President Halvorsen supported by Foreign Minister Dahl and Trade Minister Berg held talks with Chancellor Lind.',
  reason: 'Those who support or accompany the subject are named inside a phrase that qualifies him; the verb after the phrase is the subject\'s, so its party is the person before the phrase, not the last one named in it.',
  pattern: /(?<!\b(?:was|were|is|are|be|been|being|get|got|gets))\s+(?:accompanied|joined|flanked|escorted|assisted|supported|aided|backed) by\s[^,;:()"“”]{1,120}$/,
};

/**
 * The nearest person before a contact is the object of a preposition ("with A", "by A") inside a phrase that a
 * comma closes, and a verb with no subject of its own follows the comma: "X besides meeting with A, reviewed the
 * agenda in talks with B", "X, after a lunch with A, held talks with B". The verb is the clause subject's.
 */
export const PREPOSITIONAL_OBJECT_NOT_SUBJECT: Rule = {
  id: 'contact.parties.prepositional-object-not-subject',
  example: 'Chancellor Halvorsen, after a lunch with President Dahl, held talks with Premier Lind. Halvorsen besides meeting with Dahl, reviewed the fishing agenda in talks with Lind.',
  reason: 'A person governed by a preposition belongs to the phrase that qualifies the subject; the verb after the phrase\'s comma has the clause\'s subject, so the person met first is not a party of the next contact.',
  // After the comma: the trigger itself (a contact verb) or a verb in the past or the present with no subject, then no other clause break.
  pattern: /^\s*,\s*(?:(?:also|then|later|has|had|have)\s+)?(?:(?:[a-z]+ed|held|met|had|spoke|made|took|went|gave|sent|paid|sat|led|flew|came|left|began|got|confirms|reviews|discusses|holds|meets)\b[^,;:()"“”]*)?$/,
};
