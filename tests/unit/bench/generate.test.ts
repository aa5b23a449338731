import { createHash } from 'node:crypto';
import { generateGraph } from '../../../bench/generate.js';
import { createRandom } from '../../../bench/random.js';
import { parseFactsDocument, type FactsDocument } from '../../../src/facts/facts-document.js';

const digest = (docs: FactsDocument[]) => createHash('sha256').update(JSON.stringify(docs)).digest('hex');
const documents = (calls: number, seed: number) => [...generateGraph({ calls, seed }).documents()];

describe('the benchmark generator', () => {
  const docs = documents(2000, 1);
  const calls = docs.flatMap((d) => d.calls);
  const graph = generateGraph({ calls: 2000, seed: 1 });

  it('gives the same documents for the same seed, byte for byte', () => {
    expect(digest(documents(2000, 1))).toBe(digest(docs));
  });

  it('gives a different graph for another seed', () => {
    expect(digest(documents(2000, 2))).not.toBe(digest(docs));
  });

  it('draws the same numbers from the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('writes documents that meet the facts-document contract', () => {
    for (const doc of docs) expect(() => parseFactsDocument(doc)).not.toThrow();
  });

  it('makes exactly the calls asked for, each with a unique id', () => {
    expect(calls).toHaveLength(2000);
    expect(new Set(calls.map((c) => c.id)).size).toBe(2000);
  });

  it('casts about 200 countries and thousands of actors, leaders and officials in each country', () => {
    expect(graph.cast.countries.length).toBeGreaterThanOrEqual(150);
    expect(graph.cast.countries.length).toBeLessThanOrEqual(250);
    expect(graph.cast.actors.length).toBeGreaterThan(2000);
    const kinds = new Set(graph.cast.actors.filter((a) => a.country === 'US').map((a) => a.kind));
    expect(kinds).toEqual(new Set(['leader', 'official']));
  });

  it('groups facts into articles of about 50, in date order', () => {
    const sizes = docs.map((d) => d.calls.length + d.tweets.length + d.commitments.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(53);
    expect(sizes.slice(0, -1).every((n) => n >= 50)).toBe(true);
    const dates = calls.map((c) => c.date!);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0] >= '2015-01-01' && dates.at(-1)! <= '2025-12-31').toBe(true);
  });

  it('adds tweets and commitments in proportion to calls, tied to their call', () => {
    const tweets = docs.flatMap((d) => d.tweets);
    const commitments = docs.flatMap((d) => d.commitments);
    expect(tweets.length / calls.length).toBeGreaterThan(0.3);
    expect(tweets.length / calls.length).toBeLessThan(0.7);
    expect(commitments.length / calls.length).toBeGreaterThan(0.08);
    expect(commitments.length / calls.length).toBeLessThan(0.25);
    for (const doc of docs) {
      const ids = new Set(doc.calls.map((c) => c.id));
      expect(doc.tweets.every((t) => ids.has(t.about!))).toBe(true);
    }
  });

  it('puts actors of different countries on each call', () => {
    const country = new Map(graph.cast.actors.map((a) => [a.id, a.country]));
    for (const call of calls) {
      expect(call.participants.length).toBeGreaterThanOrEqual(2);
      expect(new Set(call.participants.map((p) => country.get(p))).size).toBe(call.participants.length);
    }
  });

  it('is skewed: a few leaders have very many contacts, most actors few', () => {
    const perActor = new Map<string, number>();
    for (const p of calls.flatMap((c) => c.participants)) perActor.set(p, (perActor.get(p) ?? 0) + 1);
    const counts = [...perActor.values()].sort((a, b) => b - a);
    const busiest = graph.cast.actors.find((a) => perActor.get(a.id) === counts[0])!;
    expect(busiest.kind).toBe('leader');
    expect(counts[0] / calls.length).toBeGreaterThan(0.08); // the busiest takes part in over 8% of all calls
    const top1 = counts.slice(0, Math.ceil(graph.cast.actors.length / 100)).reduce((n, c) => n + c, 0);
    expect(top1 / counts.reduce((n, c) => n + c, 0)).toBeGreaterThan(0.3); // the top 1% hold over 30% of participations
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(3); // the median active actor is on a handful
  });
});
