/**
 * Stage 5 — dates. Finds date phrases and resolves them against the publication date with
 * chrono-node (absolute and deictic phrases: "October 26, 2025", "tonight", "yesterday") and
 * date-fns (weekdays), keeping the original phrase. "earlier in the day" takes the latest day
 * resolved before it; "a day earlier", "the next day" that day moved by their count.
 */
import * as chrono from 'chrono-node';
import { addDays, differenceInCalendarDays, format, nextDay, parseISO, previousDay, startOfWeek, subDays, type Day } from 'date-fns';
import type { Article, DateMention } from './extraction-types.js';
import { sentenceAt } from './split-sentences.js';
import { AHEAD_PARTICIPLE, ANAPHORIC_DATE, ANAPHORIC_NARRATED_DAY, attributiveDate, CLOCK_AFTER, DATE_HINT, DAY_OF_MONTH_DATE, DAYLESS_DATE, DAYS_FROM_EVENT, inRelativeClause, NUMERIC_STAMP, resolveDayOfMonth, SHIFTED_DATE, shiftOf, STAMP_DATE, WEEKDAY_AHEAD, WEEKDAY_DATE, WEEKDAY_WITH_DATE } from './date-rules.js';
import { matchesIn } from './matches-in.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * The latest given weekday on or before `published`. With "last", the weekday of the previous
 * calendar week (Monday to Sunday): news says "on Thursday" for this week's, so "last Thursday" in
 * a Friday paper is eight days back, not yesterday.
 */
export function resolveWeekday(weekday: string, published: string, modifier?: string): string | null {
  const day = WEEKDAYS.indexOf(weekday) as Day;
  const ref = parseISO(published);
  if (modifier === 'next') return null;
  if (modifier === 'last') {
    const monday = startOfWeek(ref, { weekStartsOn: 1 });
    const offset = (day + 6) % 7; // Monday 0 … Sunday 6
    return iso(addDays(subDays(monday, 7), offset));
  }
  if (ref.getDay() === day) return published;
  return iso(previousDay(ref, day));
}

/** WEEKDAY_AHEAD: the given weekday on or after `from` (the day of a plan: "will visit Tallinn on Friday"). */
export function resolveWeekdayAhead(weekday: string, from: string): string {
  const day = WEEKDAYS.indexOf(weekday) as Day;
  const ref = parseISO(from);
  return ref.getDay() === day ? from : iso(nextDay(ref, day));
}

/** WEEKDAY_AHEAD: whether the bare weekday at `at` stands in a clause whose verb is still to come ("She will visit Tallinn on Friday"). */
function inPlannedClause(scan: string, sentenceStart: number, at: number): boolean {
  return WEEKDAY_AHEAD.pattern.test(scan.slice(Math.max(sentenceStart, at - 90), at).replace(AHEAD_PARTICIPLE, 'be'));
}

/** WEEKDAY_AHEAD: a noun right after the weekday makes it an attribute ("his Thursday meeting"), not the day of the plan's verb. */
const NOUN_AFTER = /^\s+(?!(?:and|or|but|to|in|at|on|of|for|with|by|from|when|as|after|before|that|this|morning|afternoon|evening|night|next|last|week|he|she|they|it|the|a|an)\b)[a-z]{3,}/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** "3 March 2022", "March 4, 2022". */
const ABSOLUTE_DATE = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b|\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g');
/** DATE_HINT searched for every hint of a sentence (made once: a new expression per sentence, and matchAll's copy of it, cost more than the search). */
const DATE_HINTS = new RegExp(DATE_HINT.source, 'g');

/**
 * "MANILA, June 16 -", "Seoul, June 13 (Yonhap) --", "Cairo, March 21 (IANS) Egypt …", "Helsinki, 20 March 1997 (RFE/RL) -",
 * "MOSCOW, March 10. /TASS/.", "Chisinau, 17 March /MOLDPRES/ -", "Rome, Oct 24, (dpa/GNA) -", "VALLETTA, MALTA, DEC. 3 --" (a month in capitals): a wire dateline at the start of
 * the body dates the story (after an agency's name the dash is optional; the day may stand before the month; an agency
 * may be set between slashes, or hold one).
 */
const DATELINE = /^\s*[A-Z][A-Za-z .'’-]{2,40}(?:, [A-Z][A-Za-z. ]{1,20})?, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,? \d{4})?(?:\s*(?:\([A-Za-z .\/-]{2,30}\)\s*[-–—]?|[-–—])|,\s*\([A-Za-z .\/-]{2,30}\)\s*[-–—]?|\.?\s*\/[A-Za-z -]{2,20}\/\.?\s*[-–—]?)/m;

/** DATELINE with the day inside the agency's brackets after a dash: "ANKARA (UrduPoint News / Sputnik - 3rd May, 2021) The ministry …". */
const AGENCY_DATELINE = /^\s*[A-Z][A-Za-z .'’-]{2,40} \([A-Za-z .\/&-]{2,50}[-–—] ?(\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4})\)/;

const isoOf = (c: chrono.ParsedComponents) => `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;

export function resolveDates(article: Article): Article {
  const { scan, sentences, publishedOn } = article;
  const found: DateMention[] = [];
  // Characters already inside a found phrase: a later rule never takes an overlapping one.
  const covered = new Uint8Array(scan.length + 1);
  const taken = (start: number, end: number) => { for (let i = start; i < end; i++) if (covered[i]) return true; return false; };
  const push = (d: DateMention) => { found.push(d); covered.fill(1, d.start, d.end); };
  const sentenceOf = (at: number) => sentenceAt(sentences, at)?.index ?? 0;
  for (const rule of [DAYLESS_DATE, ANAPHORIC_DATE, SHIFTED_DATE]) {
    for (const m of scan.matchAll(rule.pattern)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      push({ start: m.index, end: m.index + m[0].length, sentence: sentenceOf(m.index), date: null, anaphoric: rule !== DAYLESS_DATE, rule: rule.id });
    }
  }
  if (publishedOn) {
    const published = { instant: new Date(`${publishedOn}T12:00:00Z`), timezone: 0 };
    const bodyStart = sentences.find((s) => !s.isTitle)?.start ?? 0;
    const dateline = DATELINE.exec(scan.slice(bodyStart, bodyStart + 120)) ?? AGENCY_DATELINE.exec(scan.slice(bodyStart, bodyStart + 120));
    // A wire story's "today", "yesterday" and weekdays count from its dateline ("WASHINGTON, April
    // 13 - … met today"), which may be a day or two before the date it was published on.
    let storyDay = publishedOn;
    if (dateline) {
      const at = bodyStart + dateline.index + dateline[0].indexOf(dateline[1]);
      const r = chrono.en.casual.parse(dateline[1], published, { forwardDate: false })[0];
      if (r?.start.isCertain('day')) {
        const date = isoOf(r.start);
        push({ start: at, end: at + dateline[1].length, sentence: sentenceOf(at), date, anaphoric: false, rule: 'date.dateline' });
        if (date <= publishedOn && differenceInCalendarDays(parseISO(publishedOn), parseISO(date)) <= 3) storyDay = date;
      }
    }
    const ref = { instant: new Date(`${storyDay}T12:00:00Z`), timezone: 0 };
    for (const m of scan.matchAll(WEEKDAY_DATE.pattern)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      // WEEKDAY_WITH_DATE: "on Monday (July 27)" names the bracketed day.
      const bracketed = WEEKDAY_WITH_DATE.pattern.exec(scan.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const given = bracketed ? chrono.en.casual.parse(bracketed[1].replace('.', ''), ref, { forwardDate: false })[0] : undefined;
      const date = given?.start.isCertain('day') ? isoOf(given.start) : null;
      const sentence = sentenceOf(m.index);
      // WEEKDAY_AHEAD: "She will visit Tallinn on Friday" names the coming Friday.
      // The story's own day stays a plain weekday: a plan for the day of the story may be told as done later in it.
      const ahead = !date && !/^(?:last|next)$/.test(m[3] ?? m[1] ?? '') && !/['’]s$/.test(m[0]) && !NOUN_AFTER.test(scan.slice(m.index + m[0].length, m.index + m[0].length + 20))
        && inPlannedClause(scan, sentences[sentence]?.start ?? 0, m.index) ? resolveWeekdayAhead(m[2], storyDay) : null;
      if (ahead && ahead !== storyDay) {
        push({ start: m.index, end: m.index + m[0].length, sentence, date: ahead, anaphoric: false, rule: WEEKDAY_AHEAD.id });
        continue;
      }
      push({ start: m.index, end: m.index + m[0].length, sentence, date: date ?? resolveWeekday(m[2], storyDay, m[3] ?? m[1]), anaphoric: false, rule: date ? WEEKDAY_WITH_DATE.id : WEEKDAY_DATE.id });
    }
    for (const m of scan.matchAll(DAY_OF_MONTH_DATE.pattern)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      push({ start: m.index, end: m.index + m[0].length, sentence: sentenceOf(m.index), date: resolveDayOfMonth(Number(m[1]), storyDay), anaphoric: false, rule: DAY_OF_MONTH_DATE.id });
    }
    // Absolute dates with a year are read directly; chrono is kept for the rest.
    for (const m of scan.matchAll(ABSOLUTE_DATE)) {
      const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
      const mm = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
      const dd = Number(day);
      if (dd < 1 || dd > new Date(Date.UTC(Number(year), mm, 0)).getUTCDate()) continue;
      push({ start: m.index, end: m.index + m[0].length, sentence: sentenceOf(m.index), date: `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, anaphoric: false, rule: 'date.absolute' });
    }
    for (const s of sentences) {
      const text = scan.slice(s.start, s.end);
      if (!DATE_HINT.test(text)) continue;
      // chrono's cost grows with the text: give it only a window around each hint word.
      let windowEnd = -1;
      for (const h of matchesIn(DATE_HINTS, text)) {
        if (h.index < windowEnd || covered[s.start + h.index]) continue;
        const from = Math.max(0, h.index - 40);
        windowEnd = Math.min(text.length, h.index + h[0].length + 40);
        for (const r of chrono.en.casual.parse(text.slice(from, windowEnd), ref, { forwardDate: false })) {
        const start = s.start + from + r.index;
        const end = start + r.text.length;
        // "for two hours", "90 minutes": how long, not when; "now" is no day of an event.
        if (taken(start, end) || DURATION.test(r.text) || /^(?:right )?now$/i.test(r.text)) continue;
        const c = r.start;
        // "two months ago" names no day; "three days ago" does.
        const hasDay = c.isCertain('day') || c.isCertain('weekday') || /\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)|days? ago)\b/i.test(r.text);
        const date = hasDay ? isoOf(c) : null;
        push({ start, end, sentence: s.index, date: date ? date : null, anaphoric: false, rule: hasDay ? 'date.chrono' : 'date.no-day' });
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  // DAYS_FROM_EVENT: "two days after the March 9 vote" counts from the day that follows, not from publication.
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    if (d.rule !== 'date.chrono') continue;
    const m = DAYS_FROM_EVENT.pattern.exec(scan.slice(d.start, d.end));
    if (!m) continue;
    const next = found[i + 1];
    const from = next && next.sentence === d.sentence && next.date && next.start - d.end <= 40 && /^[^,;.]*$/.test(scan.slice(d.end, next.start)) ? next.date : null;
    const count = ({ a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[m[1].toLowerCase()];
    d.date = from ? iso(addDays(parseISO(from), /^after$/i.test(m[2]) ? count : -count)) : null;
    d.rule = from ? DAYS_FROM_EVENT.id : DAYLESS_DATE.id;
  }
  // "Updated 18 April 2019": the page's stamp dates no event (STAMP_DATE).
  for (const d of found) if (d.date && !d.anaphoric && (STAMP_DATE.pattern.test(scan.slice(Math.max(0, d.start - 20), d.start)) || (NUMERIC_STAMP.test(scan.slice(d.start, d.end)) && (/\d:\d\d$/.test(scan.slice(d.start, d.end)) || CLOCK_AFTER.test(scan.slice(d.end, d.end + 8)))))) d.rule = STAMP_DATE.id;
  // "earlier in the day" takes the latest day resolved before it; "a day earlier" that day moved by its count.
  let last: string | null = null;
  const LATER_BY_UNKNOWN = /\b(?:later|afterwards)$/i;
  for (const d of found) {
    if (d.rule === STAMP_DATE.id) continue;
    if (d.anaphoric) d.date = last && d.rule === SHIFTED_DATE.id ? iso(addDays(parseISO(last), shiftOf(scan.slice(d.start, d.end)))) : last;
    // ANAPHORIC_NARRATED_DAY: only a day of the narrated events is the day "earlier in the day" points back to.
    else if (d.date && !inRelativeClause(scan, d.start, d.end, sentences[d.sentence]?.end ?? scan.length) && d.rule !== WEEKDAY_AHEAD.id
      && !ANAPHORIC_NARRATED_DAY.pattern.test(scan.slice(Math.max(sentences[d.sentence]?.start ?? 0, d.start - 110), d.start)) && !attributiveDate(scan, d.start, d.end)) last = d.date;
    // "Days later, …": the day is unknown from here on, so "two days later" after it counts from no known day.
    else if (d.rule === DAYLESS_DATE.id && LATER_BY_UNKNOWN.test(scan.slice(d.start, d.end))) last = null;
  }
  return { ...article, dates: found };
}

/** A duration chrono reads as a time of today ("for two hours"). */
const DURATION = /^(?:for|over|within)\b|^(?!.*\bago\b).*\b(?:seconds?|minutes?|hours?)$/i;

/** "last night" in an article of 2022-02-22 → 2022-02-21 (exported for tests). */
export const dayBefore = (date: string) => iso(subDays(parseISO(date), 1));
