/**
 * A busy actor's calls, paged from the date index (owner-scans.ts): the pages are the ones walking
 * the actor's calls gives — newest first, ties by id, undated calls last, forward and backward,
 * in a date window, beside a quiet actor in the same batch — and a page's cost follows the page
 * size, not the actor's number of calls (db hits by PROFILE, a graph four times larger).
 */
import { callId } from '../../../src/facts/fact-ids.js';
import { parseFactsDocument, type FactsDocument } from '../../../src/facts/facts-document.js';
import { applySchema } from '../../../src/graph/apply-schema.js';
import { SCAN_FACTOR } from '../../../src/graph/readers/owner-scans.js';
import { NEWEST_FIRST, type PageKey, type PageOrder } from '../../../src/graph/readers/page-key.js';
import { pageStatement, readPages } from '../../../src/graph/readers/page-statement.js';
import { writeFactsBatch } from '../../../src/graph/write-facts.js';
import { sumDbHits } from '../../../bench/peers/profile-statements.js';
import { clearGraph, testDriver, testStore } from '../../helpers/graph-counts.js';

const store = testStore();
const driver = testDriver();
const BUSY = 'busy-leader';
const QUIET = 'quiet-leader';

interface Made {
  id: string;
  date: string | null;
  people: string[];
}

// The busy actor alone serves a country: the country's calls are the busy actor's.
const actor = (id: string) => ({ id, kind: 'leader' as const, name: id.replace(/-/g, ' '), aliases: [], title: null, country: id === BUSY ? 'UA' : null });

/**
 * Calls `from`…`from + n - 1`: every other one the busy actor's (with one of ten partners), the
 * others among the partners; four calls on each day (two of the busy actor's), so dates tie; every tenth call of the busy
 * actor undated (with a partner of its own, so no dated call absorbs it). The quiet actor has a few.
 */
function calls(from: number, n: number): { docs: FactsDocument[]; made: Made[] } {
  const made: Made[] = [];
  const docs: FactsDocument[] = [];
  for (let start = from; start < from + n; start += 20) {
    const source = { id: `art_busy_${start}`, publishedOn: '2025-06-01' };
    const rows = [];
    for (let k = start; k < Math.min(start + 20, from + n); k++) {
      const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(k / 4) * 86_400_000).toISOString().slice(0, 10);
      const busy = k % 2 === 0;
      const undated = busy && k % 20 === 0;
      const people = busy ? [BUSY, undated ? `lone-${k}` : `partner-${k % 10}`] : k % 7 === 1 ? [QUIET, `partner-${k % 10}`] : [`partner-${k % 10}`, `partner-${(k + 3) % 10}`];
      const date = undated ? null : day;
      const id = callId(people, date, source.id);
      made.push({ id, date, people });
      rows.push({ id, date, medium: 'phone', participants: people, evidence: [{ quote: 'a call', start: 0, end: 6, rule: 'test' }] });
    }
    const ids = [...new Set(rows.flatMap((r) => r.participants))];
    docs.push(parseFactsDocument({ source, actors: ids.map(actor), countries: [{ code: 'UA', name: 'Ukraine' }], calls: rows }));
  }
  return { docs, made };
}

let made: Made[] = [];

async function write(from: number, n: number): Promise<void> {
  const graph = calls(from, n);
  made = [...made, ...graph.made];
  for (let i = 0; i < graph.docs.length; i += 10) await writeFactsBatch(store, graph.docs.slice(i, i + 10));
}

/** The actor's list as walking its calls gives it: dated by date (newest first unless `ascending`), ties by id, then undated by id. */
function expected(owner: string, o: { from?: string; to?: string; ascending?: boolean } = {}): string[] {
  const mine = made.filter((c) => c.people.includes(owner));
  const dated = mine.filter((c) => c.date && (!o.from || c.date >= o.from) && (!o.to || c.date <= o.to));
  const later = o.ascending ? -1 : 1;
  dated.sort((a, b) => (a.date! < b.date! ? later : a.date! > b.date! ? -later : a.id < b.id ? -1 : 1));
  const undated = o.from || o.to ? [] : mine.filter((c) => !c.date).sort((a, b) => (a.id < b.id ? -1 : 1));
  return [...dated, ...undated].map((c) => c.id);
}

/** Every item of the list, page by page (`take` each), from its start forward or from its end backward. */
async function pageThrough(key: Omit<PageKey, 'take'>, take: number, order: PageOrder = NEWEST_FIRST, list: 'callsOfActor' | 'callsOfCountry' = 'callsOfActor'): Promise<string[]> {
  const seen: string[] = [];
  let position: PageKey['position'] = null;
  for (;;) {
    const [page] = await readPages(store, list, [{ ...key, take, position }], order);
    seen.push(...page.map((item) => item.node.id as string));
    if (page.length < take) return order.backward ? seen.reverse() : seen;
    const last = page[page.length - 1];
    position = { date: last.sortDate, id: last.node.id as string };
  }
}

async function dbHits(key: PageKey): Promise<number> {
  const { cypher, params } = pageStatement('callsOfActor', [key]);
  // The plan measured is the one Neo4j makes for the graph as it is now. Without this, the plan of
  // the smaller graph could serve the larger one: Neo4j replans a cached statement only when its
  // statistics have moved and at least 10 s have passed (dbms.cypher.min_replan_interval), so
  // whether it did depended on how fast the machine ran the writes in between.
  await store.writeAll([{ cypher: 'CALL db.clearQueryCaches()', params: {} }]);
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return sumDbHits((await session.run(`PROFILE ${cypher}`, params)).summary.profile as never);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  await applySchema(store);
  await clearGraph(store);
  await write(0, 200);
});
afterAll(async () => {
  await store.close();
  await driver.close();
});

describe("a busy actor's calls read from the date index", () => {
  it('is what the statement chooses for the busy actor and a small page, and not for a large page or the quiet actor', () => {
    const degree = made.filter((c) => c.people.includes(BUSY)).length;
    const quiet = made.filter((c) => c.people.includes(QUIET)).length;
    // The choice the statement makes from the server's counts, made here from the same numbers.
    expect(degree ** 2).toBeGreaterThanOrEqual(SCAN_FACTOR * 3 * made.length);
    expect(degree ** 2).toBeLessThan(SCAN_FACTOR * 30 * made.length);
    expect(quiet ** 2).toBeLessThan(SCAN_FACTOR * 3 * made.length);
    expect(pageStatement('callsOfActor', [{ owner: BUSY, take: 3 }]).cypher).toContain('USING INDEX n:Call(date)');
  });

  it('pages forward as walking gives it: newest first, ties by id, undated last', async () => {
    const list = expected(BUSY);
    expect(list.length).toBe(100);
    expect(await pageThrough({ owner: BUSY }, 3)).toEqual(list);
    // A page too large to scan for walks the calls, and gives the same list.
    expect(await pageThrough({ owner: BUSY }, 30)).toEqual(list);
  });

  it('pages backward from the end as walking gives it', async () => {
    expect(await pageThrough({ owner: BUSY }, 3, { direction: 'DESC', backward: true })).toEqual(expected(BUSY));
    expect(await pageThrough({ owner: BUSY }, 3, { direction: 'ASC', backward: false })).toEqual(expected(BUSY, { ascending: true }));
    expect(await pageThrough({ owner: BUSY }, 3, { direction: 'ASC', backward: true })).toEqual(expected(BUSY, { ascending: true }));
  });

  it("pages a busy country's calls the same way", async () => {
    expect(pageStatement('callsOfCountry', [{ owner: 'UA', take: 3 }]).cypher).toContain('USING INDEX n:Call(date)');
    expect(await pageThrough({ owner: 'UA' }, 3, NEWEST_FIRST, 'callsOfCountry')).toEqual(expected(BUSY));
    expect(await pageThrough({ owner: 'UA' }, 3, { direction: 'DESC', backward: true }, 'callsOfCountry')).toEqual(expected(BUSY));
  });

  it('keeps to a date window', async () => {
    const window = { from: '2019-01-10', to: '2019-02-20' };
    const list = expected(BUSY, window);
    expect(list.length).toBeGreaterThan(10);
    expect(await pageThrough({ owner: BUSY, ...window }, 3)).toEqual(list);
  });

  it('reads a busy and a quiet actor in one batch, each its own way', async () => {
    const [busy, quiet] = await readPages(store, 'callsOfActor', [{ owner: BUSY, take: 3 }, { owner: QUIET, take: 3 }]);
    expect(busy.map((i) => i.node.id)).toEqual(expected(BUSY).slice(0, 3));
    expect(quiet.map((i) => i.node.id)).toEqual(expected(QUIET).slice(0, 3));
    const [none] = await readPages(store, 'callsOfActor', [{ owner: 'nobody', take: 3 }]);
    expect(none).toEqual([]);
  });

  it("costs what the page needs, not what the actor's calls number: four times the calls, about the same db hits", async () => {
    const small = await dbHits({ owner: BUSY, take: 3 });
    await write(200, 600);
    expect(made.filter((c) => c.people.includes(BUSY)).length).toBe(400);
    const large = await dbHits({ owner: BUSY, take: 3 });
    // Walking 400 calls instead of 100 would read four times as much.
    expect(large / small).toBeLessThan(1.5);
    expect(await pageThrough({ owner: BUSY }, 3)).toEqual(expected(BUSY));
  }, 120_000);
});
