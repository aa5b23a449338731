/**
 * `import jsonl` keeps the contact aggregate exact (issue 19): the file's CONTACTED and
 * CONTACTED_IN lines count the calls of the graph it was exported from, so they are not copied;
 * the import counts the calls it brings instead, in the same transaction, as the writer does.
 * Checked against walking the calls after importing into a graph that already shares pairs of
 * actors with the file, after importing it again, and for a filtered export (whose aggregate
 * lines count calls the file does not hold).
 */
import { generateGraph } from '../../../bench/generate.js';
import type { FactsDocument } from '../../../src/facts/facts-document.js';
import { applySchema } from '../../../src/graph/apply-schema.js';
import { writeFactsBatch } from '../../../src/graph/write-facts.js';
import { exportGraph } from '../../../src/interop/export-graph.js';
import { importJsonl } from '../../../src/interop/import-jsonl.js';
import { memorySink } from '../../../src/interop/text-sink.js';
import { aggregated, walked } from '../../helpers/contact-aggregate.js';
import { clear, interopStore } from './interop-graph.js';

const store = interopStore();
const documents = [...generateGraph({ calls: 200, seed: 23, factsPerArticle: 8 }).documents()];
const theirs = documents.filter((_, i) => i % 2 === 0);
const ours = documents.filter((_, i) => i % 2 === 1);

async function graphOf(docs: FactsDocument[]): Promise<void> {
  await clear(store);
  for (let i = 0; i < docs.length; i += 10) await writeFactsBatch(store, docs.slice(i, i + 10));
}

async function exported(filter = {}): Promise<string[]> {
  const sink = memorySink();
  await exportGraph(store, { format: 'jsonl', filter, target: { sink } });
  return sink.text().trim().split('\n');
}

const numbered = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text }));
const aggregateLines = (lines: string[]) => lines.filter((l) => /"type":"CONTACTED(_IN)?"/.test(l));
const pairs = (rows: Array<Record<string, unknown>>) => new Set(rows.map((r) => `${r.a} ${r.b}`));

beforeAll(() => applySchema(store));
afterAll(() => store.close());

describe('importing JSON Lines keeps the contact aggregate exact', () => {
  it('counts the imported calls into a graph that shares pairs with them, once however often the file is imported', async () => {
    await graphOf(theirs);
    const file = await exported();
    const theirPairs = pairs(await aggregated(store));
    expect(aggregateLines(file).length).toBeGreaterThan(0);
    // Ours, and a few of their articles too: the same calls on both sides.
    await graphOf([...ours, ...theirs.slice(0, 3)]);
    const shared = [...pairs(await aggregated(store))].filter((p) => theirPairs.has(p));
    expect(shared.length).toBeGreaterThan(5);

    const report = await importJsonl(store, numbered(file), { batchSize: 150 });
    expect(report).toMatchObject({ aggregateLines: aggregateLines(file).length, missingEnds: 0, skipped: [] });
    const imported = await aggregated(store);
    expect(imported).toEqual(await walked(store));
    await importJsonl(store, numbered(file), { batchSize: 150 });
    expect(await aggregated(store)).toEqual(imported);
    // The same as writing every article through the writer.
    await graphOf(documents);
    expect(await aggregated(store)).toEqual(imported);
  }, 300_000);

  it('counts a filtered export from its own calls, not from the totals its lines carry', async () => {
    await graphOf(theirs);
    const dates = theirs.flatMap((d) => d.calls.map((c) => c.date!)).sort();
    const file = await exported({ from: dates[Math.floor(dates.length / 3)], to: dates[Math.floor((2 * dates.length) / 3)] });
    await graphOf(ours.slice(0, 10));
    await importJsonl(store, numbered(file));
    const walk = await walked(store);
    expect(walk.length).toBeGreaterThan(0);
    expect(await aggregated(store)).toEqual(walk);
  }, 300_000);
});
