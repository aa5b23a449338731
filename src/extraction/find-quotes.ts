/**
 * Quoted passages and who said them. Attribution after the quote ("…," Starmer wrote on X),
 * before it (Herzog described Biden as a "true ally"), or, for a quote standing alone, the
 * speaker of the quote just before it. The platform comes from the attribution ("on X",
 * "tweeted", "took to Twitter") or, failing that, from the sentence before when it says where
 * the same speaker posted.
 */
import type { Article, Mention, Quote, Sentence, Span } from './extraction-types.js';

export const PLATFORM = /\b(?:on|to|via|in (?:a |an )?(?:post|posts|tweet|message)s? (?:on|to))\s+(X|Twitter|Truth Social|Telegram|Facebook|Instagram|Threads|Bluesky|Weibo)\b|\b(tweet(?:ed|s)?|retweet(?:ed)?)\b|\btook to (X|Twitter|Truth Social|Telegram|Facebook|Instagram|social media|the microblogging site)\b|\b(?:in )?posts? (?:on|to) (X|Twitter|Truth Social|Telegram|Facebook|Instagram)\b|\b(Twitter|Truth Social|Telegram|Facebook|Instagram) (?:post|handle|account|page|channel)\b|\bmicroblogging\b/;
export const OTHER_MEDIUM = /\b(?:letter|news conference|press conference|told reporters|interview|speech|rally|briefing|address|remarks|conference|broadcast|televised)\b/i;
const SPEECH_AFTER = /^[\s,.!?:-]*(?:[\w'.-]+\s+){0,6}?(?:said|says|wrote|writes|stressed|added|tweeted|posted|noted|told|stated|declared|emphasi[sz]ed|remarked|insisted|continued|explained|asked|warned|urged|underlined|highlighted)\b/i;

/** Quote spans per paragraph: straight double quotes in `scan`, paired in order. */
export function quoteSpans(scan: string, sentences: Sentence[]): Array<Span & { inner: Span }> {
  const out: Array<Span & { inner: Span }> = [];
  const paragraphs = new Map<number, Span>();
  for (const s of sentences) {
    const p = paragraphs.get(s.paragraph);
    paragraphs.set(s.paragraph, p ? { start: p.start, end: s.end } : { start: s.start, end: s.end });
  }
  for (const p of paragraphs.values()) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      if (scan[i] !== '"') continue;
      if (open < 0) open = i;
      else {
        out.push({ start: open, end: i + 1, inner: { start: open + 1, end: i } });
        open = -1;
      }
    }
    if (open >= 0 && p.end - open > 20) out.push({ start: open, end: p.end, inner: { start: open + 1, end: p.end } });
  }
  return out;
}

/** The platform an attribution names ("on X" → "X", "tweeted" → "Twitter"), or null. */
export function platformOf(text: string): string | null {
  const m = PLATFORM.exec(text);
  if (!m) return null;
  const named = m.slice(1).find(Boolean) ?? 'Twitter';
  return /^(?:tweet|retweet|the microblogging|microblogging)/i.test(named) ? 'Twitter' : named;
}

const inside = (spans: Span[], at: number) => spans.some((q) => at >= q.start && at < q.end);

/** Attributes each quote to a speaker using the resolved mentions. */
export function attributeQuotes(article: Article, spans: Array<Span & { inner: Span }>, mentions: Mention[]): Quote[] {
  const { scan, sentences } = article;
  const persons = new Set(article.actors.filter((a) => a.kind !== 'institution').map((a) => a.id));
  const outside = mentions.filter((m) => !inside(spans, m.start) && persons.has(m.actor));
  const quotes: Quote[] = [];
  spans.forEach((q, i) => {
    const sentence = sentences.find((s) => q.start >= s.start && q.start < s.end) ?? sentences[0];
    const lastSentence = sentences.find((s) => q.end - 1 >= s.start && q.end - 1 < s.end) ?? sentence;
    const nextQuote = spans[i + 1]?.start ?? Infinity;
    const afterEnd = Math.min(lastSentence.end, nextQuote);
    const after = scan.slice(q.end, afterEnd);
    let speaker: string | null = null;
    if (SPEECH_AFTER.test(after) && !/^[\s,]*(?:while|whereas|but|and|as|though|although)\b/i.test(after)) speaker = outside.find((m) => m.start >= q.end && m.start < afterEnd)?.actor ?? null;
    if (!speaker) {
      const clauseStart = Math.max(sentence.start, spans[i - 1] && spans[i - 1].end > sentence.start ? spans[i - 1].end : sentence.start);
      const before = scan.slice(clauseStart, q.start);
      const cut = Math.max(before.lastIndexOf('; '), before.search(/, (?:while|whereas|but) [^,]*$/));
      const from = cut >= 0 ? clauseStart + cut : clauseStart;
      speaker = outside.find((m) => m.start >= from && m.end <= q.start)?.actor ?? null;
    }
    const prev = quotes[quotes.length - 1];
    const standalone = scan.slice(sentence.start, q.start).trim() === '' && after.replace(/^[\s,.!?]+/, '') === '';
    if (!speaker && standalone && prev) speaker = prev.speaker;
    // Platform and medium are read from the whole sentence outside quotes ("…, both in posts to X").
    const context = spans.reduce((text, o) => (o.end > sentence.start && o.start < lastSentence.end ? text.slice(0, Math.max(0, o.start - sentence.start)) + ' '.repeat(Math.min(o.end, lastSentence.end) - Math.max(o.start, sentence.start)) + text.slice(Math.min(o.end, lastSentence.end) - sentence.start) : text), scan.slice(sentence.start, lastSentence.end));
    let platform = platformOf(context);
    if (!platform) {
      const before = sentences[sentence.index - 1];
      if (before && before.paragraph === sentence.paragraph && !inside(spans, before.start)) {
        const text = scan.slice(before.start, before.end);
        const said = outside.some((m) => m.sentence === before.index && m.actor === speaker);
        if (said) platform = platformOf(text);
      }
    }
    const speech = SPEECH_AFTER.test(after) || /\b(?:said|says|wrote|writes|stated|added|declared|tweeted|posted)\b[^"]{0,80}$/.test(scan.slice(sentence.start, q.start));
    quotes.push({ start: q.start, end: q.end, inner: q.inner, sentence: sentence.index, speaker, platform, otherMedium: OTHER_MEDIUM.test(context), speech });
  });
  return quotes;
}
