/**
 * Stage "tagged-contacts" (on only with DIPLOGRAPH_TAGGER=1, measured in issue 14): contacts read from
 * the clause structure the part-of-speech tagger gives (tag-body.ts → tagged-clauses.ts), after the
 * pattern rules of find-contacts.ts have run. It decides one thing the patterns often miss: whether a
 * clause states a contact between the people named in its subject and its object or partner phrase.
 * Only for contacts the patterns found nothing of: a sentence where they already found a contact, or
 * parties they already joined in a call, are left to them. A clause counts when its verb is a contact
 * verb (tagged-contact-rules.ts), finite, past or perfect, not negated and with no modal.
 *
 * Linear in the text: one tagging pass, one clause reading per sentence, spans looked up by binary search.
 */
import type { Medium } from '../facts/facts-document.js';
import type { Article, CallDraft, Mention, Span, Stage } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { MEDIUM_CUES } from './contact-medium.js';
import { dateForSentence } from './date-for-sentence.js';
import { isDiplomatic } from './diplomatic-contact.js';
import { firstAtOrAfter } from './contact-parties.js';
import { byStart, lastStartingBy } from './span-index.js';
import { tagBody } from './tag-body.js';
import { taggedClauses, type TaggedClause } from './tagged-clauses.js';
import { PLURAL_SUBJECT, TAGGED_RULES_BY_LEMMA, type TaggedContactRule } from './tagged-contact-rules.js';

/** The flag that turns the stage on (read once, at start: the worker pool's workers inherit it). */
export const TAGGER_ON = process.env.DIPLOGRAPH_TAGGER === '1';

/** The actors mentioned inside a span, in order, each once. */
function actorsIn(mentions: Mention[], span: Span | null): string[] {
  if (!span) return [];
  const out: string[] = [];
  for (let i = firstAtOrAfter(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) {
    if (mentions[i].end <= span.end && !out.includes(mentions[i].actor)) out.push(mentions[i].actor);
  }
  return out;
}

/** The parties a clause states a contact between, by its rule; empty when it states none. */
function partiesOf(clause: TaggedClause, rule: TaggedContactRule, mentions: Mention[], body: string, earliest: number): string[][] {
  const { verb } = clause;
  const happened = verb.finite && !verb.negated && !verb.modal && (verb.tense === 'past' || verb.tense === 'perfect');
  if (!happened) return [];
  const named = actorsIn(mentions, clause.subject);
  const subject = named.length || !clause.subject || !PLURAL_SUBJECT.pattern.test(body.slice(clause.subject.start, clause.subject.end)) ? named : lastTwoBefore(mentions, clause.subject.start, earliest);
  const objectText = clause.object ? body.slice(clause.object.start, clause.object.end).toLowerCase() : '';
  if (rule.objectNouns && !rule.objectNouns.includes(objectText.split(' ').pop() ?? '')) return [];
  // "by" names a party only after a passive ("was received by X"), not "by phone".
  const byPreposition = rule.partner.prepositions.filter((p) => p !== 'by' || verb.passive).flatMap((p) => actorsIn(mentions, clause.partners[p] ?? null));
  if (rule.notAfterObject && clause.object && rule.notAfterObject.test(body.slice(clause.object.end, clause.object.end + 12))) return [];
  const others = rule.partner.object && !rule.objectNouns && !verb.passive ? [...actorsIn(mentions, clause.object), ...byPreposition] : byPreposition;
  if (!subject.length) return [];
  if (!others.length) return rule.mutual && subject.length >= 2 && (!clause.object || !!rule.objectNouns) && !rule.partner.prepositions.some((p) => clause.partners[p]) ? [subject] : [];
  return [[...new Set([...subject, ...others])]];
}

/** How many mentions "the two leaders" looks back over, at most (a bound for hostile input). */
const LOOK_BACK = 40;

/** The last two different actors named (not referred to) between `earliest` and `at`, earlier first; fewer when there are fewer. */
function lastTwoBefore(mentions: Mention[], at: number, earliest: number): string[] {
  const out: string[] = [];
  const stop = Math.max(0, firstAtOrAfter(mentions, at) - LOOK_BACK);
  for (let i = firstAtOrAfter(mentions, at) - 1; i >= stop && mentions[i].start >= earliest && out.length < 2; i--) {
    if (!mentions[i].reference && !out.includes(mentions[i].actor)) out.unshift(mentions[i].actor);
  }
  return out.length === 2 ? out : [];
}

function mediumOf(rule: TaggedContactRule, text: string): Medium {
  if (rule.medium !== 'unspecified') return rule.medium;
  for (const [medium, cue] of MEDIUM_CUES) if (cue.test(text)) return medium;
  return 'unspecified';
}

export const findTaggedContacts: Stage = (article: Article, gazetteer: GazetteerView): Article => {
  const { body, sentences } = article;
  const byId = new Map(article.actors.map((a) => [a.id, a]));
  const mentions = article.mentions.filter((m) => byId.has(m.actor)).sort((a, b) => a.start - b.start);
  const quoted = byStart(article.quotes.map((q) => q.inner));
  const inQuote = (at: number) => { const i = lastStartingBy(quoted, at); return i >= 0 && at < quoted[i].end; };
  const withCall = new Set(article.calls.flatMap((c) => c.evidence.map((e) => e.sentence)));
  // Pairs of parties already in one call: a constant-time test of "the patterns joined them already".
  const pairs = new Set<string>();
  const addPairs = (p: string[]) => { for (const a of p) for (const b of p) if (a !== b) pairs.add(`${a}\u0000${b}`); };
  for (const c of article.calls) addPairs(c.participants);
  const joined = (p: string[]) => p.every((a, i) => i === 0 || pairs.has(`${p[0]}\u0000${a}`));
  const dates = byStart(article.dates);
  /** The resolved date phrase overlapping a span the tagger marks as a date. */
  const dateAt = (span: Span) => { const i = lastStartingBy(dates, span.end - 1); return [dates[i], dates[i - 1]].find((d) => d && d.end > span.start && d.date && !d.anaphoric); };
  const tokens = tagBody(body, sentences);
  const added: CallDraft[] = [];
  const undated = new Map<number, CallDraft[]>();
  for (const c of article.calls) if (!c.date) for (const e of c.evidence) (undated.get(e.sentence) ?? undated.set(e.sentence, []).get(e.sentence)!).push(c);
  const dated = new Map<CallDraft, { date: string; dateText: string }>();
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].start < s.end) t++;
    if (s.isTitle || (withCall.has(s.index) && !undated.has(s.index))) continue;
    const clauses = taggedClauses(tokens.slice(from, t));
    // A contact the patterns found undated: the day phrase the tagger attaches to its verb, when the dates stage resolved it to a day.
    for (const call of undated.get(s.index) ?? []) {
      const e = call.evidence.find((x) => x.sentence === s.index)!;
      const clause = clauses.find((c) => c.verb.start < e.end && c.verb.end > e.start && c.date);
      const own = clause?.date ? dateAt(clause.date) : undefined;
      if (own?.date) dated.set(call, { date: own.date, dateText: body.slice(own.start, own.end) });
    }
    if (withCall.has(s.index)) continue;
    for (const clause of clauses) {
      if (inQuote(clause.verb.start)) continue;
      for (const rule of TAGGED_RULES_BY_LEMMA.get(clause.verb.lemma) ?? []) for (const parties of partiesOf(clause, rule, mentions, body, sentences[Math.max(0, s.index - 3)].start)) {
        if (parties.length < 2 || joined(parties)) continue;
        if (!isDiplomatic(parties, byId, gazetteer)) continue;
        // The date phrase the clause attaches to its verb, else the sentence's day as the patterns read it.
        const own = clause.date ? dateAt(clause.date) : undefined;
        const { date, dateText } = own ? { date: own.date, dateText: body.slice(own.start, own.end) } : dateForSentence(article, s, clause.verb.start, false, false, true);
        addPairs(parties);
        added.push({
          participants: parties, medium: mediumOf(rule, article.scan.slice(Math.max(s.start, clause.verb.start - 200), Math.min(s.end, clause.verb.end + 200))), date, dateText, topics: [],
          evidence: [{ start: clause.verb.start, end: clause.verb.end, rule: rule.id, sentence: s.index }],
        });
      }
    }
  }
  if (!added.length && !dated.size) return article;
  return { ...article, calls: [...article.calls.map((c) => (dated.has(c) ? { ...c, ...dated.get(c) } : c)), ...added] };
};

/** The stages this file adds to the pipeline: none unless DIPLOGRAPH_TAGGER=1. */
export const TAGGER_STAGES: ReadonlyArray<{ name: string; run: Stage }> = TAGGER_ON ? [{ name: 'tagged-contacts', run: findTaggedContacts }] : [];
