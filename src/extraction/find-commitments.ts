/**
 * Stage 8 — commitments. First the constructions of news prose read from their clause
 * (find-news-commitments.ts); then, on the words they did not claim, each kind found in a clause
 * with a commitment cue and no blocker, with who commits (an explicit country giver, the person
 * thanked, a first-person speaker, the clause's subject, or the statement's author) and against
 * or for whom. Linear in the text: look-ups go through per-sentence indexes and a bounded window
 * around each match, never over the whole article.
 */
import type { Article, CommitmentDraft, CountryMention, Mention, Quote, Sentence, Span } from './extraction-types.js';
import { ADVERSARY_AFTER, COMMITMENT_BLOCKER, COMMITMENT_CUE, COMMITMENT_RULES, GROUP_SUBJECT, SOUGHT, STRONG_CUE } from './commitment-rules.js';
import { countryReferredIn } from './country-reference.js';
import { dateForSentence } from './date-for-sentence.js';
import type { GazetteerView } from './gazetteer-view.js';
import { partyIndex, type Party, type PartyIndex } from './clause-parties.js';
import { findNewsCommitments } from './find-news-commitments.js';
import { POSSESSOR_OF_SUPPORT, TALKS_ONLY } from './news-commitment-rules.js';
import { groupMakers } from './group-makers.js';
import { coordinatedSubject } from './coordinated-subject.js';
import { matchesIn } from './matches-in.js';
import { mergeCommitments } from './merge-commitments.js';
import { pairAgreements } from './pair-agreements.js';
import { byStart, lastStartingBy, spansBetween } from './span-index.js';

/** How far around a match the generic rules look for parties (a long clause, not the article). */
const REACH = 300;

/** The article's facts indexed once, so each match looks only near itself. */
interface Index {
  article: Article;
  countryOf: Map<string, string | null>;
  /** The first person of each country, for "thanked Germany". */
  personOf: Map<string, string>;
  countries: Map<number, CountryMention[]>;
  mentions: Map<number, Mention[]>;
  quotes: Quote[];
  parties: PartyIndex;
}

interface Ctx { ix: Index; s: Sentence; countries: CountryMention[]; mentions: Mention[]; thanked: RegExpExecArray | null; at: number; end: number }

function groupBySentence<T extends Span & { sentence: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of byStart(items)) {
    const list = out.get(x.sentence);
    if (list) list.push(x);
    else out.set(x.sentence, [x]);
  }
  return out;
}

function indexOf(article: Article): Index {
  const personOf = new Map<string, string>();
  for (const a of article.actors) if (a.country && a.kind !== 'institution' && !personOf.has(a.country)) personOf.set(a.country, a.id);
  return {
    article, personOf,
    countryOf: new Map(article.actors.map((a) => [a.id, a.country])),
    countries: groupBySentence(article.countries),
    mentions: groupBySentence(article.mentions),
    quotes: byStart(article.quotes),
    parties: partyIndex(article),
  };
}

const countryOfActor = (ix: Index, id: string | null) => (id ? ix.countryOf.get(id) ?? null : null);

/** The party thanked: "thanked Germany for …". */
const THANKED = /\b(?:thank(?:ed|s|ing)?|gratitude to|grateful to)\s+(?:the )?/i;

/** What may stand before a clause's subject: a fronted phrase closed by a comma, then titles or "the". */
const SUBJECT_LEAD = /^(?:[^,]{0,60},\s*)?(?:(?:the|The)\s+|[A-Z][\p{L}.'-]*\s+){0,5}$/u;

/** Who commits: [actor id or null, country]. */
function giver({ ix, s, countries, mentions, thanked, at, end }: Ctx): [string | null, string | null, Party[]?] {
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

export function findCommitments(article: Article, gazetteer?: GazetteerView): Article {
  const { scan, sentences } = article;
  const ix = indexOf(article);
  const news = findNewsCommitments(article);
  const claimed = byStart(news.claimed);
  const isClaimed = (at: number) => { const c = claimed[lastStartingBy(claimed, at)]; return !!c && at < c.end; };
  const out: CommitmentDraft[] = [...news.drafts];
  for (const s of sentences) {
    const text = scan.slice(s.start, s.end);
    // The strong cue and the party thanked are read only when a match needs them.
    let strong: boolean | undefined;
    const isStrong = () => (strong ??= STRONG_CUE.test(text));
    const cued = COMMITMENT_CUE.test(text) || isStrong();
    const inSentence = ix.countries.get(s.index) ?? [];
    const sentenceMentions = ix.mentions.get(s.index) ?? [];
    let thanked: RegExpExecArray | null | undefined;
    for (const rule of COMMITMENT_RULES) {
      // Without a cue only the rules whose words are a commitment in themselves can match.
      if (!(cued || rule.selfCued)) continue;
      for (const m of matchesIn(rule.pattern, text)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        if (isClaimed(at)) continue;
        const lead = scan.slice(Math.max(s.start, at - 90), at);
        if ((!rule.selfCued && !isStrong() && COMMITMENT_BLOCKER.test(lead)) || SOUGHT.test(lead)) continue;
        const countries = spansBetween(inSentence, at - REACH, end + REACH);
        const mentions = spansBetween(sentenceMentions, at - REACH, end + REACH);
        if (thanked === undefined) thanked = THANKED.exec(text);
        const [by, byCountry, subjects] = giver({ ix, s, countries, mentions, thanked, at, end });
        if (!byCountry) continue;
        let other: string | null = null;
        if (rule.kind === 'agreement') {
          // "We agreed" in the quote of someone who is not an author of the statement: the parties are not known.
          const quoted = ix.quotes[lastStartingBy(ix.quotes, at)];
          // Agreeing only to talk ("agreed on the importance of a meeting") commits to nothing yet.
          if ((quoted && at < quoted.end && !(quoted.speaker && article.authors.includes(quoted.speaker))) || TALKS_ONLY.test(scan.slice(end, end + 80))) continue;
          const parties = article.authors.map((id) => countryOfActor(ix, id)).filter((c): c is string => !!c);
          const own = rule.id.endsWith('undertaking') ? countries.find((c) => c.start === at)?.code ?? byCountry : null;
          const makers = own ? [own] : parties.length ? parties : [byCountry];
          for (const maker of makers) {
            const target = [...parties, ...countries.map((c) => c.code)].find((c) => c !== maker) ?? null;
            out.push({ by: article.authors.find((id) => countryOfActor(ix, id) === maker) ?? by, byCountry: maker, kind: rule.kind, target, beneficiary: null, date: dateForSentence(article, s, at).date, evidence: [{ start: at, end, rule: rule.id, sentence: s.index }] });
          }
          continue;
        }
        const after = countries.filter((c) => c.start >= end - 40 && c.code !== byCountry);
        if (rule.role === 'beneficiary') {
          const inside = rule.kind === 'diplomatic_support' ? countries.find((c) => c.start >= at && c.start < end && !POSSESSOR_OF_SUPPORT.test(scan.slice(c.end, end)))?.code ?? countryReferredIn(m[0], at, gazetteer, [...(ix.countries.get(s.index - 1) ?? []), ...inSentence], byCountry) : undefined;
          if (rule.insideOnly && !inside) continue;
          const named = (inside ? { code: inside } : undefined)
            ?? countries.find((c) => c.start >= at && c.code !== byCountry && GIVEN_TO.test(scan.slice(c.start - 12, c.start)))
            ?? countries.filter((c) => c.code !== byCountry && /\b(?:to|for|with)(?: the)? $/.test(scan.slice(c.start - 9, c.start)))
              .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]
            ?? countries.find((c) => c.code !== byCountry && c.start >= end && c.start - end < 60 && PURPOSE_BEFORE.test(scan.slice(end, c.start)));
          const subject = sentenceMentions[0];
          const fallback = countryOfActor(ix, subject?.actor ?? null);
          other = named?.code ?? (fallback !== byCountry ? fallback : null);
        } else {
          const held = /hold ([\s\S]*?) accountable/.exec(m[0]);
          other = (held ? countries.find((c) => c.start >= at && c.end <= end)?.code : undefined)
            ?? after.find((c) => /\b(?:on|against)(?: the)? $/.test(scan.slice(c.start - 12, c.start)))?.code
            ?? countries.find((c) => c.via === 'demonym' && /anti-$/.test(scan.slice(c.start - 5, c.start)))?.code
            ?? countries.find((c) => c.code !== byCountry && ADVERSARY_AFTER.test(scan.slice(c.end, c.end + 30)))?.code
            ?? countries.find((c) => c.code !== byCountry)?.code ?? null;
        }
        for (const maker of subjects && subjects.length > 1 ? subjects : [{ actor: by, code: byCountry }]) {
          if (maker.code === other) continue;
          out.push({
            by: maker.actor, byCountry: maker.code, kind: rule.kind,
            target: rule.role === 'target' ? other : null,
            beneficiary: rule.role === 'beneficiary' ? other : null,
            date: dateForSentence(article, s, at).date,
            evidence: [{ start: at, end, rule: rule.id, sentence: s.index }],
          });
        }
      }
    }
  }
  out.push(...pairAgreements(article, (id) => countryOfActor(ix, id)));
  return { ...article, commitments: mergeCommitments(out.filter(hasParties)) };
}

/** Before a country given something directly: "will give Ukraine 5,000 missiles". */
const GIVEN_TO = /\b(?:give|gives|gave|giving|send|sends|sent|sending|offer(?:s|ed)?|grant(?:s|ed)?|provide|provides|provided|supply|supplies|supplied) (?:the )?$/;

/** Between an aid word and the country it helps: "to help calm Argentina's", "to shore up". */
const PURPOSE_BEFORE = /^ (?:to |in order to )?(?:help|support|shore up|prop up|stabili[sz]e|calm|rescue|rebuild|boost)\b[^.;,]*$/i;

/** A commitment whose other party is unclear is optional in the gold (GUIDE.md): left out, as is one to oneself. */
const hasParties = (c: CommitmentDraft) => (c.target ?? c.beneficiary) !== null && c.byCountry !== (c.target ?? c.beneficiary);
