/**
 * One contact reported several times in one article is one call (GUIDE.md): drafts with the same
 * parties fold together unless they carry two different days, each given in its own sentence. A
 * draft of an earlier contact ("their first summit", "a previous meeting") folds only with other
 * earlier ones, so it never takes the day of the story's own contact.
 */
import type { CallDraft } from './extraction-types.js';

export interface ContactDraft extends CallDraft {
  sentence: number;
  /** The noun names an earlier contact than the story's ("their first summit"). */
  prior: boolean;
  /** The parties come from a plural or a bare noun ("their meeting"), which may name only some of them. */
  partial: boolean;
  /** The day is the wire dateline's (the filing day), not one the contact's own sentence gives. */
  borrowed?: boolean;
  /** Told only as the topic of another contact of its sentence ("to learn the outcome of X's call with Y"). */
  embedded?: boolean;
  /** PRESENT_REPORT (date-for-sentence.ts): the report's day a present-tense report implies, for a call no report dates. */
  present?: { date: string; dateText: string };
  /** A report of the call puts it in a period ("met last week"): no present-tense day. */
  period?: boolean;
}

/** A report that places the contact in a period without a day ("met last week"): no present-tense day for its call. */
const inPeriod = (d: ContactDraft): boolean => !d.date && !!d.dateText;

/** A phone call and a meeting are two contacts; a report of unknown medium may be either. */
const sameMedium = (a: CallDraft, b: CallDraft) => a.medium === b.medium || a.medium === 'unspecified' || b.medium === 'unspecified';

/**
 * A report whose own phrase puts it in an earlier period ("met Macron in Paris last week") is another
 * contact than one the story dates to a day ("met Macron in Biarritz on Sunday"): the two stay apart.
 */
export const EARLIER_PERIOD = {
  id: 'merge.earlier-period',
  example: 'Marin met Kristersson in Turku on Friday. Marin had met Kristersson in Stockholm last week.',
  reason: 'A contact dated only to an earlier week, month or year is not the contact dated to a day of the story.',
  pattern: /\b(?:last|previous|past) (?:week|month|year)\b|\b(?:weeks|months|years) ago\b/i,
};
const earlier = (d: CallDraft) => !d.date && !!d.dateText && EARLIER_PERIOD.pattern.test(d.dateText);

/**
 * A report dated only to a month or a year ("had met Berg in Rome in January", "their talks in 2019") that
 * is not the month or year of the day another report gives is another contact.
 */
export const OTHER_MONTH = {
  id: 'merge.other-month',
  example: 'Dahl met Berg in Oslo on Tuesday (a March story). Dahl had also met Berg in Rome in January.',
  reason: 'A month or a year named without a day places the contact in that period; a contact dated to a day outside it is another contact, so the two stay apart and the undated one keeps no day.',
  month: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/,
  year: /\b(19\d\d|20\d\d)\b/,
  /** "last November": the month is the contact's own, before the story's. */
  lastMonth: /\blast (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  /** A past perfect ("had also met", "had held talks") tells a contact before the story's. */
  pastPerfect: /\bhad (?:(?:also|already|earlier|previously|first|last|just) )?(?:met|held|visited|hosted|received|spoken|talked|called|phoned)\b/i,
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The text of sentence `index`. */
type SentenceText = (index: number) => string;
/** OTHER_MONTH: the undated report's month or year excludes the dated report's day (`date` is YYYY-MM-DD). */
function otherPeriod(undated: CallDraft, date: string, sentenceText: SentenceText | undefined): boolean {
  if (undated.date || !undated.dateText || !sentenceText) return false;
  // The month must be the contact's own ("in June" may date another clause: "since his election in June, Dahl met …"): a sentence that
  // says "last November", or tells the contact in the past perfect ("had met … in January").
  if (!undated.evidence.some((e) => { const t = sentenceText(e.sentence); return OTHER_MONTH.lastMonth.test(t) || OTHER_MONTH.pastPerfect.test(t); })) return false;
  const month = OTHER_MONTH.month.exec(undated.dateText)?.[1];
  const year = OTHER_MONTH.year.exec(undated.dateText)?.[1];
  if (month && MONTHS.indexOf(month) + 1 !== Number(date.slice(5, 7))) return true;
  return !!year && year !== date.slice(0, 4);
}
const apart = (a: CallDraft, b: CallDraft, text?: SentenceText) => (!!a.date && (earlier(b) || otherPeriod(b, a.date, text))) || (!!b.date && (earlier(a) || otherPeriod(a, b.date, text)));

export const SAME_SENTENCE_REPORT = {
  id: 'merge.same-sentence-report',
  example: 'Dahl\'s visit followed earlier talks between Dahl and his counterpart Berg, where the two discussed fishing quotas.',
  reason: 'The same parties reported twice in one sentence ("earlier talks between A and B, where the two …") are one contact, though one report calls it earlier than another: one of the story\'s contacts, which a later report of the same talks with its own day joins. Two days given in the sentence still keep them apart.',
};

/**
 * `diplomatic`: whether a contact of these parties counts (a pair split from a larger call must cross a border too);
 * `sentenceText`: the text of a sentence by its index (OTHER_MONTH reads the tense of a report's sentence).
 */
export function mergeCalls(all: ContactDraft[], diplomatic: (participants: string[]) => boolean = () => true, sentenceText?: SentenceText): CallDraft[] {
  const out: ContactDraft[] = [];
  // A single party is a contact whose other parties were never named: no call.
  const drafts = all.filter((d) => new Set(d.participants).size >= 2);
  const byParties = new Map<string, ContactDraft[]>();
  for (const d of drafts) {
    const key = [...d.participants].sort().join('|');
    const list = byParties.get(key) ?? byParties.set(key, []).get(key)!;
    // A dateline day yields to the day another report of the same parties gives in its
    // own sentence ("Cairo, March 21 (IANS) X and Y discussed … During a phone conversation on Thursday …").
    // SAME_SENTENCE_REPORT: "earlier talks between A and B, where the two discussed …" tells one contact twice in one sentence.
    const same = list.find((c) => (c.prior === d.prior || c.sentence === d.sentence) && !apart(c, d, sentenceText) && (!c.date || !d.date || c.date === d.date || (!c.borrowed !== !d.borrowed && (sameMedium(c, d) || !!c.embedded || !!d.embedded))));
    if (!same) {
      const copy = { ...d, participants: [...d.participants], evidence: [...d.evidence], period: inPeriod(d) };
      list.push(copy);
      out.push(copy);
      continue;
    }
    same.evidence.push(...d.evidence);
    // SAME_SENTENCE_REPORT: a plain report beside "earlier talks" tells the contact as one of the story's; later reports of it join it.
    if (same.prior !== d.prior) same.prior = false;
    if (d.date && (!same.date || (same.borrowed && !d.borrowed))) { same.date = d.date; same.dateText = d.dateText; same.borrowed = d.borrowed; }
    if (same.medium === 'unspecified' && d.medium !== 'unspecified') same.medium = d.medium;
    same.present ??= d.present;
    same.period ||= inPeriod(d);
  }
  // "their meeting" undated, inside a contact that names more parties: the same contact.
  // Only the neighbouring calls are compared, so the cost stays linear in the number of calls.
  const within = (d: ContactDraft, o: ContactDraft) => o !== d && o.participants.length > d.participants.length && !o.prior === !d.prior && d.participants.every((p) => o.participants.includes(p));
  const absorbed = new Set<ContactDraft>();
  out.forEach((d, i) => {
    if (!d.partial || d.date) return;
    const into = out.slice(Math.max(0, i - 20), i + 20).find((o) => within(d, o) && !absorbed.has(o));
    if (into) { into.evidence.push(...d.evidence); absorbed.add(d); into.present ??= d.present; into.period ||= !!d.period; }
  });
  const whole = dropUnionOfSeparate(out.filter((d) => !absorbed.has(d)), diplomatic);
  // PRESENT_REPORT (date-for-sentence.ts): a call no report dates, told in the present tense of the dated report, is of its day.
  for (const d of whole) if (!d.date && d.present && !d.period) { d.date = d.present.date; d.dateText = d.present.dateText; }
  return whole.map(({ sentence: _s, prior: _p, partial: _q, borrowed: _b, embedded: _e, present: _r, period: _t, ...call }) => call);
}

/**
 * "Karsten meets Polish counterpart, Danish minister" (a headline) over a body that reports each meeting
 * on its own: a call of three or more parties whose one party met each of the others in a two-party
 * call of the same day (or undated) is the sum of those meetings, not a meeting of all of them.
 */
export const UNION_OF_SEPARATE = {
  id: 'merge.union-of-separate',
  example: 'Karsten meets Polish counterpart, Danish minister. Karsten held talks with Tusk on Monday. Earlier, Karsten received a call from Rasmussen.',
  reason: 'A headline or summary that lists everyone a leader met names separate meetings when the story reports a two-party contact with each; counting it as one multi-party call adds a false call.',
};
/**
 * "Store met Modi, Murmu and Jaishankar on Wednesday. Modi and Store discussed trade. Jaishankar called on
 * Store at his hotel.": when the story reports two or more of the people met as separate two-party
 * contacts of one party, the list was a summary of separate meetings; the rest of the list met that party
 * separately too.
 */
export const SUMMARY_OF_SEPARATE = {
  id: 'merge.summary-of-separate',
  example: 'Dahl met Berg, Lind and Holm in Oslo on Monday. Berg and Dahl discussed fishing. Holm called on Dahl at his hotel.',
  reason: 'A sentence that lists everyone a visitor met, followed by separate reports of two or more of those meetings, tells separate meetings, not one meeting of all of them (GUIDE.md: meetings reported as separate are separate calls).',
};
function dropUnionOfSeparate(calls: ContactDraft[], diplomatic: (participants: string[]) => boolean): ContactDraft[] {
  const pairs = new Map<string, ContactDraft[]>();
  for (const c of calls) {
    if (new Set(c.participants).size !== 2) continue;
    const key = [...c.participants].sort().join('|');
    (pairs.get(key) ?? pairs.set(key, []).get(key)!).push(c);
  }
  if (!pairs.size) return calls;
  const met = (a: string, b: string, u: ContactDraft) => (pairs.get([a, b].sort().join('|')) ?? []).some((c) => c.prior === u.prior && (!c.date || !u.date || c.date === u.date));
  const out: ContactDraft[] = [];
  for (const u of calls) {
    const parties = [...new Set(u.participants)];
    if (parties.length < 3) { out.push(u); continue; }
    if (parties.some((h) => parties.every((p) => p === h || met(h, p, u)))) continue;
    // SUMMARY_OF_SEPARATE: two or more of the others met the hub on their own; the others did too.
    const hub = parties.find((h) => parties.filter((p) => p !== h && met(h, p, u)).length >= 2);
    if (!hub) { out.push(u); continue; }
    for (const p of parties) if (p !== hub && !met(hub, p, u) && diplomatic([hub, p])) out.push({ ...u, participants: [hub, p], evidence: [...u.evidence] });
  }
  return out;
}
