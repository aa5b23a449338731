/**
 * The parties a clause names, for commitments read from their clause rather than from the nearest
 * country: a party is a country (name, demonym, capital) or a person or institution mention with
 * the country it serves. Built once per article, sorted by position, searched by binary search.
 *
 * @example
 *   const parties = partyIndex(article);
 *   parties.endingBefore(at)   // the party just before "signed" in "Turkey and Libya signed"
 *   parties.listAfter(at)      // [JP, KR, LK] after "tariffs on" in "tariffs on Japan, South Korea and Sri Lanka"
 */
import type { Article, Sentence, Span } from './extraction-types.js';
import { byStart, lastStartingBy, spansBetween } from './span-index.js';

export interface Party extends Span {
  code: string;
  actor: string | null;
  /** A demonym qualifies a noun ("Brazilian goods"); it stands for the country only before one. */
  demonym: boolean;
  /** An international body (BODIES) that commits for no country: its `code` is its actor id. */
  body?: boolean;
}

/**
 * International bodies that impose sanctions, give aid or sign agreements in their own name ("The
 * European Union imposed new sanctions on Belarus"): a maker whose byCountry is null (GUIDE.md), never
 * a target or beneficiary, and a clause's subject only when it opens the clause.
 */
export const BODIES = new Set(['european-union', 'european-commission', 'european-council', 'nato', 'united-nations', 'united-nations-security-council', 'g7', 'g20', 'african-union', 'international-monetary-fund', 'world-bank', 'asean', 'arab-league', 'osce']);

export interface PartyIndex {
  all: Party[];
  /** The party ending within a few spaces of `at`, scanning back (over a title before a name). */
  endingBefore(at: number, from: number): Party | undefined;
  /** The party starting at `at` (after white space and "the"), and the coordinate list it heads. */
  listAfter(at: number, to: number): Party[];
  /** The subject of the clause holding `at`: its first party before `at`, after the clause opens. */
  subjectBefore(s: Sentence, at: number): Party | undefined;
  /** The agent of the verb at `at`: the party before it with only a verb group between (AGENT_GAP). */
  agentBefore(s: Sentence, at: number): Party | undefined;
  /** The coordinate list a party closes ("Britain and France offered …": [GB, FR] for FR), in order. */
  listEndingWith(p: Party, from: number): Party[];
}

/**
 * Between an agent and its verb: a governing noun ("Japan's government"), an appositive between
 * commas, then auxiliaries, adverbs and catenative verbs ("will", "has agreed to", "said it would").
 * A passive ("Ukraine was promised") is no agent.
 */
const GOVERNING = /^(?:'s?)?(?: [a-z]+){0,2}? (?:government|administration|cabinet|ministry|military|army|treasury|leader|president|prime minister|chancellor|foreign minister|defen[cs]e minister|(?:[\w-]+ ){0,3}(?:bank|fund|agency))\b/i;
const AGENT_GAP = /^(?:,[^,;"]{1,90},)?(?: (?:has|have|had|will|would|shall|also|then|now|already|again|later|earlier|formally|officially|separately|jointly|quickly|immediately|swiftly|soon|recently|further|is|are|set|to|agreed|decided|plans|planned|offered|promised|pledged|vowed|committed|ready|said|says|announced|it|they|on|\w+day|last|this|week|month|year))* $/i;
const PASSIVE_END = /\b(?:is|are|was|were|been|being|be) $/i;

/** All that may stand before a body that is a clause's subject: a dateline or fronted phrase closed by a comma or colon, "the". */
const BODY_LEAD = /^(?:[^,:;]{0,40}[,:]\s*){0,2}(?:the\s+)?$/i;
const LIST_GAP = /^(?:,|,? and|,? as well as) (?:the )?$/;
/** Where a clause opens: a semicolon, a dash, ", but", ", while" (a quote inside the clause does not open one). */
const CLAUSE_OPEN = /;|—|–| - |, (?:but|while|whereas|although|though|as|after|before|when|which|who)\b/g;

export function partyIndex(article: Article): PartyIndex {
  const { scan } = article;
  const countryOf = new Map(article.actors.map((a) => [a.id, a.country]));
  const raw: Party[] = [
    ...article.countries.map((c) => ({ start: c.start, end: c.end, code: c.code, actor: null, demonym: c.via === 'demonym' })),
    ...article.mentions.filter((m) => countryOf.get(m.actor)).map((m) => ({ start: m.start, end: m.end, code: countryOf.get(m.actor)!, actor: m.actor, demonym: false })),
    ...article.mentions.filter((m) => BODIES.has(m.actor) && !m.reference).map((m) => ({ start: m.start, end: m.end, code: m.actor, actor: m.actor, demonym: false, body: true })),
  ];
  // A demonym inside a titled name ("Libyan Prime Minister Fayez al-Sarraj") yields to the name's mention.
  const all = byStart(raw);
  const byEnd = [...all].sort((a, b) => a.end - b.end);
  const endIndex = byEnd.map((p) => ({ start: p.end, end: p.end, p }));

  const endingBefore = (at: number, from: number): Party | undefined => {
    const i = lastStartingBy(endIndex, at);
    for (let k = i; k >= 0 && k > i - 4; k--) {
      const p = endIndex[k].p;
      if (p.start < from) return undefined;
      if (/^\s*$/.test(scan.slice(p.end, at))) return p;
    }
    return undefined;
  };

  const firstAt = (at: number, to: number): Party | undefined => {
    const skip = /^\s*(?:the |all |some |most |new )?(?:(?:more than |another |a further |at least )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) (?:more |other |senior |top )?)?/.exec(scan.slice(at, at + 40))![0].length;
    const found = spansBetween(all, at + skip, at + skip + 1);
    return found.find((p) => !p.actor) ?? found[0] ?? (at + skip < to ? undefined : undefined);
  };

  const listAfter = (at: number, to: number): Party[] => {
    const out: Party[] = [];
    let p = firstAt(at, to);
    while (p && p.end <= to && out.length < 12) {
      out.push(p);
      const next = spansBetween(all, p.end, Math.min(to, p.end + 12)).find((n) => n.start > p!.end && LIST_GAP.test(scan.slice(p!.end, n.start)));
      p = next;
    }
    return out;
  };

  const subjectBefore = (s: Sentence, at: number): Party | undefined => {
    const lead = scan.slice(Math.max(s.start, at - 200), at);
    let open = 0;
    for (const m of lead.matchAll(CLAUSE_OPEN)) open = m.index + m[0].length;
    const from = Math.max(s.start, at - 200) + open;
    return spansBetween(all, from, at).find((p) => p.end <= at && (!p.body || BODY_LEAD.test(scan.slice(from, p.start))) && (!p.demonym || /^ (?:[A-Z][\p{L}-]+ ){0,3}(?:government|president|prime minister|leader|officials?|ministry)\b/iu.test(scan.slice(p.end, p.end + 40))));
  };

  const agentBefore = (s: Sentence, at: number): Party | undefined => {
    const i = lastStartingBy(endIndex, at);
    for (let k = i; k >= 0 && k > i - 6; k--) {
      const p = endIndex[k].p;
      if (p.start < s.start) return undefined;
      const gap = scan.slice(p.end, at);
      if (gap.length > 140) return undefined;
      const governed = GOVERNING.exec(gap);
      if (p.demonym && !governed) continue;
      const rest = governed ? gap.slice(governed[0].length) : gap;
      if (AGENT_GAP.test(rest) && !PASSIVE_END.test(rest)) return p;
    }
    return undefined;
  };

  const listEndingWith = (p: Party, from: number): Party[] => {
    const out = [p];
    for (let cur = p; out.length < 12;) {
      const gap = /(?:,|,? and|,? as well as) (?:the )?$/.exec(scan.slice(Math.max(from, cur.start - 16), cur.start));
      const prev = gap ? endingBefore(cur.start - gap[0].length, from) : undefined;
      if (!prev || prev.demonym) break;
      out.unshift(prev);
      cur = prev;
    }
    return out;
  };

  return { all, endingBefore, listAfter, subjectBefore, agentBefore, listEndingWith };
}
