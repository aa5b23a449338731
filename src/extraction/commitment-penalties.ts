/**
 * Penalties of news prose with their object: "The US sanctioned three Iranian officials", "sanctioned
 * two officials who serve Ruritania", "Trump threatened Canada with tariffs". Read by
 * find-news-commitments.ts.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { PartyIndex } from './clause-parties.js';
import { clauseDraft, type NewsCommitments } from './commitment-draft.js';
import { spansBetween } from './span-index.js';
import { BANNED_HOLDER, BANNED_PARTY, MEASURE_BLOCKER, PENALTY_WITH, SANCTIONED, SANCTIONED_PEOPLE, WITH_PENALTY } from './news-commitment-rules.js';
import { matchesIn } from './matches-in.js';

/** "The US sanctioned three Iranian officials", "Trump threatened Canada with tariffs": target the object, by the subject. */
export function penalties(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  const { scan } = article;
  const text = scan.slice(s.start, s.end);
  const emit = (at: number, objectAt: number, until: number, rule: string) => {
    const targets = parties.listAfter(objectAt, s.end).filter((t) => t.end <= until);
    // A clause opened by a subordinator with no comma ("The move comes after the EU sanctioned Iran"): the verb's agent.
    const by = parties.subjectBefore(s, at) ?? parties.agentBefore(s, at);
    if (!targets.length || !by || MEASURE_BLOCKER.test(scan.slice(Math.max(s.start, at - 80), at))) return;
    for (const t of targets) if (t.code !== by.code) out.drafts.push(clauseDraft(article, s, at, t.end, rule, by, 'sanctions', t));
    out.claimed.push({ start: at, end: targets[targets.length - 1].end });
  };
  for (const m of matchesIn(SANCTIONED.pattern, text)) {
    const at = s.start + m.index;
    if (!/^ by\b/.test(scan.slice(at + m[0].length, at + m[0].length + 4))) emit(at, at + m[0].length, s.end, SANCTIONED.id);
  }
  for (const m of matchesIn(SANCTIONED_PEOPLE.pattern, text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    // The country they serve, in the relative clause after them: the first party of another country within reach.
    const by = parties.subjectBefore(s, at);
    const cut = /[;:"]| - | — /.exec(scan.slice(end, Math.min(s.end, end + 100)));
    const served = by && spansBetween(parties.all, end, end + (cut ? cut.index : Math.min(s.end - end, 100))).find((p) => p.code !== by.code && !p.body);
    if (by && served && !MEASURE_BLOCKER.test(scan.slice(Math.max(s.start, at - 80), at))) {
      out.drafts.push(clauseDraft(article, s, at, served.end, SANCTIONED_PEOPLE.id, by, 'sanctions', served));
      out.claimed.push({ start: at, end: served.end });
    }
  }
  for (const m of matchesIn(BANNED_PARTY.pattern, text)) {
    const at = s.start + m.index;
    const object = parties.listAfter(at + m[0].length, s.end)[0];
    // The verb's own agent bans ("Norland on Monday banned Ostmarkian airline Skyra from …"), never a party further back.
    const by = parties.agentBefore(s, at);
    if (!object || !by || object.body || !/^ (?:the |all |two |three |several )?$/.test(scan.slice(at + m[0].length, object.start))) continue;
    if (object.demonym && !BANNED_HOLDER.test(scan.slice(object.end, object.end + 60))) continue;
    emit(at, at + m[0].length, object.end, BANNED_PARTY.id);
  }
  for (const m of matchesIn(PENALTY_WITH.pattern, text)) {
    const at = s.start + m.index;
    const objects = parties.listAfter(at + m[0].length, s.end);
    const last = objects[objects.length - 1];
    if (last && WITH_PENALTY.test(scan.slice(last.end, last.end + 60))) emit(at, at + m[0].length, last.end, PENALTY_WITH.id);
  }
}
