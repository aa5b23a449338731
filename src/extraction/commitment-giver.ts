/**
 * Who commits, for the generic commitment rules (find-commitments.ts): an explicit country giver,
 * the party thanked, a group of makers, the clause's subject or coordinated subject, the speaker of
 * the quote, or the statement's author. Looks only within a bounded window around the match.
 */
import type { CountryMention, Mention, Sentence } from './extraction-types.js';
import { GROUP_SUBJECT } from './commitment-rules.js';
import { countryOfActor, REACH, type Index } from './commitment-index.js';
import type { Party } from './clause-parties.js';
import { groupMakers } from './group-makers.js';
import { coordinatedSubject } from './coordinated-subject.js';
import { lastStartingBy } from './span-index.js';

export interface Ctx { ix: Index; s: Sentence; countries: CountryMention[]; mentions: Mention[]; thanked: RegExpExecArray | null; at: number; end: number }

/** The party thanked: "thanked Germany for …". */
export const THANKED = /\b(?:thank(?:ed|s|ing)?|gratitude to|grateful to)\s+(?:the )?/i;


/** What may stand before a clause's subject: a fronted phrase closed by a comma, then titles or "the". */
const SUBJECT_LEAD = /^(?:[^,]{0,60},\s*)?(?:(?:the|The)\s+|[A-Z][\p{L}.'-]*\s+){0,5}$/u;

/** Who commits: [actor id or null, country]. */
export function giver({ ix, s, countries, mentions, thanked, at, end }: Ctx): [string | null, string | null, Party[]?] {
  const { article } = ix;
  const { scan } = article;
  for (const c of countries) {
    const after = scan.slice(c.end, c.end + 40);
    if (/^(?:'s?)? (?:\w+ )?(?:provision|support|assistance|aid|decision|package|sanctions|commitment|response|will|would|has|have|is|are|and our)\b/.test(after) && c.start < end) {
      // "POTUS Biden said that the United States will …": the speaker who serves that country commits for it.
      const speaker = mentions.find((m) => m.end <= c.start && countryOfActor(ix, m.actor) === c.code);
      return [speaker?.actor ?? article.authors.find((id) => countryOfActor(ix, id) === c.code) ?? null, c.code];
    }
    if (scan.slice(c.start - 9, c.start).match(/\bfrom (?:the )?$/) && c.start > at) return [null, c.code];
  }
  if (thanked) {
    const from = s.start + thanked.index + thanked[0].length;
    const side = countries.find((c) => c.start === from);
    if (side) return [ix.personOf.get(side.code) ?? null, side.code];
    const m = mentions.find((x) => x.start >= from - 4 && x.start <= from + 2);
    if (m) return [m.actor, countryOfActor(ix, m.actor)];
  }
  const q = ix.quotes[lastStartingBy(ix.quotes, at)];
  const inQuote = q && at < q.end ? q : undefined;
  const group = inQuote ? null : groupMakers(article, s, at);
  if (group) return [group[0].actor, group[0].code, group];
  const outside = (m: Mention) => { const o = ix.quotes[lastStartingBy(ix.quotes, m.start)]; return !o || m.start >= o.end; };
  // A fronted participle clause ("Speaking after a meeting with Aquino, Shultz delivered …") holds no subject.
  const fronted = inQuote ? null : /^[A-Z][a-z]+ing\b[^,;]{0,200}, /.exec(scan.slice(s.start, at));
  const sm = mentions.filter((m) => m.start < at && m.start >= s.start + (fronted?.[0].length ?? 0) && (inQuote ? m.start >= inQuote.start : outside(m)));
  if (sm.length && !GROUP_SUBJECT.test(scan.slice(Math.max(s.start, sm[0].start - REACH), sm[0].start))) return [sm[0].actor, countryOfActor(ix, sm[0].actor), coordinatedSubject(ix.parties, scan, s, sm[0].start, at)];
  if (inQuote?.speaker) return [inQuote.speaker, countryOfActor(ix, inQuote.speaker)];
  // News prose: the clause's subject ("Germany pledged …", "Washington will send …").
  const subject = inQuote ? undefined : ix.parties.subjectBefore(s, at);
  // A coordinated subject ("Italy and Germany favour …") commits each of its parties.
  if (subject && !subject.body && SUBJECT_LEAD.test(scan.slice(s.start, subject.start))) return [subject.actor, subject.code, ix.parties.listAfter(subject.start, at).filter((p) => !p.body)];
  const author = article.authors[0] ?? article.mentions[0]?.actor ?? null;
  return [author, countryOfActor(ix, author)];
}
