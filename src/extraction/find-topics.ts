/**
 * Stage — topics of each call (topic-rules.ts): matched in the call's own sentences, in the
 * sentences of the same paragraph that continue the report of that conversation, and in the
 * quoted posts of a participant in that paragraph. Runs after tweets, so the posts are known.
 */
import type { Article, CallDraft, Span } from './extraction-types.js';
import { CONTINUATION, TOPIC_RULES } from './topic-rules.js';
import { callOfTweet } from './call-of-tweet.js';
import { mayMatch } from './required-literals.js';

function spansOf(article: Article, call: CallDraft): Span[] {
  const { sentences, scan } = article;
  const own = new Set(call.evidence.map((e) => e.sentence));
  const spans: Span[] = [...own].map((i) => sentences[i]).filter(Boolean);
  for (const i of own) {
    // The following sentences of the paragraph, while they keep reporting the conversation.
    for (let k = i + 1; k < sentences.length && sentences[k].paragraph === sentences[i].paragraph; k++) {
      if (!CONTINUATION.pattern.test(scan.slice(sentences[k].start, sentences[k].end))) break;
      spans.push(sentences[k]);
    }
  }
  for (const t of article.tweets) if (article.calls[callOfTweet(article, t)] === call) spans.push(...t.quoteSpans);
  return spans;
}

export function findTopics(article: Article): Article {
  const calls = article.calls.map((call) => {
    const text = spansOf(article, call).map((s) => article.scan.slice(s.start, s.end)).join(' \n ');
    // A rule whose required literals the text lacks cannot match (required-literals.ts): not searched.
    const found = TOPIC_RULES.filter((rule) => mayMatch(rule.pattern, text) && rule.pattern.test(text)).map((rule) => rule.topic);
    return { ...call, topics: [...new Set([...call.topics, ...found])] };
  });
  return { ...article, calls };
}
