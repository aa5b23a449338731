/**
 * Which call a quoted post is about: the call reported inside the post's own words ("Had a phone
 * conversation with Chancellor @OlafScholz"), else a call of its author reported in the same
 * paragraph — the one whose other parties the post names, when several are. The calls are
 * indexed once per article, so each post looks only at its own words and its author's calls.
 *
 * @returns the index of the call in `article.calls`, or -1.
 */
import type { Article, Mention, Span, TweetDraft } from './extraction-types.js';
import { byStart, spansBetween } from './span-index.js';

interface CallIndex {
  /** Evidence of every call, sorted by start, with its call. */
  evidence: Array<Span & { call: number }>;
  /** Per "author|paragraph": the first call, and the first call with each other participant. */
  byParagraph: Map<string, { first: number; byOther: Map<string, number> }>;
  mentions: Mention[];
  handles: Map<string, string[]>;
}

const indexes = new WeakMap<Article, CallIndex>();

function indexOf(article: Article): CallIndex {
  const known = indexes.get(article);
  if (known) return known;
  const { calls, sentences } = article;
  const byParagraph: CallIndex['byParagraph'] = new Map();
  calls.forEach((c, i) => {
    const paragraphs = new Set(c.evidence.map((e) => sentences[e.sentence]?.paragraph));
    for (const p of paragraphs) {
      for (const author of c.participants) {
        const key = `${author}|${p}`;
        const entry = byParagraph.get(key) ?? { first: i, byOther: new Map<string, number>() };
        for (const other of c.participants) if (other !== author && !entry.byOther.has(other)) entry.byOther.set(other, i);
        byParagraph.set(key, entry);
      }
    }
  });
  const evidence = byStart(calls.flatMap((c, call) => c.evidence.map((e) => ({ start: e.start, end: e.end, call }))));
  const index = { evidence, byParagraph, mentions: byStart(article.mentions), handles: new Map(article.actors.map((a) => [a.id, a.handles])) };
  indexes.set(article, index);
  return index;
}

export function callOfTweet(article: Article, tweet: TweetDraft): number {
  const ix = indexOf(article);
  const { calls, sentences } = article;
  const lastEnd = Math.max(...tweet.quoteSpans.map((q) => q.end));
  for (const q of tweet.quoteSpans) {
    const inside = spansBetween(ix.evidence, q.start, q.end).find((e) => e.end <= lastEnd && calls[e.call].participants.includes(tweet.author));
    if (inside) return inside.call;
  }
  const paragraph = sentences[tweet.evidence[0].sentence]?.paragraph;
  const entry = ix.byParagraph.get(`${tweet.author}|${paragraph}`);
  if (!entry) return -1;
  const named = new Set(tweet.quoteSpans.flatMap((q) => spansBetween(ix.mentions, q.start, q.end).map((m) => m.actor)));
  const text = tweet.text.toLowerCase();
  const names = (id: string) => named.has(id) || (ix.handles.get(id) ?? []).some((h) => text.includes(h.toLowerCase()));
  let best = -1;
  for (const [other, call] of entry.byOther) if (names(other) && (best < 0 || call < best)) best = call;
  return best >= 0 ? best : entry.first;
}
