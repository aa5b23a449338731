/**
 * The contact triggers of one sentence. The rules run in their table's order and the first rule
 * that matches a span claims it, so an earlier, more specific rule ("was met by") keeps a later,
 * more general one ("met") off the same words. Linear: each rule scans the sentence once.
 */
import { CONTACT_RULES, type ContactRule } from './contact-rules.js';
import { matchesIn } from './matches-in.js';

export interface ContactHit {
  rule: ContactRule;
  /** Offsets in the article's scan. */
  start: number;
  end: number;
  text: string;
}

/** The hits in `text` (a sentence starting at `offset` in the scan), sorted by position. */
export function contactHits(text: string, offset: number): ContactHit[] {
  const claimed = new Uint8Array(text.length + 1);
  const hits: ContactHit[] = [];
  for (const rule of CONTACT_RULES) {
    for (const m of matchesIn(rule.pattern, text)) {
      if (claimed.subarray(m.index, m.index + m[0].length).includes(1)) continue;
      claimed.fill(1, m.index, m.index + m[0].length);
      hits.push({ rule, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
