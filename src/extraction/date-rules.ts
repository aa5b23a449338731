/**
 * Date phrases as data. Most phrases are read by chrono-node; these rules cover what news needs
 * beyond it: phrases that point back to the day of the story ("earlier in the day"), phrases that
 * name no day ("this month"), and bare weekdays, which in reported speech mean the latest such day
 * on or before publication ("on Tuesday" in a Wednesday article is yesterday).
 */
import type { Rule } from './extraction-types.js';

export const ANAPHORIC_DATE: Rule = {
  id: 'date.anaphoric',
  example: 'Notably, earlier in the day, Zelenskyy held several telephonic conversations.',
  reason: 'The phrase names the day of the events just reported, not the publication day.',
  pattern: /\b(?:earlier|later) (?:in|on) (?:the|that) (?:same )?day\b|\b(?:on )?the same day\b|\blater that day\b|\bthat (?:same )?(?:day|evening|night|morning)\b/gi,
};

export const ANAPHORIC_NARRATED_DAY: Rule = {
  id: 'date.anaphoric-narrated-day',
  example: 'Varga met Lindqvist on Wednesday at the summit that opened on Tuesday. Earlier in the day, Varga met Holm.',
  reason: '"Earlier in the day", "later that day" and "the same day" point back to the day of the events the narration tells, not to the day of another event named on the way: a day in a relative clause ("the summit that opened on Tuesday", ", which began on Monday,"), a day qualifying another noun ("Sunday\'s election"), a day after "since", "before", "until", "ahead of" or "prior to", or a plan\'s day (date.weekday-ahead) is passed over.',
  pattern: /\b(?:that|which|who)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:[a-z]{2,}ed|began|begun|met|held|took|ran|won|came|went|fell|broke|led)\b[^,;:.()"]{0,60}$|\b(?:since|before|until|ahead of|prior to)\b[^,;:"()]{0,100}$/i,
};

export const DAYLESS_DATE: Rule = {
  id: 'date.no-day',
  example: 'Starmer, who saw Biden in Washington this month, said …; Days later, Lindqvist visited Varga; Varga was in Oslo a few days ago; Varga met Lindqvist a week after the vote on May 3; Varga first met Lindqvist in 2009.',
  reason: 'The phrase dates the event to a month, week or year but not to a day, so the date is unknown; so does an uncounted "days/weeks later" after a dated event (the day before it plus an unknown count), unlike "two days later" (date.shifted), an uncounted "a few days ago", unlike "three days ago", and weeks, months or years counted from another event ("a week after the vote", "two months before the summit"), which chrono would count from the publication day into the future; a bare year ("met the emperor in Tokyo in 2009") dates its clause\'s event to that year, so it takes no day of the paragraph or the lead.',
  pattern: /(?<!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: of)? )\b(?:this|last|earlier this|late last|early last) (?:month|week|year|spring|summer|autumn|fall|winter)\b|\brecently\b|\bin recent (?:days|weeks|months)\b|(?<!\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) )\b(?:(?:a few|a couple of|several|some|many) )?(?:days|weeks|months) (?:later|afterwards|ago)\b|\b(?:a|one|two|three|four|five|six|a few|a couple of|several) (?:weeks?|months?|years?) (?:after|before|later|earlier)\b|\bin (?:1[89]|20)\d\d\b(?![-–/]\d)/gi,
};

export const SHIFTED_DATE: Rule = {
  id: 'date.shifted',
  example: 'Kallas met Rubio on Tuesday. A day earlier, she had talked with Lammy; on Friday she said she had called him the previous evening.',
  reason: 'The phrase counts days from the day just reported; its own day is that day moved by the count ("the previous evening", "the night before": the day before it).',
  pattern: /\b(?:(a|one|two|three) days? (earlier|later)|the (previous|next|following) (?:day|evening|night|morning|afternoon)|the (?:day|evening|night) (before|after)(?=\s*[,.;]))/gi,
};

/** Days a SHIFTED_DATE phrase moves the day before it (-1 for "a day earlier", 2 for "two days later"). */
export function shiftOf(phrase: string): number {
  const m = new RegExp(SHIFTED_DATE.pattern.source, 'i').exec(phrase);
  if (!m) return 0;
  const count = ({ a: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[(m[1] ?? 'a').toLowerCase()];
  const back = /^(?:earlier|previous|before)$/i.test(m[2] ?? m[3] ?? m[4]);
  return back ? -count : count;
}

export const DAYS_FROM_EVENT: Rule = {
  id: 'date.days-from-event',
  example: 'Chancellor Varga met President Lindqvist in Vienna two days after the March 9 vote.',
  reason: 'Days counted "after" or "before" another event are counted from that event\'s day when the phrase names it next ("the March 9 vote", "the vote on March 14"); chrono counts them from the publication day instead. With no day of the event after it, the phrase names no day.',
  pattern: /^(a|one|two|three|four|five) days? (after|before)$/i,
};

export const WEEKDAY_DATE: Rule = {
  id: 'date.weekday',
  example: 'Zelenskyy on Tuesday spoke to his United States counterpart Joe Biden.',
  reason: 'A bare weekday in news means the latest such day on or before the publication date; "last" ("last Thursday", "Thursday last week") is the previous calendar week\'s.',
  pattern: /\b(?:(last|this|next|on|late on|early on) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b(?!,? (?:January|February|March|April|May|June|July|August|September|October|November|December|\d))(?: (?:of )?(last|this|next) week\b)?/g,
};

export const WEEKDAY_AHEAD: Rule = {
  id: 'date.weekday-ahead',
  example: 'Chancellor Varga met President Lindqvist in Vienna. She will visit Tallinn on Friday.',
  reason: 'A bare weekday in a clause whose verb is still to come ("will visit … on Friday", "is due to sign it Monday", "plans to hold talks on Sunday") names the next such day on or after the story\'s day, not the last one before it; it is the day of a plan, so it is no day of the lead or of the paragraph for a contact told as done. A past verb between the future and the day ("will brief MPs on the talks he held on Tuesday") ends the plan\'s clause; "would" (the future of a past report) is left out.',
  pattern: /\b(?:will|shall|(?:is|are|am)\s+(?:(?:set|due|scheduled|slated|expected|going|planning|poised)\s+)?to|plans?\s+to|intends?\s+to)\s+(?![^.,;:!?"()]*\b(?:[a-z]{2,}ed|held|met|was|were|had|did|spoke|told|said|took|gave|came|went|saw|began|made|sent|left)\b)[^.,;:!?"()]{0,70}$/,
};

/** WEEKDAY_AHEAD: "be"/"been"/"have" and the participle after them stay in the plan's verb group ("will be held on Friday"). */
export const AHEAD_PARTICIPLE = /\b(?:be|been|have|get)\s+[a-z]+\b/g;

export const WEEKDAY_WITH_DATE: Rule = {
  id: 'date.weekday-with-date',
  example: 'Chancellor Varga and President Lindqvist held talks in Vienna on Monday (March 4).',
  reason: 'A weekday with its calendar day in brackets after it names that day, even when the story was published a week or more later (or before it): the bracketed day is the date, not the latest such weekday before publication.',
  pattern: /^\s*\(((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2})\)/,
};

export const DAY_OF_MONTH_DATE: Rule = {
  id: 'date.day-of-month',
  example: 'President Lindqvist on the 12th agreed with Chancellor Varga to open the border crossings.',
  reason: 'A bare ordinal day ("on the 12th", the style of agency copy translated from Korean or Japanese) is the latest such day of a month on or before the story\'s day; an ordinal before a noun ("on the 12th anniversary") is no date.',
  pattern: /\bon the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?: of this month)?(?=\s*[,.;:)]|\s*$|\s+(?:and|but|that|to|at|in|with|when|as|after|before|during|for|he|she|they|it|said|says|met|held|spoke|told|had|made|gave|took|[a-z]{2,}ed)\b)/g,
};

/** DAY_OF_MONTH_DATE: day `day` of the story's month, or of the month before when that day is still to come. */
export function resolveDayOfMonth(day: number, storyDay: string): string | null {
  const [y, m, d] = storyDay.split('-').map(Number);
  const [year, month] = day <= d ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Cheap filter: only sentences with one of these words are given to chrono (month names capitalised, so "may" is not May; a deictic phrase may open its sentence: "Last night"). */
export const DATE_HINT = /\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast night|[Tt]his (?:morning|afternoon|evening)|ago|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|\d{4}-\d{2}-\d{2})\b/;

/**
 * A date inside a relative clause dates another event than the sentence's own ("Andreotti, who
 * arrived yesterday, held talks …"): the clause opens with ", who/which/where/whose" before the
 * date and closes with a comma after it.
 */
export const RELATIVE_CLAUSE_DATE: Rule = {
  id: 'date.relative-clause',
  example: 'Mr Abbas, who was elected in January, also met Foreign Secretary Jack Straw on Monday.',
  reason: 'A date in a relative clause dates the clause\'s own event, not the contact of the main clause.',
  pattern: /,\s*(?:who|which|whose|where)\b[^,;:.]{0,80}$/,
};

/** Whether the date phrase at start..end stands in a relative clause that closes before the sentence does. */
export function inRelativeClause(scan: string, start: number, end: number, sentenceEnd: number): boolean {
  return RELATIVE_CLAUSE_DATE.pattern.test(scan.slice(Math.max(0, start - 90), start)) && /^[^;:.]{0,80}?,/.test(scan.slice(scan[end - 1] === ',' ? end - 1 : end, Math.min(sentenceEnd, end + 81)));
}

/** A page's time stamp: the day it was filed or updated, not the day of an event it reports. */
/** A numeric date followed by its clock time ("2024-05-14 09:58:01", "14.05.2024, 09:58") is a machine stamp, never prose. */
export const NUMERIC_STAMP = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{1,2}[./]\d{1,2}[./]\d{4}(?:,? \d{1,2}:\d{2}(?::\d{2})?)?$/;
export const CLOCK_AFTER = /^(?:[ T]|, )\d{1,2}:\d{2}\b/;
export const STAMP_DATE: Rule = {
  id: 'date.stamp',
  example: 'Updated 14 May 2024 — Chancellor Kessler met President Varga in Vienna on Monday.',
  reason: 'A date after "Updated", "Published", "Posted" or "Written" stamps the page, and so does a numeric date with its clock time ("2024-05-14 09:58"); the contact\'s day is its own ("on Monday"), and a later "earlier" does not count from the stamp.',
  pattern: /\b(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED|[Ww]ritten|WRITTEN|[Ll]ast (?:updated|modified))(?: on| at)?:?\s*$/,
};

/**
 * A day that qualifies another event's noun ("the October 31 siege", "Sunday's election") dates that event;
 * it is no day for the contacts reported in later sentences of its paragraph. A contact noun it qualifies
 * ("Friday's talks") is the contact's own day.
 */
export const ATTRIBUTIVE_DATE: Rule = {
  id: 'date.attributive',
  example: 'The March 3 blast at a Karsk market shocked the region. Lindqvist\'s meeting with Orban also touched on security.',
  reason: 'A date used as an attribute of another noun names the day of that event, not the day of a contact told in a later sentence.',
  pattern: /^(?:['’]s)?\s+(?!(?:and|or|but|to|in|at|on|of|for|with|by|from|when|as|after|before|that|this|was|were|is|are|had|has|have|will|would|meeting|meetings|talks|call|calls|conversation|summit|visit|session|phone|video|telephone)\b)[a-z][a-z-]{2,}\b/,
};

/** ATTRIBUTIVE_DATE: whether the date phrase at start..end qualifies a following noun ("the October 31 siege"). */
export function attributiveDate(scan: string, start: number, end: number): boolean {
  const after = scan.slice(end, end + 40);
  return (/['’]s$/.test(scan.slice(start, end)) || /^['’]s\b/.test(after) || /\bthe\s+$/i.test(scan.slice(Math.max(0, start - 5), start)))
    && ATTRIBUTIVE_DATE.pattern.test(/['’]s$/.test(scan.slice(start, end)) ? ' ' + after.replace(/^\s*/, '') : after);
}

/**
 * A phrase that names no day ("last month", "earlier this week") in another clause of the contact's
 * sentence dates that clause's event: after "since" ("their second meeting since last month"), or in a
 * clause that a subordinator opens after the contact ("…, the first since the two quarrelled at the
 * White House last month") or before it, closed by a comma ("After the vote last week, Varga met …").
 */
export const OTHER_CLAUSE_DAYLESS: Rule = {
  id: 'date.other-clause-dayless',
  example: 'Chancellor Varga spoke with President Lindqvist on the phone, their first call since the two fell out over gas transit last month.',
  reason: 'A week, month or year named for another event of the sentence does not make the contact\'s own day unknown: the contact takes the day its paragraph or the story gives, as if the phrase were not there.',
  pattern: /\b(?:since|after|before|until|following|ahead of|prior to)\b[^,;:"()]{0,100}$/i,
};

/** A subordinator opening a clause before a date phrase, the clause closed by a comma before the contact. */
const FRONTED_SUBORDINATE = /(?:^|[,;]\s*)\s*(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Ww]hen|[Ff]ollowing|[Aa]head of|[Pp]rior to)\b[^,;:"()]{0,100}$/;

/**
 * OTHER_CLAUSE_DAYLESS: whether the dayless phrase at start..end stands in another clause than the contact
 * at `at` of the sentence that opens at `sentenceStart`: after the contact, in a clause a subordinator opens
 * between them; before it, in a clause a subordinator opens and a comma closes before the contact.
 */
export function daylessOfOtherClause(scan: string, start: number, end: number, at: number, sentenceStart: number): boolean {
  // The contact's own first word is no subordinator of another clause ("after meeting the emperor in 2009": the trigger is "after meeting").
  if (start >= at) return OTHER_CLAUSE_DAYLESS.pattern.test(scan.slice(Math.max(at + (/^\S*/.exec(scan.slice(at, at + 12))?.[0].length ?? 0), start - 110), start));
  const from = Math.max(sentenceStart, start - 110);
  return FRONTED_SUBORDINATE.test((from > sentenceStart ? '-' : '') + scan.slice(from, start)) && /^[^,;]{0,60},/.test(scan.slice(end, at));
}

/**
 * A date inside quoted words dates what the speaker talks about ("On May 4 we will sign …"), not a
 * contact the article reports outside the quotation.
 */
export const QUOTED_DATE = {
  id: 'date.quoted',
  example: '"On May 4 we will sign the treaty in Tallinn," Kessler wrote after meeting with Varga.',
  reason: 'A day in quoted words belongs to the speaker\'s own account (often a plan); the contact reported outside the quotation takes the day the narration gives.',
};
