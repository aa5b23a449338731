/**
 * Stage 6 — contacts. Applies the contact rules (contact-rules.ts) sentence by sentence, reads the
 * parties from the mentions around each trigger, drops contacts that did not happen (planned,
 * proposed, refused), that stay inside one country, or that have no leader or minister, and folds
 * repeated reports of one contact into one call.
 */
import type { Medium } from '../facts/facts-document.js';
import type { ActorRecord, Article, CallDraft, Mention, Quote, Sentence } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { CONTACT_RULES, MEDIUM_CUES, NOT_HAPPENED } from './contact-rules.js';
import { dateForSentence } from './date-for-sentence.js';

const FIRST_GAP = /^[\s,]*(?:(?:the|his|her|their|its|a|an|fellow) )?(?:[A-Za-z-]+ ){0,1}$/;
const NEXT_GAP = /^\s*(?:,|, and|,? and|,? as well as|,? along with|,? with|&)?\s*(?:(?:the|his|her|their) )?$/;
const PLURAL_CUE = /\b(?:conversations|calls|separately|several|respectively)\b/i;

/** Mentions that follow each other as a list: "A, B and the C". */
function chainAfter(scan: string, from: number, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.start < at) continue;
    const gap = scan.slice(at, m.start);
    if (!(out.length ? NEXT_GAP : FIRST_GAP).test(gap)) {
      if (out.length && out[out.length - 1].end > m.start) continue;
      break;
    }
    out.push(m);
    at = Math.max(at, m.end);
  }
  return out;
}

function mediumFor(article: Article, s: Sentence, ruleMedium: Medium | null): Medium {
  if (ruleMedium && ruleMedium !== 'unspecified') return ruleMedium;
  const prev = article.sentences[s.index - 1];
  const texts = [article.scan.slice(s.start, s.end)];
  if (prev && prev.paragraph === s.paragraph) texts.push(article.scan.slice(prev.start, prev.end));
  const title = article.sentences.find((x) => x.isTitle);
  if (title) texts.push(article.scan.slice(title.start, title.end));
  for (const text of texts) for (const [medium, cue] of MEDIUM_CUES) if (cue.test(text)) return medium;
  return ruleMedium ?? 'unspecified';
}

/** A party that makes a contact reportable: a leader, a minister, or an institution. */
const isPrincipal = (a: ActorRecord) => a.kind === 'leader' || a.kind === 'institution' || /minister|secretary of state|foreign secretary/i.test(a.title ?? '');

export function findContacts(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences, quotes } = article;
  const byId = new Map(article.actors.map((a) => [a.id, a]));
  const drafts: Array<CallDraft & { sentence: number }> = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of article.mentions) if (byId.has(m.actor)) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const s of sentences) {
    const claimed: Array<[number, number]> = [];
    const sentenceMentions = bySentence.get(s.index) ?? [];
    for (const rule of CONTACT_RULES) {
      rule.pattern.lastIndex = 0;
      const text = scan.slice(s.start, s.end);
      for (const m of text.matchAll(rule.pattern)) {
        const tStart = s.start + m.index;
        const tEnd = tStart + m[0].length;
        if (claimed.some(([a, b]) => a < tEnd && tStart < b)) continue;
        claimed.push([tStart, tEnd]);
        const quote: Quote | undefined = quotes.find((q) => tStart >= q.start && tStart < q.end);
        const pool = sentenceMentions.filter((x) => (quote ? x.start >= quote.start && x.end <= quote.end : !quotes.some((q) => x.start >= q.start && x.start < q.end)));
        const clauseStart = Math.max(s.start, quote?.start ?? s.start, scan.lastIndexOf('; ', tStart) + 1);
        const before = scan.slice(Math.max(clauseStart, tStart - 70), tStart);
        if (NOT_HAPPENED.pattern.test(before)) continue;
        const after = chainAfter(scan, tEnd, pool).map((x) => x.actor);
        if (rule.shape === 'list') {
          const last = drafts[drafts.length - 1];
          if (last && s.paragraph - sentences[last.sentence].paragraph <= 1) {
            last.participants.push(...after.filter((a) => !last.participants.includes(a)));
            last.evidence.push({ start: tStart, end: tEnd, rule: rule.id, sentence: s.index });
          }
          continue;
        }
        let parties: string[] = [];
        if (rule.shape === 'mutual') parties = pool.filter((x) => x.end <= tStart && x.start >= clauseStart).map((x) => x.actor);
        else {
          const subject = [...pool].reverse().find((x) => x.end <= tStart && x.start >= clauseStart)?.actor
            ?? (quote ? quote.speaker : article.authors[0]) ?? null;
          parties = rule.shape === 'with' && subject ? [subject, ...after] : after;
        }
        parties = [...new Set(parties)];
        const medium = mediumFor(article, s, rule.medium);
        const { date, dateText } = dateForSentence(article, s, tStart);
        const prev = sentences[s.index - 1];
        const separate = rule.shape === 'with' && parties.length > 2
          && (PLURAL_CUE.test(text) || (prev?.paragraph === s.paragraph && PLURAL_CUE.test(scan.slice(prev.start, prev.end))));
        const groups = separate ? parties.slice(1).map((p) => [parties[0], p]) : [parties];
        for (const g of groups) {
          drafts.push({ participants: g, medium, date, dateText, topics: [], sentence: s.index, evidence: [{ start: tStart, end: tEnd, rule: rule.id, sentence: s.index }] });
        }
      }
    }
  }
  const international = (a: ActorRecord) => a.kind === 'institution' && a.country === null && gazetteer.institutions.some((i) => i.id === a.id);
  const kept = drafts.filter((d) => {
    const actors = d.participants.map((p) => byId.get(p)!).filter(Boolean);
    const countries = new Set(actors.map((a) => a.country).filter(Boolean));
    return actors.length >= 2 && actors.some(isPrincipal) && (countries.size >= 2 || actors.some(international));
  });
  return { ...article, calls: mergeCalls(kept) };
}

/** One contact reported several times is one call: same parties, and no two different days. */
export function mergeCalls(drafts: CallDraft[]): CallDraft[] {
  const out: CallDraft[] = [];
  for (const d of drafts) {
    const key = [...d.participants].sort().join('|');
    const same = out.find((c) => [...c.participants].sort().join('|') === key && (!c.date || !d.date || c.date === d.date));
    if (!same) { out.push({ ...d, participants: [...d.participants], evidence: [...d.evidence] }); continue; }
    same.evidence.push(...d.evidence);
    if (!same.date && d.date) { same.date = d.date; same.dateText = d.dateText; }
    if (same.medium === 'unspecified' && d.medium !== 'unspecified') same.medium = d.medium;
  }
  return out;
}
