/**
 * Deterministic synthetic readouts for fault and concurrency tests: real leaders from the
 * gazetteer, in office on the article's date, calling each other in the house style of a
 * government readout. The same seed always gives the same articles.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MEDIA = ['spoke by phone with', 'held a video call with', 'met'];
const TOPICS = ['trade', 'energy security', 'food security', 'climate', 'sanctions'];

export function syntheticArticles(count: number, seed = 1): string[] {
  const random = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const day = '2023-03-15';
  const heads = loadGazetteer().leaders.flatMap((l) =>
    l.offices
      .filter((o) => o.kind === 'leader' && o.country && (!o.since || o.since <= day) && (!o.until || o.until > day))
      .slice(0, 1)
      .map((o) => ({ name: l.name, title: o.title, country: o.country })),
  );
  const names = new Map(loadGazetteer().countries.map((c) => [c.code, c.name]));
  const articles: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(heads);
    let b = pick(heads);
    while (b.country === a.country) b = pick(heads);
    const published = new Date(Date.UTC(2023, 2, 1 + (i % 28)));
    const callDay = new Date(published.getTime() - 86_400_000);
    articles.push(
      `date ${published.toISOString().slice(0, 10)}\n` +
        `${a.title} ${a.name} of ${names.get(a.country)} ${pick(MEDIA)} ${b.title} ${b.name} of ${names.get(b.country)} on ${WEEKDAYS[callDay.getUTCDay()]}. ` +
        `The two leaders discussed ${pick(TOPICS)} and regional security. (Readout ${i + 1}.)\n`,
    );
  }
  return articles;
}
