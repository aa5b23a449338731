/**
 * Which call a quoted post is about: the call reported inside the post's own words ("Had a phone
 * conversation with Chancellor @OlafScholz"), else a call of its author reported in the same
 * paragraph — the one whose other parties the post names, when several are.
 *
 * @returns the index of the call in `article.calls`, or -1.
 */
import type { Article, TweetDraft } from './extraction-types.js';

export function callOfTweet(article: Article, tweet: TweetDraft): number {
  const { calls, sentences, mentions } = article;
  const within = (at: number) => tweet.quoteSpans.some((q) => at >= q.start && at < q.end);
  const inside = calls.findIndex((c) => c.participants.includes(tweet.author) && c.evidence.some((e) => within(e.start) && e.end <= Math.max(...tweet.quoteSpans.map((q) => q.end))));
  if (inside >= 0) return inside;
  const paragraph = sentences[tweet.evidence[0].sentence]?.paragraph;
  const candidates = calls
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.participants.includes(tweet.author) && c.evidence.some((e) => sentences[e.sentence]?.paragraph === paragraph));
  if (candidates.length <= 1) return candidates[0]?.i ?? -1;
  const named = new Set(mentions.filter((m) => within(m.start)).map((m) => m.actor));
  const text = tweet.text.toLowerCase();
  const names = (id: string) => named.has(id) || (article.actors.find((a) => a.id === id)?.handles ?? []).some((h) => text.includes(h.toLowerCase()));
  return (candidates.find(({ c }) => c.participants.some((p) => p !== tweet.author && names(p))) ?? candidates[0]).i;
}
