/**
 * The medium of a contact: what its trigger states ("phoned", "video call"), else cue words in the
 * sentence around it, the end of the sentence before, or the headline (bounded windows).
 */
import type { Medium } from '../facts/facts-document.js';
import type { ContactRule } from './contact-rules.js';
import type { Article, Sentence } from './extraction-types.js';

/** Medium cue words in the sentence when the trigger does not state it. */
export const MEDIUM_CUES: Array<[Medium, RegExp]> = [
  ['video', /\b(?:video|videoconference|virtual|virtually|online)\b/i],
  ['phone', /\b(?:phone|telephone|telephonic|phoned|by telephone|call)\b/i],
  ['in_person', /\b(?:met|meetings?|summits|visits|visited|visiting|hosted|in person|face-to-face|summit|talks|arrived|banquet|lunch|dinner|reception|(?:press|news) conference)\b/i],
];

/** The medium a trigger's own words state, else cue words around it. */
export function mediumFor(article: Article, s: Sentence, rule: ContactRule, trigger: string, at: number): Medium {
  if (rule.medium && rule.medium !== 'unspecified') return rule.medium;
  for (const [medium, cue] of MEDIUM_CUES) if (cue.test(trigger)) return medium;
  // Bounded windows: the sentence around the trigger, the end of the sentence before, the headline.
  const texts = [article.scan.slice(Math.max(s.start, at - 200), Math.min(s.end, at + 200))];
  const prev = article.sentences[s.index - 1];
  if (prev && prev.paragraph === s.paragraph) texts.push(article.scan.slice(Math.max(prev.start, prev.end - 300), prev.end));
  const title = article.sentences[0]?.isTitle ? article.sentences[0] : undefined;
  if (title) texts.push(article.scan.slice(title.start, Math.min(title.end, title.start + 200)));
  for (const text of texts) for (const [medium, cue] of MEDIUM_CUES) if (cue.test(text)) return medium;
  return rule.medium ?? 'unspecified';
}
