/**
 * Who took part in a contact: the parties around a trigger, read from the actor mentions of its
 * sentence (names, titled names, roles and pronouns resolved by coreference).
 *  - objects: the list right after the trigger ("met A, B and the C"); "then with" starts a
 *    separate contact ("met with the IMF, then with President Trump").
 *  - subject: the nearest mention before the trigger in its clause, with what is coordinated to
 *    it ("Ruritania's president, Anton Veld, and the prime minister, … held talks"); after a verb
 *    coordination ("Biden thanked Xi and met Putin") the clause's first mention.
 *  - group: "the two leaders", "both leaders", "their": the people a plural refers to.
 *
 * Mentions come sorted by start; every search is a bounded walk from a binary-searched index.
 */
import type { Mention } from './extraction-types.js';
import { lastStartingBy, spansBetween } from './span-index.js';
import { AND_VERB, BARE_PARTICIPLE_BEFORE, LATER_CONTACT_SAME_SUBJECT, PREPOSITIONAL_OBJECT_NOT_SUBJECT, COMMA_NOT_LIST, POSSESSOR_NOT_OBJECT, POSSESSOR_NOT_SUBJECT, VERB_AT } from './contact-party-steps.js';

/** Between a trigger and its first object: "among others" set off by commas ("met with, among others, X": contact.parties.among-others); determiners, a possessive country, a demonym and adjectives ("his", "Argentina's libertarian", "Argentine colleague"), never a preposition or a noun ("support from"); a noun phrase of friendship in apposition ("a very dear friend, FM X"); a first title coordinated with the one the name carries ("Chinese State Councillor and Foreign Minister X": contact.parties.double-title). */
const FIRST_GAP = /^[\s,]*(?:among others,\s+)?(?:(?:a|an|the|my|our|his|her) (?:[a-z-]+ ){0,4}(?:friend|partner|ally|colleague|brother|sister|guest|visitor),\s+)?(?:(?:the|his|her|their|its|a|an|fellow|visiting|both|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Sheikh|outgoing|incoming|new|former|then|top|veteran|embattled|colleague|counterpart|[A-Z][a-z]+(?:ian|an|ese|ish|ine|i|ch)|[A-Z][\p{L}-]+(?:'s|’s)|[a-z-]+(?:ian|an|ese|ish|ic|ical|al|ary|ist|ive|ous))\s+){0,3}(?:(?:[A-Z][\p{L}-]+\s+){0,2}(?:Councill?or|Minister|Secretary|President|Premier|Chancellor)\s+and\s+)?$/u;
const POSSESSIVE = /^(?:'s|’s)\b/;
const GROUP_AFTER = /^\s+(?:administration\s+|government\s+|Commission\s+|trade\s+|security\s+|military\s+|senior\s+)?(?:officials|negotiators|representatives|delegates|delegation|envoys|diplomats|leaders|commanders|executives|lawmakers|members|staff|(?:mediator|envoy|negotiator|representative|emissary|delegate|official|spokes(?:man|woman|person)|ambassador|commissioner))\b/;
const REPORTER_AFTER = /^\s+(?:said|says|reported|reports|announced|added|stated)\b/;
/** NEW_CLAUSE_SUBJECT (contact-party-steps.ts): the first person of a gapped group followed by a verb of saying or judging, a contact verb or an auxiliary opens a clause of his own. */
const NEW_CLAUSE_VERB = /^\s+(?:also\s+)?(?:met|meets|spoke|speaks|held|holds|talked|hosted|hosts|received|receives|visited|phoned|telephoned|is|was|will|would|has|had|said|says|reported|reports|announced|added|stated|told|tells|stressed|noted|warned|urged|welcomed|praised|insisted|explained|wrote|tweeted|posted|declared|confirmed|emphasi[sz]ed|underlined|hailed|described|called for|expressed)\b/;
/** Between two listed objects; a country in brackets may close the one before, and given names the gazetteer lacks may open the next ("A (Mali), Ali Hassan B (Niger) and C"). */
const NEXT_GAP = /^(?:\s*\([^()]{1,40}\))?\s*(?:(?:,|, and|,? and|,? as well as|,? along with|,? together with|,? with|&|;)\s*(?:(?:the|his|her|their|its|both) )?(?:\p{Lu}[\p{Ll}-]+ ){0,2}|(?:(?:the|his|her|their|its|both) )?)$/u;
/** LIST_APPOSITION: "met A, B, the host, and C", "brought together A, B, who arrived late, and C": a short apposition or relative clause about one listed party (lower-case words only: no name, no place), closed by the comma before the conjunction, does not end the list. */
export const LIST_APPOSITION = {
  id: 'contact.parties.list-apposition',
  example: 'Berg met Lind, Dahl, the host, and Moen in Oslo. The talks brought together Berg, Lind, who arrived late, and Moen.',
  reason: 'A listed party may carry a short apposition or relative clause between commas; the conjunction after it still joins the next party to the same contact.',
  pattern: /^,\s+(?:the|a|an|who)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s*(?:and|as well as)\s+(?:(?:the|his|her|their|its) )?(?:\p{Lu}[\p{Ll}-]+ ){0,2}$/u,
};
const THEN_GAP = /^\s*,?\s*(?:and )?(?:then|later|afterwards|and subsequently|before that|after that)(?: with)?\s*(?:(?:the|his|her) )?$/;
/** contact.parties.gapped-object: "met Berg in the morning and Lind in the afternoon": the second object has its own adverbial, so its own meeting. */
export const GAPPED_OBJECT = {
  id: 'contact.parties.gapped-object',
  example: 'Dahl met Berg in the morning and Lind in the afternoon. Dahl met Berg on Monday and Lind on Tuesday.',
  reason: 'An object followed by its own time or place, then "and" and another object, reports a second meeting with the verb left out: two contacts, not one of three.',
  pattern: /^\s+(?:in|on|at|during|over|early|late|earlier|later)\s+[^,;:()"“”]{1,40}?(?:,\s*|\s+)and\s+(?:(?:then|later|also)\s+)?(?:(?:with|the|his|her)\s+)?$/,
};
const COORDINATED = /^\s*(?:,\s*)?(?:and|&|as well as|along with|together with)\s+(?:the\s+|his\s+|her\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?$|^\s*,\s*$/;
/** Between a person and the body of an appositive: ", the current chairman of the ". */
const APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){1,4}(?:of|at|for)\s+(?:the\s+)?$/;
/** A relative clause closed right before a verb group: ", who arrived on Monday, (also) "; it may end in a place and its country (", who is attending a forum in Manila, Philippines, ": contact.parties.relative-place). */
const RELATIVE_BEFORE = /,\s+(?:who|which|whose|whom|(?:accompanied|joined|flanked|escorted|assisted|followed) by)\b[^,;()]*(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?,\s*(?:(?:also|then|later|has|had|have|on \w+day)\s+){0,2}$/u;
const DETERMINER = /^(?:his|her|their|its|His|Her|Their|Its)$/;
/** A preposition (and article) right before a mention: it names a place or a circumstance, not a subject. */
const PREPOSITION_BEFORE = /\b(?:in|at|from|to|of|on|by|during|with|for|near|outside|inside)\s+(?:the\s+)?$/i;
/** A preposition before a mention, with a title of up to three capitalised words between ("with Foreign Secretary "). */
const PREPOSITION_OBJECT = /\b(?:with|by|to|from|of|for|besides|beside|after|before)\s+(?:(?:the|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/** ALSO_AFTER_SUBJECT: an "also" with no comma before it stands between a subject and its verb ("…, Fico also held talks"), no coordination. */
const VERB_COORDINATION = /^\s*,?\s*(?:and|then|before|after|later)\s*$|^\s*,\s*also\s*$/;
/** "met Shamir for two hours today and later flew to Amman for talks with …": a second verb of the clause's subject. */
const SECOND_VERB = /^[^,;]*\band (?:(?:later|then|also|subsequently) )?(?:[a-z]+ed|flew|went|left|came|met|held|made|took|spoke|drove|rode)\b[^,;]*$/;
const GROUP = /\b(?:[Tt]he (?:two|pair)|[Tt]he two (?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|men|women|heads of state|sides|chancellors|monarchs|counterparts)|[Bb]oth (?:leaders|men|sides|presidents|prime ministers|ministers|heads of (?:state|government)|counterparts)|[Tt]hey)(?:'s?)?\s+(?:[a-z]+\s+){0,3}$/;

/** Index of the first mention starting at or after `at` (offsets are integers). */
export const firstAtOrAfter = (mentions: Mention[], at: number): number => lastStartingBy(mentions, at - 1) + 1;

/** The lists of mentions right after `from` (one list per contact; "then with" starts another). */
export function objectsAfter(scan: string, from: number, mentions: Mention[], limit: number): { groups: Mention[][]; end: number } {
  const groups: Mention[][] = [];
  let current: Mention[] = [];
  let at = from;
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= limit) break;
    if (m.start < at) continue;
    const gap = scan.slice(at, m.start);
    if (gap.length > 60) break;
    if (!current.length && !groups.length) {
      if (!FIRST_GAP.test(gap)) break;
    } else if (THEN_GAP.test(gap) || GAPPED_OBJECT.pattern.test(gap)) {
      groups.push(current);
      current = [];
    } else if (!NEXT_GAP.test(gap) && !LIST_APPOSITION.pattern.test(gap)) break;
    // "met Putin's demands": a possessor is not a party; nor is who reports the contact ("…, the Kremlin said").
    if (POSSESSIVE.test(scan.slice(m.end, m.end + 3)) || (current.length && REPORTER_AFTER.test(scan.slice(m.end, m.end + 12))) || (!current.length && groups.length && NEW_CLAUSE_VERB.test(scan.slice(m.end, m.end + 24)))) break;
    // "talks with Hamas negotiators", "met Biden administration officials", "met with the EU mediator": a modifier of the people met.
    if (GROUP_AFTER.test(scan.slice(m.end, m.end + 40))) break;
    // "with his counterpart Karl Nehammer", "met her colleague, Prime Minister X": the possessive is the determiner of the party after it (or after its apposition's comma).
    const next = mentions[i + 1];
    if (m.reference && DETERMINER.test(scan.slice(m.start, m.end)) && next && next.start < limit && /^\s+(?:[\p{L}-]+\s+){0,3}$|^\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+$/u.test(scan.slice(m.end, next.start))) continue;
    // POSSESSOR_NOT_OBJECT: "spoke to his counterparts in …": whose counterparts, not one spoken to; the objects end there.
    if (m.reference && DETERMINER.test(scan.slice(m.start, m.end)) && POSSESSOR_NOT_OBJECT.pattern.test(scan.slice(m.start, m.end + 40))) break;
    current.push(m);
    at = Math.max(at, m.end);
  }
  if (current.length) groups.push(current);
  return { groups, end: at };
}

/**
 * COMMA_NOT_LIST (contact-party-steps.ts): the objects of a contact told in a fronted phrase ("At his meeting with A, the
 * premier said …") end at the phrase's comma: members after it joined by a bare comma, with no conjunction after them,
 * are the main clause's subject, not more people met.
 */
export function frontedObjects(scan: string, clauseStart: number, at: number, groups: Mention[][]): { groups: Mention[][]; main: Mention[] } {
  const g = groups[groups.length - 1];
  if (!g || g.length < 2 || !COMMA_NOT_LIST.pattern.test(scan.slice(clauseStart, at))) return { groups, main: [] };
  let keep = g.length;
  while (keep > 1 && /^\s*,\s*(?:(?:the|his|her|their|its) )?(?:\p{Lu}[\p{Ll}-]+ ){0,2}$/u.test(scan.slice(g[keep - 2].end, g[keep - 1].start))) keep--;
  if (keep === g.length || /^\s*,?\s*(?:and|as well as|&)\b/.test(scan.slice(g[g.length - 1].end, g[g.length - 1].end + 16))) return { groups, main: [] };
  return { groups: [...groups.slice(0, -1), g.slice(0, keep)], main: g.slice(keep) };
}

/** The subject of a verb at `at`: the nearest mention before it in the clause and the mentions coordinated with it. */
export function subjectBefore(scan: string, clauseStart: number, at: number, mentions: Mention[]): Mention[] {
  // "The visiting president, who was accompanied by his Foreign Minister X, held talks with …",
  // "The chancellor, accompanied by Minister X, met …": the subject stands before the relative or
  // participial phrase, not inside it (contact.parties.accompanied-by).
  const window = scan.slice(Math.max(clauseStart, at - 160), at);
  const relative = RELATIVE_BEFORE.exec(window);
  if (relative) at -= relative[0].length;
  // BARE_PARTICIPLE_BEFORE: "President X supported by Ministers A and B held talks with …": no commas around the phrase.
  else if (window.includes(' by ')) {
    const bare = BARE_PARTICIPLE_BEFORE.pattern.exec(window);
    if (bare) at -= bare[0].length;
  }
  let i = firstAtOrAfter(mentions, at) - 1;
  while (i >= 0 && mentions[i].end > at) i--;
  if (i < 0 || mentions[i].start < clauseStart) return [];
  let head = mentions[i];
  // POSSESSOR_NOT_SUBJECT: "Berg and his son spoke", "met Lind at his residence and then spoke with …": a possessive
  // pronoun before a noun names whose son or residence it is, not a party; the party nearest before is the mention before it.
  while (head.reference && DETERMINER.test(scan.slice(head.start, head.end)) && POSSESSOR_NOT_SUBJECT.pattern.test(scan.slice(head.end, at))) {
    if (i < 1 || mentions[i - 1].start < clauseStart) return [];
    head = mentions[--i];
    // "X paid respects to A at his mausoleum, held talks with B": past the pronoun is the object of a
    // preposition, no subject either; the clause's first mention is.
    if (PREPOSITION_BEFORE.test(scan.slice(Math.max(clauseStart, head.start - 40), head.start))) {
      const first = mentions[firstAtOrAfter(mentions, clauseStart)];
      return first && first.start < head.start ? [first] : [];
    }
  }
  // "Obasanjo, the current chairman of the African Union, telephoned …": the subject is the person
  // before the appositive, not the body the appositive names.
  const before = i > 0 ? mentions[i - 1] : undefined;
  if (before && before.start >= clauseStart && /^\s*,\s*$/.test(scan.slice(head.end, at)) && APPOSITIVE.test(scan.slice(before.end, head.start))) { head = before; i--; }
  const gap = scan.slice(head.end, at);
  // PREPOSITIONAL_OBJECT_NOT_SUBJECT: "X, after a lunch with A, held talks with B", "X besides meeting with A, reviewed
  // the agenda in talks with B": A is the object of a preposition in a phrase a comma closes; the verb after it is X's.
  if (gap.length > 1 && PREPOSITIONAL_OBJECT_NOT_SUBJECT.pattern.test(gap) && PREPOSITION_OBJECT.test(scan.slice(Math.max(clauseStart, head.start - 50), head.start)) && (!/^\s*,\s*$/.test(gap) || VERB_AT.test(scan.slice(at, at + 12)))) {
    const subject = clauseSubject(scan, clauseStart, head, mentions);
    if (subject) return [subject];
  }
  // "Biden thanked Xi and met Putin": the subject of a coordinated verb is the clause's first mention.
  if (VERB_COORDINATION.test(gap) || SECOND_VERB.test(gap)) {
    const first = mentions[firstAtOrAfter(mentions, clauseStart)];
    return first && first !== head && first.start < head.start ? [first] : [head];
  }
  // LATER_CONTACT_SAME_SUBJECT: "met Berg on Monday, then held talks with Lind", ", a day after holding talks
  // with Lind": the next contact's subject is the subject of the clause before, not the one it met.
  if (gap.length > 1 && (LATER_CONTACT_SAME_SUBJECT.pattern.test(gap) || (AND_VERB.test(gap) && VERB_AT.test(scan.slice(at, at + 12))))) {
    const subject = clauseSubject(scan, clauseStart, head, mentions);
    if (subject) return [subject];
  }
  const out = [head];
  // Where the party nearest before starts: a possessive pronoun before it is its determiner, not a
  // party ("Ruto and his Ugandan counterpart Yoweri Museveni met").
  let joinAt = head.start;
  for (let k = i - 1; k >= 0 && mentions[k].start >= clauseStart; k--) {
    const gap = scan.slice(mentions[k].end, joinAt);
    if (mentions[k].reference && /^\s+$/.test(gap) && DETERMINER.test(scan.slice(mentions[k].start, mentions[k].end))) { joinAt = mentions[k].start; continue; }
    // "During talks in the Kremlin, Putin and Modi discussed …": a place after a preposition is no party.
    if (gap.length > 40 || !COORDINATED.test(gap) || PREPOSITION_BEFORE.test(scan.slice(Math.max(clauseStart, mentions[k].start - 12), mentions[k].start))) {
      if (mentions[k].end > joinAt) continue; // an inner mention of the same span
      break;
    }
    out.unshift(mentions[k]);
    joinAt = mentions[k].start;
  }
  // A bare comma joins only inside a list that an "and" closes.
  if (out.length > 1 && !out.some((m, j) => j > 0 && /\b(?:and|as well as|along with|together with)\b|&/.test(scan.slice(out[j - 1].end, m.start)))) return [head];
  return out;
}

/** The subject of the clause whose object is `object`: its first mention, not after a preposition nor a possessor, one verb or more before `object`. */
function clauseSubject(scan: string, clauseStart: number, object: Mention, mentions: Mention[]): Mention | undefined {
  for (let i = firstAtOrAfter(mentions, clauseStart); i < mentions.length && mentions[i].start < object.start; i++) {
    const m = mentions[i];
    if (m.actor === object.actor || POSSESSIVE.test(scan.slice(m.end, m.end + 3)) || PREPOSITION_BEFORE.test(scan.slice(Math.max(clauseStart, m.start - 12), m.start))) continue;
    // The verb stands between the subject and its object.
    return /\b[a-z]+\b/.test(scan.slice(m.end, object.start)) ? m : undefined;
  }
  return undefined;
}

/** A verb (and its preposition) between a subject and an object: "thanked", "clashed with", "told". */
const VERB_BETWEEN = /^\s+(?:also\s+)?[a-z]+(?:\s+(?:with|to))?\s+$/;

/**
 * The subject and the object of the verb before `at`, for a contact its clause names without
 * "with" ("Zelenskyy thanked Biden during a meeting in Washington"): the clause's last two
 * mentions, one verb apart, and no comma between the object and `at`. Else none.
 */
export function subjectAndObject(scan: string, clauseStart: number, at: number, mentions: Mention[]): Mention[] {
  const i = lastStartingBy(mentions, at - 1);
  if (i < 1) return [];
  const [subject, object] = [mentions[i - 1], mentions[i]];
  if (subject.start < clauseStart || object.end > at || subject.actor === object.actor) return [];
  const rest = scan.slice(object.end, at);
  // What may follow the object: a prepositional phrase ("for his support"), not a complement ("a killer").
  return VERB_BETWEEN.test(scan.slice(subject.end, object.start)) && rest.length <= 50 && /^\s*(?:(?:for|on|in|at|about|over)\b[^,;]*)?$/.test(rest) ? [subject, object] : [];
}

/** Whether "the two leaders", "both leaders" or "they" stands right before `at` (after the last mention). */
export function groupBefore(scan: string, from: number, at: number): boolean {
  return GROUP.test(scan.slice(Math.max(from, at - 60), at));
}

/** The possessor of a contact noun ("his meeting with", "Blair's talks with"), else the clause's subject. */
export function possessorOrSubject(scan: string, hit: { start: number }, isNoun: boolean, clauseStart: number, mentions: Mention[]): Mention[] {
  if (isNoun) {
    const before = scan.slice(Math.max(clauseStart, hit.start - 40), hit.start);
    const poss = /(?:'s|’s|\bhis|\bher|\bHis|\bHer)\s+(?:[\w-]+\s+){0,3}$/.exec(before);
    if (poss) {
      const at = hit.start - before.length + poss.index;
      const owner = spansBetween(mentions, at - 80, at + 4).find((m) => m.end >= at - 1 && m.end <= at + 4);
      if (owner) return [owner];
    }
  }
  return subjectBefore(scan, clauseStart, hit.start, mentions);
}
