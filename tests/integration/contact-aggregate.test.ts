/**
 * The contact aggregate (CONTACTED, CONTACTED_IN: src/graph/contact-tally-cypher.ts) equals what
 * walking the calls gives, pair by pair and month by month: on the seed graph, on a generated graph
 * written in random batches with re-ingests and cross-source merges (undated reports of dated
 * calls, written before and after them), and when the migrations build it, or key its edges, for a
 * database written without them.
 */
import { readFileSync } from 'node:fs';
import { generateGraph } from '../../bench/generate.js';
import { createRandom } from '../../bench/random.js';
import { callId } from '../../src/facts/fact-ids.js';
import { parseFactsDocument, type FactsDocument } from '../../src/facts/facts-document.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { migrate } from '../../src/graph/migrate.js';
import { writeFacts, writeFactsBatch } from '../../src/graph/write-facts.js';
import { aggregated as aggregatedIn, walked as walkedIn } from '../helpers/contact-aggregate.js';
import { clearGraph, testStore } from '../helpers/graph-counts.js';

const store = testStore();
const seed = parseFactsDocument(
  JSON.parse(readFileSync(new URL('../fixtures/seed/000_58b2ec0da89f2029.facts.json', import.meta.url), 'utf8')),
);

const walked = () => walkedIn(store);
const aggregated = () => aggregatedIn(store);

/** An undated report of a document's calls (as a readout that gives no day), published `lag` days after each. */
function undatedReport(doc: FactsDocument, lag: number, n: number): FactsDocument {
  const day = (d: string) => new Date(Date.parse(d) + lag * 86_400_000).toISOString().slice(0, 10);
  const source = { id: `art_undated_${n}`, publishedOn: day(doc.calls[0].date!) };
  const calls = doc.calls.slice(0, 1).map((c) => ({ ...c, id: callId(c.participants, null, source.id), date: null, dateText: null }));
  const used = new Set(calls.flatMap((c) => c.participants));
  return parseFactsDocument({ source, actors: doc.actors.filter((a) => used.has(a.id)), countries: [], calls });
}

beforeAll(() => applySchema(store));
afterAll(() => store.close());

describe('the contact aggregate', () => {
  it('equals walking the calls on the seed graph', async () => {
    await clearGraph(store);
    await writeFacts(store, seed);
    const walk = await walked();
    expect(walk.length).toBeGreaterThan(0);
    expect(await aggregated()).toEqual(walk);
  });

  it('stays equal through random batches, re-ingests and cross-source merges in either order', async () => {
    await clearGraph(store);
    const rng = createRandom(19);
    const documents = [...generateGraph({ calls: 240, seed: 19, factsPerArticle: 8 }).documents()];
    // Some calls are also reported undated by another source, a day or two later (or the same day).
    const undated = documents.filter((d, i) => i % 3 === 0 && d.calls.length > 0).map((d, i) => undatedReport(d, i % 3, i));
    const queue = rng.shuffle([...documents, ...undated]);
    let merged = 0;
    while (queue.length > 0) {
      const batch = queue.splice(0, 1 + Math.floor(rng.next() * 6));
      // Now and then an article already written comes again, alone or inside a batch.
      if (rng.next() < 0.3) batch.push(documents[Math.floor(rng.next() * documents.length)]);
      if (batch.length === 1) await writeFacts(store, batch[0]);
      else await writeFactsBatch(store, batch);
    }
    for (const u of undated) {
      const [{ n }] = await store.read({ cypher: 'MATCH (:Article {id: $id})-[:REPORTS]->(c:Call) WHERE c.date IS NOT NULL RETURN count(c) AS n', params: { id: u.source.id } });
      merged += Number(n);
    }
    // The scenario really merges: most undated reports joined their dated call.
    expect(merged).toBeGreaterThan(undated.length / 2);
    const walk = await walked();
    expect(walk.length).toBeGreaterThan(50);
    expect(await aggregated()).toEqual(walk);
  }, 300_000);

  it('keys the edges an earlier version wrote without keys, and later writes count into those edges', async () => {
    await clearGraph(store);
    const documents = [...generateGraph({ calls: 120, seed: 23, factsPerArticle: 8 }).documents()];
    const half = Math.floor(documents.length / 2);
    await writeFactsBatch(store, documents.slice(0, half));
    await store.writeAll([
      { cypher: 'MATCH ()-[t:CONTACTED|CONTACTED_IN]->() REMOVE t.key', params: {} },
      { cypher: "MATCH (m:Migration {id: 'contact-aggregate-keys'}) DELETE m", params: {} },
    ]);
    expect(await migrate(store, 5)).toContain('contact-aggregate-keys');
    const unkeyed = async () =>
      (await store.read({ cypher: 'MATCH ()-[t:CONTACTED|CONTACTED_IN]->() WHERE t.key IS NULL RETURN count(t) AS n', params: {} }))[0].n;
    expect(await unkeyed()).toBe(0);
    // The second half shares pairs and months with the first: a write that missed a keyed edge
    // would add a second edge for the pair (a second row) or fail on the uniqueness constraint.
    await writeFactsBatch(store, documents.slice(half));
    expect(await unkeyed()).toBe(0);
    const walk = await walked();
    expect(walk.length).toBeGreaterThan(20);
    expect(await aggregated()).toEqual(walk);
  }, 120_000);

  it('is built by the migration for a database written without it', async () => {
    const before = await aggregated();
    await store.writeAll([
      { cypher: 'MATCH ()-[t:CONTACTED|CONTACTED_IN]->() DELETE t', params: {} },
      { cypher: 'MATCH (c:Call) REMOVE c.tallied, c.contact', params: {} },
      { cypher: "MATCH (m:Migration) WHERE m.id IN ['call-contact-key', 'contact-aggregate'] DELETE m", params: {} },
    ]);
    expect(await aggregated()).toEqual([]);
    // (clearGraph also removed the record of the other migrations, which find nothing to do.)
    expect(await migrate(store, 97)).toEqual(expect.arrayContaining(['call-contact-key', 'contact-aggregate']));
    expect(await aggregated()).toEqual(before);
    const [{ keyed }] = await store.read({ cypher: 'MATCH (c:Call) WHERE c.contact IS NULL RETURN count(c) AS keyed', params: {} });
    expect(keyed).toBe(0);
  });
});
