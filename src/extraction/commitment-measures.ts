/**
 * Measures of news prose imposed on a country ("imposed tariffs on Canadian steel", "US sanctions
 * against Iran"): the targets after the measure, and who imposes it (an agent after "by", the
 * country qualifying it, or the clause's subject). Read by find-news-commitments.ts.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { clauseDraft, type NewsCommitments } from './commitment-draft.js';
import { spansBetween } from './span-index.js';
import { FOR_HOLDERS, MEASURE_BLOCKER, MEASURE_CUE, MEASURE_ON } from './news-commitment-rules.js';
import { matchesIn } from './matches-in.js';

/** Who imposes a measure: an agent after "by", the country qualifying it ("US tariffs"), or the clause's subject. */
function imposer(article: Article, parties: PartyIndex, s: Sentence, at: number, afterTargets: number): Party | undefined {
  const { scan } = article;
  const byAfter = /^ by (?:the )?/.exec(scan.slice(afterTargets, afterTargets + 8));
  if (byAfter) return parties.listAfter(afterTargets + byAfter[0].length, s.end)[0];
  const lead = scan.slice(Math.max(s.start, at - 60), at);
  const by = /\bby (?:his |her |its |their |the )?([^,;]*?)(?:,[^,;]*,)? to \w+ (?:\S+ ){0,4}$/.exec(lead);
  if (by) {
    const from = Math.max(s.start, at - 60) + by.index;
    const agent = spansBetween(parties.all, from, at).find((p) => p.end <= at);
    if (agent) return agent;
  }
  const qualifier = parties.endingBefore(at, s.start);
  if (qualifier && (qualifier.demonym || qualifier.body || /'s?\s*$/.test(scan.slice(qualifier.start, at)) || !qualifier.actor)) return qualifier;
  return parties.subjectBefore(s, at);
}

export function measures(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  const { scan } = article;
  const text = scan.slice(s.start, s.end);
  for (const m of matchesIn(MEASURE_ON.pattern, text)) {
    const at = s.start + m.index;
    const onTarget = /^ (?:on|against|over) (?:(?:up to |about |some |nearly )?[$\d][\d.,]* ?(?:mln |bln |million |billion |bn )?(?:dlrs |dollars )?(?:worth )?of )?(?:imports (?:from|of) |goods from |products from |exports (?:from|of) )?/.exec(scan.slice(at + m[0].length, at + m[0].length + 60));
    const on = onTarget ?? FOR_HOLDERS.exec(scan.slice(at + m[0].length, at + m[0].length + 60));
    if (!on) continue;
    const targetsAt = at + m[0].length + on[0].length;
    const targets = parties.listAfter(targetsAt, s.end);
    if (!targets.length) continue;
    const lead = scan.slice(Math.max(s.start, at - 80), at);
    if (MEASURE_BLOCKER.test(lead) || !MEASURE_CUE.test(lead + m[0])) continue;
    const last = targets[targets.length - 1];
    const tail = /^ (?:goods|products|imports|exports|officials|entities|companies|firms|steel|oil)\b/.exec(scan.slice(last.end, last.end + 12));
    const by = imposer(article, parties, s, at, last.end + (tail ? tail[0].length : 0));
    if (!by) continue;
    // "The European Union and Canada imposed …": each party of a coordinated subject imposes.
    const subjects = by.end <= at ? parties.listAfter(by.start, at).filter((p) => p.end <= at && !p.demonym) : [];
    const makers = subjects[0] === by ? subjects : [by];
    for (const maker of makers) for (const t of targets) if (t.code !== maker.code) out.drafts.push(clauseDraft(article, s, at, targetsAt, MEASURE_ON.id, maker, 'sanctions', t));
    out.claimed.push({ start: at, end: last.end });
  }
}
