/**
 * The day an event in a sentence happened: the date phrase nearest the event in its sentence;
 * else the latest date phrase earlier in the same paragraph; else unknown. A phrase that names
 * no day ("this month") makes the day unknown rather than borrowing one.
 */
import type { Article, Sentence } from './extraction-types.js';

export function dateForSentence(article: Article, s: Sentence, at: number, fallbackToStory = false): { date: string | null; dateText: string | null } {
  const inSentence = article.dates.filter((d) => d.sentence === s.index);
  const text = (d: { start: number; end: number }) => article.body.slice(d.start, d.end);
  if (inSentence.length) {
    const nearest = [...inSentence].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    return { date: nearest.date, dateText: text(nearest) };
  }
  const earlier = article.dates.filter((d) => d.start < s.start && (fallbackToStory || article.sentences[d.sentence]?.paragraph === s.paragraph));
  const last = earlier[earlier.length - 1];
  return last ? { date: last.date, dateText: text(last) } : { date: null, dateText: null };
}
