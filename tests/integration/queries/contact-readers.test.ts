/**
 * The readers that answer from the contact aggregate (counterparts, contactNetwork) give the
 * answers that walking the calls gives: on a generated graph with busy actors, undated calls and
 * cross-source merges, with and without a date window (one cutting months in two), and with keys
 * with and without a window in one batch. The expected answers are computed here, in plain
 * TypeScript, from the calls and their participants as Neo4j returns them.
 */
import { generateGraph } from '../../../bench/generate.js';
import { callId } from '../../../src/facts/fact-ids.js';
import { parseFactsDocument, type FactsDocument } from '../../../src/facts/facts-document.js';
import { applySchema } from '../../../src/graph/apply-schema.js';
import { readContactNetworks, type NetworkKey } from '../../../src/graph/readers/contact-network.js';
import { readKeyedBatch } from '../../../src/graph/readers/keyed-batch.js';
import type { CounterpartRecord } from '../../../src/graph/readers/records.js';
import { readDyads, type DyadKey } from '../../../src/graph/readers/dyad-counts.js';
import { writeFactsBatch } from '../../../src/graph/write-facts.js';
import { clearGraph, testStore } from '../../helpers/graph-counts.js';

const store = testStore();

interface WalkedCall {
  date: string | null;
  people: string[];
}

let calls: WalkedCall[] = [];
let busiest: string[] = [];

/** Undated reports of some calls by another source, published the next day: they fold into the dated calls. */
function undatedReports(docs: FactsDocument[]): FactsDocument[] {
  return docs.filter((d, i) => i % 4 === 1 && d.calls.length > 0).map((d, i) => {
    const c = d.calls[0];
    const source = { id: `art_walk_${i}`, publishedOn: new Date(Date.parse(c.date!) + 86_400_000).toISOString().slice(0, 10) };
    return parseFactsDocument({
      source,
      actors: d.actors.filter((a) => c.participants.includes(a.id)),
      countries: [],
      calls: [{ ...c, id: callId(c.participants, null, source.id), date: null, dateText: null }],
    });
  });
}

const inWindow = (date: string | null, from: string | null, to: string | null) =>
  from === null && to === null ? true : date !== null && (from === null || date >= from) && (to === null || date <= to);

/** Shared calls per pair "a|b" (a < b) in the window: count, first and last dated one. */
function pairsIn(from: string | null, to: string | null) {
  const pairs = new Map<string, { weight: number; first: string | null; last: string | null }>();
  for (const c of calls.filter((x) => inWindow(x.date, from, to))) {
    for (const [i, a] of c.people.entries()) {
      for (const b of c.people.slice(i + 1)) {
        const p = pairs.get(`${a}|${b}`) ?? { weight: 0, first: null, last: null };
        p.weight += 1;
        if (c.date && (!p.first || c.date < p.first)) p.first = c.date;
        if (c.date && (!p.last || c.date > p.last)) p.last = c.date;
        pairs.set(`${a}|${b}`, p);
      }
    }
  }
  return pairs;
}

/** contactNetwork as docs/graph-model.md defines it, computed from the calls. */
function expectedNetwork(key: NetworkKey, depth: number, batchLimit: number) {
  const pairs = pairsIn(key.from, key.to);
  const near = new Map<string, Set<string>>();
  for (const k of pairs.keys()) {
    const [a, b] = k.split('|');
    near.set(a, (near.get(a) ?? new Set()).add(b));
    near.set(b, (near.get(b) ?? new Set()).add(a));
  }
  const seen = [key.center];
  let previous = [key.center];
  const reached: Array<{ id: string; depth: number }> = [];
  for (let n = 1; n <= depth && seen.length <= batchLimit; n++) {
    const ring = [...new Set(previous.flatMap((r) => [...(near.get(r) ?? [])]))].filter((o) => !seen.includes(o)).sort();
    reached.push(...ring.map((id) => ({ id, depth: n })));
    seen.push(...ring);
    previous = ring;
  }
  const reachable = [{ id: key.center, depth: 0 }, ...reached.slice(0, batchLimit)];
  const kept = reachable.slice(0, key.limit);
  const members = new Set(kept.map((k) => k.id));
  const edges = [...pairs.entries()]
    .map(([k, p]) => ({ source: k.split('|')[0], target: k.split('|')[1], ...p }))
    .filter((e) => members.has(e.source) && members.has(e.target))
    .sort((x, y) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1))
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight, firstContact: e.first, lastContact: e.last }));
  const callCount = (id: string) => calls.filter((c) => c.people.includes(id) && inWindow(c.date, key.from, key.to)).length;
  return { nodes: kept.map((k) => ({ id: k.id, depth: k.depth, callCount: callCount(k.id) })), edges, truncated: reachable.length > key.limit };
}

beforeAll(async () => {
  await applySchema(store);
  await clearGraph(store);
  const docs = [...generateGraph({ calls: 300, seed: 7, factsPerArticle: 30 }).documents()];
  const undated = undatedReports(docs);
  for (let i = 0; i < docs.length; i += 5) await writeFactsBatch(store, [...docs.slice(i, i + 5), ...undated.slice(i / 5, i / 5 + 1)]);
  // Undated reports of which no dated call is near: they stay undated calls of their own.
  await writeFactsBatch(store, undated.map((d) => ({ ...d, source: { ...d.source, id: `${d.source.id}_late`, publishedOn: '2030-01-01' },
    calls: d.calls.map((c) => ({ ...c, id: callId(c.participants, null, `${d.source.id}_late`) })) })));
  const rows = await store.read({
    cypher: `MATCH (c:Call) RETURN toString(c.date) AS date, COLLECT { MATCH (a:Actor)-[:TOOK_PART_IN]->(c) RETURN a.id ORDER BY a.id } AS people`,
    params: {},
  });
  calls = rows as unknown as WalkedCall[];
  const degree = new Map<string, number>();
  for (const c of calls) for (const p of c.people) degree.set(p, (degree.get(p) ?? 0) + 1);
  busiest = [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}, 600_000);
afterAll(() => store.close());

describe('readers answered from the contact aggregate', () => {
  it('the graph has what the comparison needs: undated calls and busy actors', () => {
    expect(calls.filter((c) => c.date === null).length).toBeGreaterThan(3);
    expect(busiest.length).toBeGreaterThan(20);
  });

  it('counterparts: every counterpart, its shared calls, first and last contact, in order', async () => {
    const actors = [busiest[0], busiest[1], busiest[10], busiest.at(-1)!];
    const answers = (await readKeyedBatch(store, actors.map((key) => ({ reader: 'counterpartsOfActor', key, take: 10_000 })))) as CounterpartRecord[][];
    for (const [i, actor] of actors.entries()) {
      const pairs = pairsIn(null, null);
      const expected = [...pairs.entries()]
        .filter(([k]) => k.split('|').includes(actor))
        .map(([k, p]) => ({ id: k.split('|').find((x) => x !== actor)!, callCount: p.weight, firstContact: p.first, lastContact: p.last }))
        .sort((x, y) => y.callCount - x.callCount || (y.lastContact ?? '0').localeCompare(x.lastContact ?? '0') || (x.id < y.id ? -1 : 1));
      expect(answers[i].map((c) => ({ id: c.actor.id, callCount: c.callCount, firstContact: c.firstContact, lastContact: c.lastContact }))).toEqual(expected);
    }
  });

  it.each([1, 2, 3] as const)('contactNetwork at depth %i, with and without a window, in one batch', async (depth) => {
    const keys: NetworkKey[] = [
      { center: busiest[0], from: null, to: null, limit: 1000, contactDates: true },
      { center: busiest[3], from: null, to: null, limit: 12, contactDates: true },
      // Windows that cut months in two, and an open end.
      { center: busiest[0], from: '2020-03-17', to: '2023-08-09', limit: 1000, contactDates: true },
      { center: busiest[5], from: '2024-02-10', to: null, limit: 40, contactDates: true },
    ];
    const answers = await readContactNetworks(store, depth, keys);
    const batchLimit = Math.max(...keys.map((k) => k.limit));
    for (const [i, key] of keys.entries()) {
      const got = answers[i];
      expect({ ...got, nodes: got.nodes.map((n) => ({ id: n.id, depth: n.depth, callCount: n.callCount })) }).toEqual(expectedNetwork(key, depth, batchLimit));
    }
    // Without first and last contact, the same weights (whole months are then counted without their days).
    const weights = await readContactNetworks(store, depth, keys.map((k) => ({ ...k, contactDates: false })));
    for (const [i, key] of keys.entries()) {
      expect(weights[i].edges).toEqual(expectedNetwork(key, depth, batchLimit).edges.map((e) => ({ ...e, firstContact: null, lastContact: null })));
    }
    // Alone in its batch, a window is read the same way.
    const [alone] = await readContactNetworks(store, depth, [keys[2]]);
    expect(alone.edges).toEqual(answers[2].edges);
  });

  it('dyad of two actors: dated shared calls per week, month and year, in a window or not', async () => {
    const [a, b] = pairsIn(null, null).entries().next().value![0].split('|');
    // The pair with the most DATED shared calls, ties broken by name: Neo4j returns the calls in no set
    // order, and a pair tied on weight may owe it to an undated call (one period only).
    const dated = (pair: string) => calls.filter((c) => c.date && pair.split('|').every((p) => c.people.includes(p))).length;
    const busy = [...pairsIn(null, null).keys()].map((k) => ({ k, n: dated(k) })).sort((x, y) => y.n - x.n || (x.k < y.k ? -1 : 1))[0].k.split('|');
    const keys: DyadKey[] = [];
    for (const [x, y] of [busy, [a, b], [busy[1], busy[0]]]) {
      for (const unit of ['week', 'month', 'year'] as const) {
        keys.push({ a: x, aCountry: null, b: y, bCountry: null, unit, from: null, to: null });
        keys.push({ a: x, aCountry: null, b: y, bCountry: null, unit, from: '2019-06-12', to: '2024-11-03' });
      }
    }
    const answers = await readDyads(store, keys);
    const periodOf = (day: string, unit: DyadKey['unit']) => {
      if (unit === 'year') return `${day.slice(0, 4)}-01-01`;
      if (unit === 'month') return `${day.slice(0, 7)}-01`;
      const d = new Date(`${day}T00:00:00Z`);
      return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    };
    for (const [i, key] of keys.entries()) {
      const counts = new Map<string, number>();
      for (const c of calls) {
        if (!c.date || !c.people.includes(key.a!) || !c.people.includes(key.b!) || !inWindow(c.date, key.from, key.to)) continue;
        const period = periodOf(c.date, key.unit);
        counts.set(period, (counts.get(period) ?? 0) + 1);
      }
      const expected = [...counts.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([period, count]) => ({ period, count }));
      expect(answers[i]).toEqual(expected);
    }
    expect(answers[0].length).toBeGreaterThan(1);
  });
});
