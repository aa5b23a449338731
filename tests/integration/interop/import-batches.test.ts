/**
 * Batched import against the suite's Neo4j: documents written in batches give the same graph as
 * one transaction per document, and an article the database refuses (a key too long for its index,
 * valid for the contract) makes its batch fall back to one document per transaction: the other
 * articles of the batch are written, the refused one is listed and nothing of it is written.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { FactsDocument } from '../../../src/facts/facts-document.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { applySchema } from '../../../src/graph/apply-schema.js';
import { writeFacts, writeFactsBatch } from '../../../src/graph/write-facts.js';
import { importEvents, parserFor, type ImportStats } from '../../../src/interop/import-events.js';
import { createInteropLookup } from '../../../src/interop/interop-lookup.js';
import { readLines } from '../../../src/interop/read-lines.js';
import { graphCounts, graphFingerprint } from '../../helpers/graph-counts.js';
import { clear, count, interopStore } from './interop-graph.js';

const store = interopStore();
const lookup = createInteropLookup(loadGazetteer());
const rows = () => parserFor('icews')(readLines(createReadStream(join(process.cwd(), 'tests/fixtures/interop/icews-events.tab'))));

/** The document as written: the article `brokenId`'s calls get an id too long for the index, which the server refuses inside the transaction. */
const breaking = (brokenId: string | null) => (doc: FactsDocument): FactsDocument =>
  doc.source.id === brokenId ? { ...doc, calls: doc.calls.map((c) => ({ ...c, id: `call_${'x'.repeat(40_000)}` })) } : doc;

async function importWith(batchSize: number | null, brokenId: string | null = null): Promise<ImportStats> {
  const doc = breaking(brokenId);
  return importEvents(rows(), {
    lookup,
    write: (d) => writeFacts(store, doc(d)),
    ...(batchSize ? { writeBatch: (docs: FactsDocument[]) => writeFactsBatch(store, docs.map(doc)), batchSize } : {}),
  });
}

beforeAll(async () => {
  await clear(store);
  await applySchema(store);
});
afterAll(() => store.close());

describe('importing in batches', () => {
  it('writes the same graph as one transaction per article', async () => {
    await clear(store);
    const single = await importWith(null);
    const expected = { counts: await graphCounts(store), fingerprint: await graphFingerprint(store) };
    await clear(store);
    const batched = await importWith(4);
    expect({ counts: await graphCounts(store), fingerprint: await graphFingerprint(store) }).toEqual(expected);
    expect(batched).toMatchObject({ documents: single.documents, calls: single.calls, failed: [] });
  });

  it('falls back to one article per transaction when a batch fails, and lists the article that failed', async () => {
    await clear(store);
    // Every document of the fixture goes in one batch, so the broken article takes the batch down.
    const withCall = (await collectDocuments()).find((d) => d.calls.length > 0)!;
    const stats = await importWith(100, withCall.source.id);
    expect(stats.failed).toEqual([{ articleId: withCall.source.id, error: expect.stringMatching(/large|size|index/i) }]);
    const all = await collectDocuments();
    expect(stats.documents).toBe(all.length - 1);
    expect(await count(store, 'MATCH (a:Article) RETURN count(a)')).toBe(all.length - 1);
    expect(await count(store, 'MATCH (a:Article {id: $id}) RETURN count(a)', { id: withCall.source.id })).toBe(0);
  });
});

/** The documents the fixture releases, as the import writes them. */
async function collectDocuments(): Promise<FactsDocument[]> {
  const docs: FactsDocument[] = [];
  await importEvents(rows(), { lookup, write: async (d) => void docs.push(d) });
  return docs;
}
