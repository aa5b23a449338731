/**
 * Who "their", "the two leaders", "both" or "they" are at a contact trigger: the persons named
 * before it in its sentence, else those of the sentence, else the parties of the contact just
 * reported, else the two persons the sentence before named ("Netanyahu flew to Washington to meet
 * Trump. The two met …"). Bounded: a window of the sentence's mentions and the sentence before.
 */
import type { ContactDraft } from './merge-calls.js';
import type { Mention, Sentence } from './extraction-types.js';
import { spansBetween } from './span-index.js';
import { PLURAL_CUE } from './contact-cues.js';

/** A subordinating word or a preposition of topic between a trigger and a person after it; or "was attended by" (JOINED_BY: who joined "their meeting" is not "they"). */
const SUBORDINATE = /\b(?:after|before|when|where|while|since|because|although|though|whereas|which|who|whom|whose|about|against|regarding|including|over|(?:attended|joined|accompanied) by|present)\b/i;

/** Before the first person of a sentence that opens with its subject: at most a determiner and title words. */
const OPENING_TITLE = /^\s*(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u;
/** Between two coordinated persons: "and", and the second one's title words ("Abe and Indonesian President Widodo"). */
const COORDINATED_NEXT = /^\s*,?\s*and\s+(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u;

/** THE_TWO_NAMED_BEFORE: a count of two persons — "the two (government) leaders", "both ministers", "the pair" — not of sides or countries. */
const TWO_PERSONS = /\b(?:(?:[Tt]he two|[Bb]oth)\s+(?:[\p{L}-]+\s+)?(?:leaders|presidents|premiers|prime ministers|ministers|heads of (?:state|government)|men|women|statesmen|counterparts|diplomats)|[Tt]he pair)\b/u;

/** A count of two that names leaders: "the two leaders", "both presidents", "the two heads of state". */
const LEADERS_COUNT = /\b(?:[Tt]he two|[Bb]oth)\s+(?:[\p{L}-]+\s+)?(?:leaders|presidents|premiers|prime ministers|heads of (?:state|government)|statesmen)\b/u;

/**
 * FRONTED_COUNT: "During their last meeting in Madrid, the pair praised …": "their" in a phrase fronted before the main
 * clause's comma stands for the main clause's subject; when that subject is a count of two ("the pair", "the two
 * leaders", "both men"), it is read as that count. Bounded: the phrase up to the trigger, and 120 characters after it.
 */
export const FRONTED_COUNT = {
  id: 'contact.group.fronted-count',
  example: 'Chancellor Brandt and President Ruiz disagree on trade. During their meeting in Madrid on Monday, the two leaders avoided the subject.',
  reason: 'A possessive in a fronted phrase refers ahead to the subject of its main clause; a counted subject ("the pair") is the two persons the text has just named.',
  phrase: /^\s*(?:(?:Shortly|Just|Hours|Days|Soon|Minutes|Immediately)\s+)?(?:Before|After|Prior to|Ahead of|During|Following|On the eve of|Upon|At|In|Over|Since|On the sidelines of|At the (?:start|end|close|opening) of)\s+$/,
  main: /^[^,;.]{0,120},\s*(?:[Tt]he two|[Bb]oth|[Tt]he pair)\b/,
};

/**
 * COUNTED_SUBJECT: "Scholz and Macron arrived in Kyiv. Both leaders met President Zelensky": a count of two as the
 * subject of a contact verb, with no one named before it in its sentence, is the two persons the sentence before
 * names; the persons after the verb are its objects, not the count.
 */
export const COUNTED_SUBJECT = {
  id: 'contact.group.counted-subject',
  example: 'Chancellor Brandt and President Ruiz arrived in Kyiv. Both leaders met President Koval on Tuesday.',
  reason: 'A subject that counts two persons refers back to two persons named just before; who follows the verb is met by them, not counted among them.',
  lead: /(?:^|[,;:]\s*|\s)(?:[Tt]he two|[Bb]oth|[Tt]he pair)(?:\s+[\p{L}-]+){0,2}\s+(?:(?:also|then|later|jointly|together|separately|had|have|has)\s+)*$/u,
};

export interface GroupContext {
  scan: string;
  sentences: Sentence[];
  s: Sentence;
  /** The mentions the trigger's parties come from (its sentence, or its quote). */
  pool: Mention[];
  at: number;
  isPerson: (m: Mention) => boolean;
  /** The contact reported last, if any. */
  last: ContactDraft | undefined;
  /** The mentions of the sentence before. */
  before: Mention[];
  /** The mentions of any sentence of the article (THE_TWO_NAMED_BEFORE reads the three before). */
  mentionsIn?: (index: number) => Mention[];
  /** An actor's country. */
  countryOf?: (actor: string) => string | null | undefined;
  /** An actor's kind ('leader', 'official' …): THE_TWO_NAMED_BEFORE counts only leaders for "the two leaders". */
  kindOf?: (actor: string) => string | null | undefined;
}

/** The two different actors named last in `list` (sorted by position), earlier first. */
function lastTwo(list: Mention[]): string[] {
  const out: string[] = [];
  for (let i = list.length - 1; i >= 0 && out.length < 2; i--) if (!out.includes(list[i].actor)) out.unshift(list[i].actor);
  return out;
}

/**
 * COUNT_OWN_CLAUSE: "Peskov said that during Putin's visit, the two leaders had a private conversation": a count of two
 * that is the trigger's subject stands for two persons of its own; the one person named before it in its sentence — who
 * reports it, or a possessor in a fronted phrase — is not the pair, only possibly one of them. The count is read as if
 * the persons before it were not named (the contact just reported, the two persons named before), and kept when each of
 * them is one of the pair or the one reporting it.
 */
export const COUNT_OWN_CLAUSE = {
  id: 'contact.group.count-own-clause',
  example: 'Chancellor Brandt and President Ruiz toured the port on Monday. A spokesman, Tom Hale, said that during Ruiz\'s stay the two leaders had a private conversation.',
  reason: 'A count of two as a clause\'s subject refers to two persons; one person named before it in a reporting clause or a fronted phrase is the reporter or one of the pair, never the pair.',
  /** Between the person and the count: a verb of saying or "according to" makes him the one reporting. */
  saying: /\b(?:said|says|told|added|noted|stated|stressed|explained|announced|confirmed|according to)\b/,
};

export function groupOf(context: GroupContext): string[] | null {
  const { scan, s, pool, at, isPerson } = context;
  // Bounded: the mentions 300 characters either side of the trigger, as groupIn reads them.
  const near = spansBetween(pool, at - 300, at + 300);
  const lone = near.filter((m) => m.end <= at && m.start >= s.start && isPerson(m));
  // COUNT_OWN_CLAUSE: persons before a count of two that is the trigger's subject, nobody met after the trigger; each of
  // them is one of the pair or reports the contact (a verb of saying between him and the count).
  const named = [...new Set(lone.map((m) => m.actor))];
  if (named.length && named.length <= 3 && COUNTED_SUBJECT.lead.test(scan.slice(Math.max(s.start, at - 40), at))
    && !near.some((m) => m.start >= at && isPerson(m) && !SUBORDINATE.test(scan.slice(at, m.start)))) {
    const pair = groupIn({ ...context, pool: near.filter((m) => m.sentence !== s.index || m.start >= at) });
    const reports = (m: Mention) => { const gap = scan.slice(m.end, at); const count = gap.search(/\b(?:[Tt]he two|[Bb]oth|[Tt]he pair)\b/); return count >= 0 && COUNT_OWN_CLAUSE.saying.test(gap.slice(0, count)); };
    if (pair && pair.length === 2 && lone.every((m) => pair.includes(m.actor) || reports(m))) return pair;
  }
  return groupIn(context);
}

function groupIn({ scan, sentences, s, pool, at, isPerson, last, before: previous, mentionsIn, countryOf, kindOf }: GroupContext): string[] | null {
  const actorsOf = (list: Mention[]) => [...new Set(list.filter(isPerson).map((m) => m.actor))];
  const near = spansBetween(pool, at - 300, at + 300);
  const before = actorsOf(near.filter((m) => m.end <= at));
  // "had separate calls with A and B, during which they discussed …": "they" are the pairs just
  // reported in this sentence, one contact each, not a meeting of all three.
  if (before.length > 2 && last?.sentence === s.index && last.participants.length === 2 && PLURAL_CUE.test(scan.slice(s.start, at))) return null;
  // TWO_OF_KIND: "talks between Wang and Ri, where the two discussed …": a count of two is the two persons named last, not all the sentence names.
  if (before.length > 2 && /\b(?:[Tt]he two|[Bb]oth)\b[^,;]{0,40}$/.test(scan.slice(Math.max(s.start, at - 40), at))) return lastTwo(near.filter((m) => m.end <= at && isPerson(m)));
  if (before.length >= 2) return before;
  // COUNTED_SUBJECT: nobody before the count in its sentence; the sentence before names exactly two persons, neither of them after the verb.
  if (!before.length && previous.length && COUNTED_SUBJECT.lead.test(scan.slice(Math.max(s.start, at - 40), at))) {
    const named = actorsOf(previous);
    const after = actorsOf(near.filter((m) => m.start >= at));
    if (named.length === 2 && !after.some((a) => named.includes(a))) return named;
  }
  // "Their call … after the US president attacked Zelenskyy": a person after the trigger who stands in
  // a subordinate clause or after "about"/"against" is talked about, not one of "their".
  const inSentence = actorsOf(near.filter((m) => m.end <= at || !SUBORDINATE.test(scan.slice(at, m.start))));
  if (inSentence.length >= 2) return inSentence;
  const fronted = FRONTED_COUNT.phrase.test(scan.slice(s.start, at)) && FRONTED_COUNT.main.test(scan.slice(at, Math.min(s.end, at + 160)));
  // FRONTED_COUNT: the count of two the fronted "their" stands for is read as if it opened the phrase.
  const lead = fronted ? 'the two ' : scan.slice(Math.max(s.start, at - 40), at);
  // "A spokesman told reporters that both men held a call on Monday": a count of two refers back to
  // the two parties of the contact just reported, whoever else (the one reporting it) the sentence names.
  const counted = /\b(?:two|both)\b/i.test(lead);
  const others = inSentence.length === 0 || (inSentence.length === 1 && counted && last?.participants.length === 2);
  if (last && last.participants.length >= 2 && others && (last.sentence >= s.index - 1 || (last.sentence >= s.index - 3 && counted))) return [...last.participants];
  const prev = sentences[s.index - 1];
  // A count of two reaches into the paragraph before: news often gives each sentence its own paragraph.
  if (inSentence.length === 0 && prev && /\b(?:[Tt]he two|[Bb]oth|[Tt]he pair)\b/.test(lead)) {
    const named = actorsOf(previous);
    if (named.length === 2) return named;
  }
  // THE_TWO_NAMED_BEFORE: "Premier A welcomed Prime Minister B on Monday. It was B's first visit. After the ceremony, the two
  // leaders held talks": a count of two persons ("the two leaders", "both men", "the pair"; not "the two sides") with no one named in its sentence, the sentence before not
  // naming the two, is the person named last (by name, not by a pronoun) in the three sentences before and the one named nearest
  // before him who is of another country. Bounded: three sentences' mentions.
  // LEADERS_COUNTED: "the two leaders" (presidents, premiers, heads of state) are two leaders; a spokesman named last is none of them.
  const leadersOnly = !!kindOf && LEADERS_COUNT.test(lead);
  if (inSentence.length === 0 && mentionsIn && countryOf && TWO_PERSONS.test(lead)) {
    let first: string | undefined;
    for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
      const named = mentionsIn(k).filter((m) => !m.reference && isPerson(m) && (!leadersOnly || kindOf?.(m.actor) === 'leader'));
      for (let i = named.length - 1; i >= 0; i--) {
        const a = named[i].actor;
        if (!first) { first = a; continue; }
        const ca = countryOf(a);
        if (a !== first && ca && ca !== countryOf(first)) return [a, first];
      }
    }
  }
  // PREVIOUS_COORDINATED_SUBJECT: "A and B agreed on Monday to … . The agreement came after their summit": "their", with no
  // one else in its sentence ("during the Danish leader's visit" may name one of them), are the two persons coordinated as
  // the subject that opens the sentence before.
  if (inSentence.length <= 1 && prev && /^[Tt]heir\b/.test(scan.slice(at, at + 6))) {
    const persons = previous.filter(isPerson);
    const [a, b] = persons;
    if (a && b && a.actor !== b.actor && inSentence.every((x) => x === a.actor || x === b.actor) && OPENING_TITLE.test(scan.slice(prev.start, a.start)) && COORDINATED_NEXT.test(scan.slice(a.end, b.start))) return [a.actor, b.actor];
  }
  return null;
}
