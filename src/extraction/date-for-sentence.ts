/**
 * The day an event in a sentence happened: the date phrase nearest the event in its sentence
 * (a phrase that names no day, "this month", makes the day unknown rather than borrowing one; a
 * phrase in quoted words dates only what is inside the quotation);
 * else the latest phrase earlier in the same paragraph that names a day; else the story's day from
 * a wire dateline ("MANILA, June 16 -") or, for a contact, the lead (also for a contact in the lead
 * before the sentence that names its day, then borrowed: date.lead-day-back); else unknown. An earlier
 * contact than the story's ("their first summit") takes only a date of its own sentence.
 *
 * Date mentions are sorted by start; the search is a binary search, not a scan.
 */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Article, DateMention, Quote, Sentence } from './extraction-types.js';
import { attributiveDate, DAYLESS_DATE, daylessOfOtherClause, inRelativeClause, STAMP_DATE, WEEKDAY_AHEAD } from './date-rules.js';
import { lastStartingBy } from './span-index.js';

/** A clause break between an event and a later date phrase; "and confirmed that …", ", adding that …" report other events. */
const LATER_CLAUSE = /;|, (?:and|but|while|whereas)\b|,? (?:adding|saying|noting|stressing) that\b|\b(?:and|but) (?:also )?(?:said|confirmed|added|announced|stressed|noted|revealed|told [a-z]+) that\b/;

/** A preposition naming the event a date qualifies as the contact's setting: "at Sunday's forum", "during last week's summit". */
const SETTING_BEFORE = /\b(?:at|during|in|(?<!\bahead )of)\s+(?:the\s+)?$/i;

/** Between an attributive day and the contact noun it qualifies, two adjectives at most: "Friday's bilateral meeting". */
const QUALIFIES_CONTACT = /^(?:['’]s)?(?:\s+[a-z-]+){0,2}\s*$/;

/** The nouns of the events dated here (an attack's own day: "Tuesday's attack was the first …"); contact nouns ATTRIBUTIVE_DATE keeps already. */
const OWN_EVENT_NOUN = /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:attacks?|blasts?|bombings?|strikes?|explosions?|shelling|raids?|assaults?|ambush|killings?|shooting)\b/;

/** A verb of saying between a day and the contact it reports, with no quotation between them (which would be what was said). */
const SAYING_BETWEEN = /^[^"]{0,100}\b(?:said|says|told (?:reporters|journalists|the media|a news conference|a press conference)|announced|confirmed|revealed|stated|disclosed)\b[^"]*$/;

/** "a day after", "two days before", "24 hours before" right before the event, counted from a date phrase earlier in the sentence. */
const DAYS_FROM = /\b(a|one|the|two|three|24|48|72) (?:days?|hours) (after|before)\s+(?:\S+\s+){0,6}$/i;
const DAYS_AT = /\b(a|one|the|two|three|24|48|72) (?:days?|hours) (after|before)\b\s?\S?$/i;
/** Days of a count; "24 hours before" is a day before. */
const COUNT: Record<string, number> = { a: 1, one: 1, the: 1, two: 2, three: 3, 24: 1, 48: 2, 72: 3 };

/**
 * "met Macron on Tuesday, a day after speaking with Biden": the Biden call was on Monday. The day counted
 * from may also be the paragraph's or the story's ("The call came a day after he spoke with Biden").
 */
function shifted(scan: string, d: DateMention, sentenceStart: number, at: number): string | null {
  const from = Math.max(sentenceStart, at - 80);
  // The contact's trigger may be the "after" itself ("a day after speaking with Biden").
  const m = DAYS_FROM.exec(scan.slice(from, at)) ?? DAYS_AT.exec(scan.slice(from, at + 7));
  if (!m || !d.date || d.start >= from + m.index) return d.date;
  const days = COUNT[m[1].toLowerCase()] * (m[2].toLowerCase() === 'after' ? -1 : 1);
  return format(addDays(parseISO(d.date), days), 'yyyy-MM-dd');
}

/** The quote whose quoted words hold `at` (quotes sorted by start), if any. */
function quoteAt(quotes: Quote[], at: number): Quote | null {
  const q = quotes[lastStartingBy(quotes, at)];
  return q && at >= q.inner.start && at < q.inner.end ? q : null;
}

/** Index of the last date phrase starting before `at`. */
const lastBefore = (dates: DateMention[], at: number): number => lastStartingBy(dates, at - 1);

/**
 * The date phrases of the event's own sentence: `nearest`, the one nearest the event that dates it;
 * `said`, a day attached to a trailing verb of saying (", the army said Wednesday"), which dates the
 * report of the event, kept apart (SAID_DAY).
 */
function ownDays(article: Article, s: Sentence, at: number, eventQuote: Quote | null): { nearest: DateMention | null; said: DateMention | null } {
  const { dates } = article;
  let nearest: DateMention | null = null;
  let across: DateMention | null = null;
  let aside: DateMention | null = null;
  let said: DateMention | null = null;
  let fronted: DateMention | null = null;
  for (let i = Math.max(0, lastBefore(dates, s.start) + 1); i < dates.length && dates[i].start < s.end; i++) {
    const d = dates[i];
    // WEEKDAY_AHEAD: "The two will meet again on Friday" is the day of a plan, never of an event told as done.
    if (d.sentence !== s.index || d.rule === 'date.dateline' || d.rule === STAMP_DATE.id || d.rule === WEEKDAY_AHEAD.id) continue;
    // A relative clause's date belongs to its own event, unless the contact stands in that clause.
    if (inRelativeClause(article.scan, d.start, d.end, s.end) && !(at > d.start - 90 && at < d.start && inRelativeClause(article.scan, at, at, s.end))) continue;
    // ATTRIBUTIVE_DATE: "affected by last week's earthquake", "ahead of Sunday's election" date that noun's event, not a
    // contact told elsewhere in the sentence; "Friday's bilateral meeting" (its day right before it) and the setting of
    // the contact ("at Sunday's forum", "on the sidelines of last week's summit") keep theirs.
    if (!(at >= d.end && QUALIFIES_CONTACT.test(article.scan.slice(d.end, Math.min(at, d.end + 40)))) && !SETTING_BEFORE.test(article.scan.slice(Math.max(s.start, d.start - 12), d.start))
      && attributiveDate(article.scan, d.start, d.end) && !OWN_EVENT_NOUN.test(article.scan.slice(d.end, d.end + 30))) continue;
    // OTHER_CLAUSE_DAYLESS: "…, their first call since the two fell out last month": another clause's week or month.
    if (!d.date && d.rule === DAYLESS_DATE.id && daylessOfOtherClause(article.scan, d.start, d.end, at, s.start)) continue;
    // TRAILING_RELATIVE: "met Varga, who last month hosted the forum.": a clause on a person after the contact dates that person's other event.
    if (d.start > at && TRAILING_RELATIVE.pattern.test(article.scan.slice(Math.max(at, d.start - 90), d.start))) continue;
    // "met X, and on Tuesday he will hold talks with Y": a later coordinated clause dates its own event.
    if (d.start > at && LATER_CLAUSE.test(article.scan.slice(at, d.start))) continue;
    // "At a briefing on Friday, Varga said Orban's call with Fico …": a day before
    // the verb of saying dates the saying; the contact it reports may be older.
    if (d.end <= at && SAYING_BETWEEN.test(article.scan.slice(d.end, at))) continue;
    // QUOTED_DATE: a day in quoted words ("On May 4 we will sign …") is the speaker's, not the contact's outside them.
    const dayQuote = quoteAt(article.quotes, d.start);
    if (dayQuote && dayQuote !== eventQuote) continue;
    // SAID_DAY: "…, the army said Wednesday" dates the saying; the event may be older.
    if (d.start > at && SAID_DAY.pattern.test(article.scan.slice(Math.max(at, d.start - 90), d.start))) { if (!said || d.start < said.start) said = d; continue; }
    // EARLIER_CLAUSE_DAY: "met Macron on Thursday and then spoke with Tusk on Friday": the day before "and" dates the
    // first clause's contact; the later one takes a day after its verb when its clause gives one.
    if (d.end <= at && d.date && EARLIER_CLAUSE_DAY.pattern.test(article.scan.slice(d.end, at))) { if (!across || d.start > across.start) across = d; continue; }
    // OTHER_CLAUSE_DAY: "met in Paris ahead of the rail summit on Saturday": a day after the event in a phrase that
    // "ahead of", "before", "since" or "until" opens dates that phrase's event; the event's only when its sentence gives no other.
    if (d.start > at && d.date && OTHER_CLAUSE_DAY.pattern.test(article.scan.slice(Math.max(at, d.start - 110), d.start))) { if (!aside) aside = d; continue; }
    // FRONTED_OTHER_CLAUSE_DAY: "Ahead of the summit on Thursday, Varga met Lindqvist": a day in a fronted phrase that "ahead of",
    // "before", "since" or "until" opens, closed by a comma before the contact, dates that phrase's event, never the contact.
    if (d.end <= at && d.date && frontedOtherClauseDay(article.scan, d.start, d.end, at, s.start)) continue;
    // FRONTED_STEP_DAY: "After arriving in Oslo on Monday evening, Varga met Lindqvist on Tuesday": a fronted clause's day is the contact's only
    // when its own clause gives none.
    if (d.end <= at && d.date && frontedStepDay(article.scan, d.start, d.end, at, s.start)) { fronted ??= d; continue; }
    if (!nearest || Math.abs(d.start - at) < Math.abs(nearest.start - at)) nearest = d;
  }
  nearest ??= aside ?? fronted;
  if (across && !(nearest && nearest.start > at && nearest.date)) nearest = !nearest || Math.abs(across.start - at) < Math.abs(nearest.start - at) ? across : nearest;
  return { nearest, said };
}

export const TRAILING_RELATIVE = {
  id: 'date.trailing-relative',
  example: 'Chancellor Varga also met President Lindqvist, who hosted the forum of northern leaders last month.',
  reason: 'A date in a clause on a person that opens after the contact (", who …", ", whose …") dates that person\'s other event, even when the clause runs to the end of the sentence (date.relative-clause asks for a closing comma); the contact takes its day from elsewhere.',
  pattern: /,\s*(?:who|whose)\b[^,;:.()"]{0,80}$/,
};

export const EARLIER_CLAUSE_DAY = {
  id: 'date.earlier-clause-day',
  example: 'Chancellor Scholz met President Macron in Paris on Thursday and then spoke with Prime Minister Tusk by phone on Friday.',
  reason: 'A day right before "and"/"then" that joins a second verb to the clause (no subject of its own: "Scholz and Macron met" is one clause) dates the first verb\'s contact; a contact of the second verb with a day after it takes that day, even when the first day stands nearer.',
  pattern: /^\s*,?\s*(?:and|but|then)\s+(?:(?:then|later|also|afterwards)\s+)?(?:[a-z-]+\s+){0,2}$/,
};

export const OTHER_CLAUSE_DAY = {
  id: 'date.other-clause-day',
  example: 'Chancellor Scholz and President Macron met in Paris on Thursday ahead of the rail summit on Saturday.',
  reason: 'A day in a phrase that "ahead of", "before", "prior to", "since" or "until" opens after the event names another event\'s day (or a span\'s end); it dates the event only when the sentence gives no other day. "after" is left out: "blew himself up after joining a queue … on Monday" tells one event.',
  pattern: /\b(?:since|before|until|ahead of|prior to)\b[^,;:"()]{0,100}$/i,
};

export const FRONTED_OTHER_CLAUSE_DAY = {
  id: 'date.fronted-other-clause-day',
  example: 'Ahead of the rail summit on Thursday, Chancellor Scholz met President Macron in Paris.',
  reason: 'A day in a phrase that "ahead of", "before", "prior to", "since" or "until" opens before the contact and a comma closes names that phrase\'s event (a later one, or a span\'s bound), not the contact\'s; the contact takes the day its paragraph or story gives. "After" and "following" are left out: "After arriving on Monday, Varga met Lindqvist" most often tells one day.',
  pattern: /(?:^|[,;]\s*)\s*(?:[Ss]ince|[Bb]efore|[Uu]ntil|[Aa]head of|[Pp]rior to)\b[^,;:"()]{0,100}$/,
};

/** FRONTED_OTHER_CLAUSE_DAY: whether the day at start..end stands in a fronted phrase closed by a comma before the contact at `at`. */
function frontedOtherClauseDay(scan: string, start: number, end: number, at: number, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, start - 110);
  return FRONTED_OTHER_CLAUSE_DAY.pattern.test((from > sentenceStart ? '-' : '') + scan.slice(from, start)) && /^[^,;]{0,60},/.test(scan.slice(end, Math.min(at, end + 61)));
}

export const FRONTED_STEP_DAY = {
  id: 'date.fronted-step-day',
  example: 'After landing in Oslo on Monday evening, Chancellor Varga met Prime Minister Lindqvist at the palace on Tuesday morning.',
  reason: 'A fronted clause that "after", "following", "upon" or a participle opens ("After arriving …", "Landing in Oslo on Monday, …"), closed by a comma before the contact, tells an earlier step of the story with its own day; the contact takes the day its own clause gives, even when the fronted day stands nearer, and the fronted day only when its own clause gives none ("After arriving on Monday, Varga met Lindqvist": one day, date.fronted-other-clause-day leaves "after" out for this).',
  pattern: /(?:^|[,;]\s*)\s*(?:(?:[Ss]oon|[Ss]hortly|[Jj]ust|[Rr]ight)\s+)?(?:[Aa]fter|[Ff]ollowing|[Uu]pon|[Hh]aving|(?:[Aa]rriv|[Ll]and|[Ss]peak|[Ww]rapp|[Ff]inish|[Ss]tart|[Bb]egin|[Oo]pen|[Aa]ddress|[Vv]isit|[Tt]ravell?|[Ff]ly|[Cc]onclud|[Ee]nd)ing)\b[^,;:"()]{0,100}$/,
};

/** FRONTED_STEP_DAY: whether the day at start..end stands in a fronted "after" or participle clause closed by a comma before the contact at `at`. */
function frontedStepDay(scan: string, start: number, end: number, at: number, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, start - 110);
  return FRONTED_STEP_DAY.pattern.test((from > sentenceStart ? '-' : '') + scan.slice(from, start)) && /^[^,;]{0,60},/.test(scan.slice(end, Math.min(at, end + 61)));
}

export const SAID_DAY = {
  id: 'date.said-day',
  example: 'A car bomb killed nine soldiers near Karsk, the army said Wednesday.\nThe blast occurred on Tuesday at a checkpoint.',
  reason: 'A day after a trailing verb of saying dates the report, not the event: when the next sentence tells the event again with its own day (date.restated), that day is the event\'s; otherwise the report\'s day stands.',
  pattern: /,\s+(?:[^,;:"]{0,60}\s)?(?:said|says|announced|reported|confirmed|told [a-z]+|added|stated)(?:\s+(?:late|early))?(?:\s+on)?\s*$/,
};

export const RESTATED_DAY = {
  id: 'date.restated',
  example: 'A car bomb killed nine soldiers near Karsk, the army said Wednesday.\nThe blast occurred on Tuesday at a checkpoint.',
  reason: 'A sentence right after the event that opens by telling it again ("The blast occurred …", "The talks took place …") gives the event\'s own day, which a day of the report ("the army said Wednesday") or of an earlier sentence does not.',
  pattern: /^\s*(?:The|That|This|Their) (?:[\w-]+ ){0,3}(?:occurred|took place|happened|struck|was held|were held|exploded|went off|was carried out)\b/,
};

/** RESTATED_DAY told in a relative clause of the event's noun: "Her aide said that in the video call, which took place on Tuesday, she …". */
const RESTATED_IN_CLAUSE = /\b(?:the|their|this|that) (?:[\w-]+ ){0,2}(?:meeting|talks|call|chat|conversation|summit|visit|attack|blast|strike|bombing)s?, (?:which|that) (?:took place|was held|were held|happened|occurred)\b/;

/**
 * The sentences after `s` that may tell its event again: up to `reach` of them, within `paragraphs` paragraphs
 * after its own; for the first whose text `pattern` matches (a retelling: "The blast occurred …"), `read` gives
 * the day, read from the end of the match; the first day found is the event's. One procedure for contacts
 * (date.restated) and incidents (incident.retelling, through retoldDate).
 */
function retold<T>(article: Article, s: Sentence, reach: number, paragraphs: number, match: (t: Sentence, text: string) => RegExpExecArray | null, read: (t: Sentence, end: number) => T | null): T | null {
  for (let i = s.index + 1; i <= s.index + reach && i < article.sentences.length; i++) {
    const t = article.sentences[i];
    if (t.paragraph - s.paragraph > paragraphs) break;
    const m = match(t, article.scan.slice(t.start, t.end));
    if (!m) continue;
    const day = read(t, t.start + m.index + m[0].length);
    if (day) return day;
  }
  return null;
}

/** RESTATED_DAY: the day the sentence after `s` (same or next paragraph) gives when it tells the event again. */
function restatedDay(article: Article, s: Sentence): DateMention | null {
  return retold(article, s, 1, 1, (t, text) => t.isTitle ? null : RESTATED_DAY.pattern.exec(text.slice(0, 120)) ?? RESTATED_IN_CLAUSE.exec(text.slice(0, 120)), (t, end) => {
    const own = ownDays(article, t, end, null);
    return own.nearest?.date ? own.nearest : null;
  });
}

/**
 * The day a later sentence gives when it tells the event of `s` again, read as the event's own day from inside
 * the retelling (so a day in the same quoted words counts: "This happened on Tuesday," a witness said).
 * `clause` may cut the retelling sentence to its own clause (an incident's trailing attribution).
 */
export function retoldDate(article: Article, s: Sentence, opts: { pattern: RegExp; reach: number; paragraphs: number; clause?: (t: Sentence, end: number) => Sentence }): string | null {
  return retold(article, s, opts.reach, opts.paragraphs, (_t, text) => opts.pattern.exec(text), (t, end) => dateForSentence(article, opts.clause ? opts.clause(t, end) : t, end - 1, false, true).date);
}

/**
 * `fromLead`: a contact with no day of its own or of its paragraph takes the lead's day (leadDate).
 * `borrowed` in the result: the day is the story's, not the contact's own; a later report of the same
 * contact that names its own day overrides it (merge-calls), as it does a dateline's day.
 */
export function dateForSentence(article: Article, s: Sentence, at: number, fallbackToStory = false, ownSentenceOnly = false, fromLead = false): { date: string | null; dateText: string | null; borrowed?: boolean } {
  const { dates } = article;
  const text = (d: { start: number; end: number }) => article.body.slice(d.start, d.end);
  const eventQuote = quoteAt(article.quotes, at);
  const { nearest, said } = ownDays(article, s, at, eventQuote);
  if (nearest?.date) return { date: shifted(article.scan, nearest, s.start, at), dateText: text(nearest) };
  // A phrase that names no day ("this week") yields to the day the next sentence gives the event it tells again.
  if (said || !ownSentenceOnly || (nearest && nearest.rule === DAYLESS_DATE.id)) {
    const again = eventQuote ? null : restatedDay(article, s);
    if (again) return { date: again.date, dateText: text(again) };
  }
  if (nearest) return { date: shifted(article.scan, nearest, s.start, at), dateText: text(nearest) };
  if (said) return { date: shifted(article.scan, said, s.start, at), dateText: text(said) };
  if (ownSentenceOnly) return { date: null, dateText: null };
  // CONTINUING_PARAGRAPH: "Upon conclusion of these talks, …" goes on from the events of the paragraphs before it.
  const reach = !fallbackToStory && continuesEarlier(article, s) ? s.paragraph - CONTINUING_REACH : s.paragraph;
  for (let i = lastBefore(dates, s.start); i >= 0; i--) {
    const d = dates[i];
    const paragraph = article.sentences[d.sentence]?.paragraph;
    if (!fallbackToStory && paragraph < reach && d.rule !== 'date.dateline') break;
    // WEEKDAY_AHEAD: "She will visit Tallinn on Friday" is the day of a plan, no day of a contact told as done.
    if (d.rule === STAMP_DATE.id || d.rule === WEEKDAY_AHEAD.id) continue;
    // "… the October 31 siege …": a day qualifying another event's noun dates that event only.
    if (d.sentence !== s.index && attributiveDate(article.scan, d.start, d.end)) continue;
    // "Grosz, who arrived Tuesday, …": a relative clause's day is its own event's, not the story's.
    if (d.date && !inRelativeClause(article.scan, d.start, d.end, article.sentences[d.sentence]?.end ?? article.scan.length)) return { date: shifted(article.scan, d, s.start, at), dateText: text(d), borrowed: d.sentence !== s.index && retelling(article.scan, s, at) };
  }
  // The lead's day counts for the paragraphs after it; its own paragraph's earlier sentences were read above.
  // LEAD_BEFORE_DATELINE: the day the lead's prose gives the story comes before a wire dateline's filing day.
  const lead = fromLead ? leadDate(article) : null;
  if (lead && !lead.late && article.sentences[lead.mention.sentence].paragraph < s.paragraph) return { date: shifted(article.scan, lead.mention, s.start, at), dateText: text(lead.mention), borrowed: retelling(article.scan, s, at) };
  const wire = dates.find((d) => d.rule === 'date.dateline');
  if (wire) return { date: shifted(article.scan, wire, s.start, at), dateText: text(wire) };
  // LEAD_DAY_BACK: a contact in the lead before the sentence that names the lead's day takes that day, borrowed.
  if (lead && !s.isTitle && s.paragraph >= lead.first && s.index < lead.mention.sentence) return { date: shifted(article.scan, lead.mention, s.start, at), dateText: text(lead.mention), borrowed: true };
  // PRESENT_REPORT: "X is meeting with Y" (the contact or the verb of its sentence before it), told with no day anywhere before it, happens as the story is published.
  const present = fromLead && article.publishedOn && !s.isTitle && !eventQuote ? PRESENT_REPORT.pattern.exec(article.scan.slice(Math.max(s.start, at - 200), Math.min(s.end, at + 16))) : null;
  if (present) return { date: article.publishedOn, dateText: present[0], borrowed: true };
  // STORY_CONTACT_DAY: "at Monday's talks" elsewhere in the story dates the story's contact.
  const story = fromLead && !eventQuote ? storyContactDay(article) : null;
  if (story) return { date: story.date, dateText: text(story), borrowed: true };
  // PRESENT_LEDE: a story told under a present-tense headline of a contact or in the lede's present progressive
  // is of the publication day; a contact of a later paragraph with no day anywhere before it takes that day, borrowed.
  const lede = fromLead && !eventQuote && !s.isTitle && article.publishedOn ? presentLede(article) : null;
  if (lede && s.paragraph > ledeOf(article)[0]) return { date: article.publishedOn, dateText: lede, borrowed: true };
  return { date: null, dateText: null };
}

export const PRESENT_LEDE = {
  id: 'date.present-lede',
  example: 'Varga welcomes Lindqvist to Vienna\n\nChancellor Varga has welcomed President Lindqvist to Vienna for a two-day visit.\n\nThe two leaders held talks at the chancellery on the gas pipeline.',
  reason: 'GUIDE.md\'s annotator rule: the present tense of a dated report implies its day. A headline that tells a contact in the present ("A meets B", under which the lede\'s present perfect is the report\'s day too: date.present-report) or a lede told in the present progressive ("is visiting", "is taking place") makes the story one of the publication day: a contact of a later paragraph told with no day of its own, of its paragraph or of the lead takes that day, as it would a day the lede named, borrowed (a report of the contact with its own day overrides it). Not a present of a plan or a habit ("is going to visit", "is expected to", "meets every year"), nor a contact in quoted words.',
};

/** A fact of the whole story, read once per article (keyed by its date mentions, which live as long as the article). */
function oncePerStory<T>(cache: WeakMap<DateMention[], T>, article: Article, read: (article: Article) => T): T {
  if (cache.has(article.dates)) return cache.get(article.dates) as T;
  const value = read(article);
  cache.set(article.dates, value);
  return value;
}

/** PRESENT_LEDE: a present progressive in the lede's first sentence ("is visiting", "are holding"), not a plan ("is going to", "is expected to"). */
const LEDE_PRESENT = /\b(?:is|are)\s+(?:(?:now|currently|also)\s+)?(?!(?:going|expected|scheduled|due|set|planning|preparing|nothing|something|anything|everything|during)\b)[a-z]{3,}ing\b/;

const presentLedes = new WeakMap<DateMention[], string | null>();
/** PRESENT_LEDE: the present-tense verb group that makes the story one of the publication day, if any. Computed once per article. */
const presentLede = (article: Article): string | null => oncePerStory(presentLedes, article, readPresentLede);
function readPresentLede(article: Article): string | null {
  let found: string | null = null;
  const [first] = ledeOf(article);
  const lede = article.sentences.find((t) => !t.isTitle && t.paragraph === first);
  if (lede) {
    const text = article.scan.slice(lede.start, lede.end);
    const m = LEDE_PRESENT.exec(text);
    if (m && !quoteAt(article.quotes, lede.start + m.index) && !HABIT_OR_PLAN.test(text)) found = m[0];
  }
  // The lede's present perfect makes the story one of the publication day only under a present-tense headline (date.present-report).
  // A contact noun the verb list also reads as a verb ("… for gas talks") tells no present of its own here.
  const verb = headlineVerb(article);
  if (verb && !/^(?:talks|calls|visits|chats)$/i.test(verb)) found ??= verb;
  return found;
}

export const RETOLD_CONTACT = {
  id: 'date.retold-contact',
  example: 'Chancellor Varga spoke with President Lindqvist by phone on Monday.\n\nOn Tuesday, Varga flew to Oslo. Also during the telephone talks, Varga and Lindqvist agreed to reopen the ferry link.',
  reason: 'A contact told by a definite noun ("during the telephone talks", "at the meeting", "in their conversation") with no day of its own sentence points back to a contact the story has told: the day it inherits from its paragraph or the lead is borrowed, so it joins the earlier report of the same parties and takes that report\'s own day instead of making a second call on another day.',
  pattern: /\b(?:the|their|this|that|these|those|both|his|her)\s+(?:[a-z-]+\s+){0,2}(?:talks|meetings?|(?:phone |telephone )?(?:calls?|conversations?)|discussions?|negotiations|consultations|encounter|session|summit)\s*$/i,
};

/** RETOLD_CONTACT: a definite contact noun in a phrase that opens the sentence ("Also during the telephone talks, …"). */
const FRONTED_RETOLD = /^\s*(?:[Aa]lso\s+)?(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]ver)\s+(?:the|their|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}(?:talks|meetings?|(?:phone |telephone )?(?:calls?|conversations?)|discussions?|negotiations|consultations|encounter|session|summit),\s*[^,;]{0,60}$/;

/** RETOLD_CONTACT: whether the contact at `at` is told by a definite noun (within the few words at and before its trigger). */
function retelling(scan: string, s: Sentence, at: number): boolean {
  // "In the phone conversation, Varga and Lindqvist also discussed …": the noun opens the sentence, a comma before the contact's clause.
  if (at - s.start <= 160 && FRONTED_RETOLD.test(scan.slice(s.start, at))) return true;
  const end = Math.min(s.end, at + 40);
  const m = /^[^,;:]*?\b(?:talks|meetings?|calls?|conversations?|discussions?|negotiations|consultations|encounter|session|summit)\b/i.exec(scan.slice(at, end));
  return !!m && RETOLD_CONTACT.pattern.test(scan.slice(Math.max(s.start, at - 40), at + m[0].length));
}

export const STORY_CONTACT_DAY = {
  id: 'date.story-contact-day',
  example: 'Varga and Lindqvist discussed the pipeline and the ferry link.\n\nAt Monday\'s talks, Varga also raised the grain quota, an aide said.',
  reason: 'A day that qualifies a contact noun ("Monday\'s talks", "Tuesday\'s phone call"; not one ahead: "ahead of Friday\'s summit") names the day of the story\'s contact; a contact the story tells with no day of its own, of its paragraph or of its lead takes it, borrowed (a report of the contact with its own day overrides it). Only when every such day of the story agrees.',
  pattern: /^['’]s\s+(?:[a-z-]+\s+){0,2}(?:talks|meetings?|(?:phone |telephone )?calls?|conversations?|summit|visit|encounter|discussions|negotiations|session)\b/,
};

/** STORY_CONTACT_DAY: before the day, a plan or a span's bound ("ahead of Friday's summit", "until Monday's talks"). */
const AHEAD_BEFORE = /\b(?:ahead of|before|prior to|for|until|awaiting|preparing for)\s+$/i;

const storyDays = new WeakMap<DateMention[], DateMention | null>();
/** STORY_CONTACT_DAY: the one day the story gives its contact noun ("Monday's talks"), if any. Computed once per article. */
const storyContactDay = (article: Article): DateMention | null => oncePerStory(storyDays, article, readStoryContactDay);
function readStoryContactDay(article: Article): DateMention | null {
  let found: DateMention | null = null;
  for (const d of article.dates) {
    if (!d.date || d.anaphoric || d.rule === STAMP_DATE.id || (article.publishedOn && d.date > article.publishedOn)) continue;
    const phrase = article.scan.slice(d.start, d.end);
    const after = /['’]s$/.test(phrase) ? "'s" + article.scan.slice(d.end, d.end + 50) : article.scan.slice(d.end, d.end + 50);
    if (!STORY_CONTACT_DAY.pattern.test(after) || AHEAD_BEFORE.test(article.scan.slice(Math.max(0, d.start - 20), d.start))) continue;
    if (found && found.date !== d.date) { found = null; break; }
    found ??= d;
  }
  return found;
}

export const CONTINUING_PARAGRAPH = {
  id: 'date.continuing-paragraph',
  example: 'On Monday Varga held talks with Lindqvist in Vienna.\n\nThe talks covered gas transit.\n\nAfter these talks, Varga also met Chancellor Holm.',
  reason: 'A paragraph that opens by going on from the events just told ("After these talks", "Upon conclusion of the meetings", "Afterwards", "Later") tells events of their day: a contact in it with no day of its own takes the latest day of the two paragraphs before it, not the lead\'s.',
  pattern: /^\s*(?:(?:Upon|On|At|After|Following) (?:the )?(?:conclusion|end|close) of (?:these|those|this|that|the|their)\b|(?:After|Following) (?:these|those|this|that|the) (?:[a-z-]+ ){0,2}(?:talks|meetings?|bilaterals?|consultations|discussions|sessions?|visit|calls?|conversations?)\b|(?:Afterwards|Later|Subsequently|Thereafter|Later on|Later that day)\s*,)/,
};

/** CONTINUING_PARAGRAPH: how many paragraphs back the day of the events gone on from may stand. */
const CONTINUING_REACH = 2;

/** CONTINUING_PARAGRAPH: whether the paragraph of `s`, up to `s`, opens by going on from the events told before it. */
function continuesEarlier(article: Article, s: Sentence): boolean {
  if (s.isTitle) return false;
  // The paragraph's first sentence, by binary search (paragraph numbers never fall along the sentences).
  let lo = 0, hi = s.index;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (article.sentences[mid].paragraph < s.paragraph) lo = mid + 1; else hi = mid; }
  const first = article.sentences[lo];
  return CONTINUING_PARAGRAPH.pattern.test(article.scan.slice(first.start, Math.min(first.end, first.start + 120)));
}

export const PRESENT_REPORT = {
  id: 'date.present-report',
  example: 'Chancellor Varga meets President Lindqvist in Vienna\n\nChancellor Varga has welcomed President Lindqvist to Vienna for talks on the gas pipeline. Varga is meeting with Lindqvist again, their first talks since the election.',
  reason: 'GUIDE.md: a contact whose day the text gives or implies. The present tense of a dated report implies its day: a contact told in the present progressive ("is meeting with", or a noun after that verb), a headline\'s present-tense verb of the contact ("A meets B", "A, B hold phone talks"), or the lede\'s present perfect ("A has welcomed B to …") under such a headline, with no day of its own, of its paragraph or of the lead, takes the publication day, borrowed (a later report of the same contact with its own day overrides it). Not a planned or habitual contact ("to meet", "will meet", "meets every year"), nor a headline contact whose parties the body places in a period ("met last week").',
  pattern: /\b(?:is|are) (?:now |currently )?(?:meeting|hosting|receiving|holding (?:talks|a meeting|a call)|speaking|talking)\b/,
};

/** PRESENT_REPORT: a headline's verb of contact in the present tense ("meets", "A, B hold talks", "pays courtesy call on"); the base form only of verbs that are no contact noun ("call", "talk", "visit" are). In any case: a headline in title case says "Meets", "Hold Talks". */
const HEADLINE_PRESENT = /\b(?:meets?|hosts?|receives?|welcomes?|holds?|has|have|speaks?|discuss(?:es)?|confers?|greets?|sits? down|shakes? hands|talks|phones|dials|calls(?! (?:off|for)\b)|pays|chats|visits)\b/gi;
/** HEADLINE_PRESENT: a past light verb before a contact noun ("held talks", "had a phone call", "paid visits"). */
const PAST_LIGHT_VERB = /\b(?:held|had|made|paid|conducted|exchanged)\s+(?:[\w'’-]+\s+){0,2}$/i;
/** Before the verb: a modal, "to", a negation or a plan ("set to meet", "will host", "does not meet"): no contact told as done. */
const NOT_DONE_BEFORE = /(?:\b(?:to|will|would|may|might|could|should|can|must|shall|not|never|cannot|if|when|who|set|due|plans?|expected|likely)|n['’]t|['’](?:d|ll))\s+$/i;
/** After the verb: a habit or a plan ("meets every year", "speaks several times a day", "meets tomorrow"). */
const HABIT_OR_PLAN = /\b(?:every|each|annually|regularly|often|usually|weekly|monthly|daily|times a|tomorrow|next (?:week|month|year)|later this (?:week|month|year))\b/i;
/** Between the verb and the contact's trigger: at most a few words of the verb group, no clause break. */
const VERB_TO_TRIGGER = /^[^,;:|"()]{0,60}$/;
/** A subordinator or preposition opening another clause between the verb and the trigger ("gushes about X after his call"). */
const OTHER_CLAUSE_BETWEEN = /\b(?:after|before|amid|as|ahead|following|over|despite|since|about|while|when|during)\b/i;
/** The lede's present perfect of a contact ("has welcomed", "has held talks", "have met"). */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:also|just|now|already|finally|today|[a-z]+ly)\s+)?(?:met|held|hosted|received|welcomed|spoken|talked|had|sat down|paid|discussed|called|phoned|visited|conferred|greeted|shaken hands)\b/g;

/** PRESENT_REPORT: the present-tense verb group governing the contact whose trigger is at `at` in the headline `s`, if any. */
function headlinePresent(scan: string, s: Sentence, at: number): string | null {
  const text = scan.slice(s.start, Math.min(s.end, at + 40));
  const trigger = at - s.start;
  // The verb nearest before (or at) the trigger heads its clause; it decides.
  let verb: RegExpMatchArray | null = null;
  for (const m of text.matchAll(HEADLINE_PRESENT)) {
    if (m.index! > trigger + 2) break;
    verb = m;
  }
  if (!verb) return null;
  // "A, B held talks": a contact noun the verb list also reads as a verb ("A talks with B") after a past light verb is that past verb's object.
  if (/^(?:talks|calls|visits|chats)$/i.test(verb[0]) && PAST_LIGHT_VERB.test(text.slice(Math.max(0, verb.index! - 40), verb.index))) return null;
  const end = verb.index! + verb[0].length;
  if (end <= trigger && (!VERB_TO_TRIGGER.test(text.slice(end, trigger)) || OTHER_CLAUSE_BETWEEN.test(text.slice(end, trigger)))) return null;
  if (NOT_DONE_BEFORE.test(text.slice(Math.max(0, verb.index! - 20), verb.index))) return null;
  return HABIT_OR_PLAN.test(scan.slice(s.start, s.end)) ? null : verb[0];
}

/** Whether the headline tells a contact in the present tense (any of its verbs of contact). Computed once per article. */
const presentHeadlines = new WeakMap<DateMention[], string | null>();
const headlineVerb = (article: Article): string | null => oncePerStory(presentHeadlines, article, readHeadlineVerb);
function readHeadlineVerb(article: Article): string | null {
  let found: string | null = null;
  for (const t of article.sentences) {
    if (!t.isTitle) continue;
    for (const m of article.scan.slice(t.start, t.end).matchAll(HEADLINE_PRESENT)) if ((found = headlinePresent(article.scan, t, t.start + m.index))) break;
    if (found) break;
  }
  return found;
}
const headlineInPresent = (article: Article): boolean => !!headlineVerb(article);

/** The lede's first and last paragraphs (after boilerplate; two one-sentence paragraphs of web copy). Computed once per article. */
const ledes = new WeakMap<DateMention[], [number, number]>();
const ledeOf = (article: Article): [number, number] => oncePerStory(ledes, article, readLedeOf);
function readLedeOf(article: Article): [number, number] {
  const first = boilerplateSkipped(article, article.sentences.find((t) => !t.isTitle)?.paragraph ?? 0);
  const lede: [number, number] = [first, leadEnd(article, first)];
  return lede;
}

/**
 * PRESENT_REPORT for a contact the merge dates (merge-calls.ts): the headline's present tense, a clause saying the
 * contact is going on (UNDER_WAY), or the lede's present perfect under a present-tense headline, when the contact's sentence gives no day. The day applies to
 * the merged call only when no report of it gives a day or a period ("met last week"), and a partial headline
 * report still folds into the body's fuller one first.
 */
export function presentReportDay(article: Article, s: Sentence, at: number): { date: string; dateText: string } | null {
  const { scan, publishedOn } = article;
  if (!publishedOn || quoteAt(article.quotes, at)) return null;
  if (s.isTitle) { const verb = headlinePresent(scan, s, at); return verb ? { date: publishedOn, dateText: verb } : null; }
  // UNDER_WAY: "The meeting between A and B is taking place in Sochi", "A has begun talks with B".
  const clause = scan.slice(Math.max(s.start, at - 80), Math.min(s.end, at + 160));
  const going = UNDER_WAY.pattern.exec(scan.slice(at, Math.min(s.end, at + 160))) ?? UNDER_WAY_BEFORE.exec(scan.slice(Math.max(s.start, at - 60), at));
  if (going && !HABIT_OR_PLAN.test(clause) && !NOT_DONE_BEFORE.test(scan.slice(Math.max(s.start, at - 30), at))) return { date: publishedOn, dateText: going[1] };
  if (!headlineInPresent(article)) return null;
  // The lede's present perfect under the headline: the verb group of the contact's own clause, at or before its trigger.
  const [first, last] = ledeOf(article);
  if (s.paragraph < first || s.paragraph > last) return null;
  const from = Math.max(s.start, at - 80);
  let perfect: string | null = null;
  for (const m of scan.slice(from, Math.min(s.end, at + 30)).matchAll(PRESENT_PERFECT)) {
    if (from + m.index > at + 2) break;
    if (from + m.index + m[0].length > at || VERB_TO_TRIGGER.test(scan.slice(from + m.index + m[0].length, at))) perfect = m[0];
  }
  return perfect && !HABIT_OR_PLAN.test(scan.slice(s.start, s.end)) ? { date: publishedOn, dateText: perfect } : null;
}

export const UNDER_WAY = {
  id: 'date.under-way',
  example: 'The meeting between Chancellor Varga and President Lindqvist is taking place in Vienna, her office said.',
  reason: 'A contact whose own clause says it is going on or has just begun ("is taking place", "is being held", "is under way", "has begun", "have started talks with") is of the report\'s day (GUIDE.md: the day the text implies; the annotators\' present-tense convention), as a present progressive "is meeting" is (date.present-report). Applied after the merge, to a call no report dates; not a habit ("is held every year") nor a plan, nor another clause after the contact (", where a fair is taking place").',
  pattern: /^(?:(?!,\s*(?:where|which|who|whose|when|while|as|after|before|since|and|but)\b)[^;:.!?"]){0,140}?\b((?:is|are) (?:now |currently )?(?:taking place|being held|under ?way|in progress)|(?:has|have) (?:just |now )?(?:begun|started|opened|got under ?way))\b/,
};
/** UNDER_WAY before the contact's noun: "A has begun talks with B", "have just started a meeting". */
const UNDER_WAY_BEFORE = /\b((?:has|have) (?:just |now )?(?:begun|started|opened))\s+(?:[a-z-]+\s+){0,3}$/;

/** A clock time right after a date phrase. */
const TIMESTAMP_AFTER = /^,?\s*(?:at\s+)?\d{1,2}:\d{2}\b/;

/** The story's day from its lead; `late`: named only in the paragraph after the lead (LEAD_DAY_NEXT), so it dates the lead's contacts only. */
type LeadDay = { mention: DateMention; first: number; late?: boolean };
const leads = new WeakMap<DateMention[], LeadDay | null>();

export const LEAD_DAY_BACK = {
  id: 'date.lead-day-back',
  example: 'Prime Minister Lindqvist held calls with the leaders of both neighbours.\n"We agreed to talk again," she wrote on X tonight.',
  reason: 'A web lead of two one-sentence paragraphs tells one story: a contact in its first sentence with no day of its own takes the day the second names; the day is borrowed, so a later report of the same contact with its own day overrides it.',
};

export const LEAD_DAY_NEXT = {
  id: 'date.lead-day-next',
  example: 'Chancellor Varga hosted President Lindqvist in Vienna for the first time.\nThe visit followed a dispute over gas transit.\n"We have turned a page," Varga told reporters at the chancellery on Sunday.',
  reason: 'A lead that names no day tells the story of the day on which, in the next paragraph\'s narration, its people spoke of it ("said at a news conference Sunday", "posted on X Wednesday"; outside quotation marks, within a week before publication); a contact in the lead takes that day, borrowed, so a later report of the same contact with its own day overrides it. Later paragraphs do not take it, nor does a day of another action ("summoned the leaders today").',
};

/** LEAD_DAY_NEXT: the day dates a verb of saying ("said at a news conference Sunday", "posted on X Wednesday"): the day the story's people spoke of it. */
const SPOKEN_BEFORE = /\b(?:said|says|told|posted|wrote|tweeted|announced|declared)\b[^.;:"]{0,60}$/;

/** LEAD_DAY_NEXT: how many days before the story's publication the day after the lead may be. */
const LEAD_NEXT_MAX_DAYS = 7;

/** A line of prose: eight words or more. */
const PROSE = /^\s*(?:\S+\s+){7}\S/;

export const LEAD_AFTER_BOILERPLATE = {
  id: 'date.lead-after-boilerplate',
  example: 'Skip to content\n\nPhoto: Reuters\n\nThe summit opened today in Oslo …',
  reason: 'Short lines with no date before the story (navigation, a photo credit, a repeated headline) are no lead; the lead is the first paragraph that holds a date or a sentence of prose.',
};

/** LEAD_AFTER_BOILERPLATE: the first paragraph from `first` on (within a few) that holds a date or a sentence of prose. */
function boilerplateSkipped(article: Article, first: number): number {
  const { sentences, dates, scan } = article;
  let i = sentences.findIndex((s) => s.paragraph === first);
  if (i < 0) return first;
  for (let k = 0; k < 8 && i < sentences.length; k++) {
    const paragraph = sentences[i].paragraph;
    let j = i;
    let prose = false;
    for (; j < sentences.length && sentences[j].paragraph === paragraph; j++) prose ||= PROSE.test(scan.slice(sentences[j].start, sentences[j].end));
    const d = dates[lastStartingBy(dates, sentences[j - 1].end - 1)];
    if (prose || (d && d.start >= sentences[i].start && d.rule !== 'date.stamp')) return paragraph;
    i = j;
  }
  return first;
}

/**
 * The last paragraph of a lead that opens at paragraph `first`: the paragraph itself, or the next one
 * when it holds a single sentence (web copy puts one sentence per paragraph; its lead is two of them).
 */
function leadEnd(article: Article, first: number): number {
  const i = article.sentences.findIndex((s) => s.paragraph === first);
  return i >= 0 && article.sentences[i + 1]?.paragraph === first + 1 ? first + 1 : first;
}

/**
 * The story's day from its lead: the first day its first paragraph (or first two sentences) names
 * ("Anwar Ibrahim today met several leaders at a regional forum in Jakarta"), outside a relative
 * clause and not after the publication date. Later paragraphs that report the story's contacts without a day of their own
 * report that day's events. Computed once per article.
 */
const leadDate = (article: Article): LeadDay | null => oncePerStory(leads, article, readLeadDate);
function readLeadDate(article: Article): LeadDay | null {
  let first = boilerplateSkipped(article, article.sentences.find((s) => !s.isTitle)?.paragraph ?? 0);
  let end = leadEnd(article, first);
  let found: LeadDay | null = null;
  for (const d of article.dates) {
    const s = article.sentences[d.sentence];
    if (!s || s.isTitle) continue;
    if (s.paragraph > end + 1) break;
    // LEAD_DAY_NEXT: the paragraph after a lead that names no day.
    if (s.paragraph > end) {
      if (d.date && !d.anaphoric && d.rule !== STAMP_DATE.id && article.publishedOn && d.date <= article.publishedOn
        && differenceInCalendarDays(parseISO(article.publishedOn), parseISO(d.date)) <= LEAD_NEXT_MAX_DAYS
        && SPOKEN_BEFORE.test(article.scan.slice(Math.max(s.start, d.start - 70), d.start))
        && !quoteAt(article.quotes, d.start) && !inRelativeClause(article.scan, d.start, d.end, s.end) && !attributiveDate(article.scan, d.start, d.end)) { found = { mention: d, first, late: true }; break; }
      continue;
    }
    // "Tuesday, 12 March 2024, 10:15": a byline's time stamp says when the text was filed; the lead is the paragraph after it.
    if (TIMESTAMP_AFTER.test(article.scan.slice(d.end, d.end + 12))) { first = s.paragraph + 1; end = leadEnd(article, first); continue; }
    if (d.rule === STAMP_DATE.id || d.rule === WEEKDAY_AHEAD.id || d.rule === 'date.dateline') continue;
    // "After Sunday's election, …": a day qualifying another event's noun is no day of the story (ATTRIBUTIVE_DATE).
    // "Ahead of Friday's summit, …": a day a plan or a span's bound opens names a later event (STORY_CONTACT_DAY's AHEAD_BEFORE).
    if (d.date && !d.anaphoric && (!article.publishedOn || d.date <= article.publishedOn) && !inRelativeClause(article.scan, d.start, d.end, s.end) && !attributiveDate(article.scan, d.start, d.end)
      && !AHEAD_BEFORE.test(article.scan.slice(Math.max(0, d.start - 20), d.start))) { found = { mention: d, first }; break; }
  }
  return found;
}
