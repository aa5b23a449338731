import { generateGraph } from '../../../bench/generate.js';
import { FactsBatchError, prepareFactsBatch, prepareFactsBatchInTurns } from '../../../src/graph/write-facts.js';
import { tallyContactsStatement } from '../../../src/graph/contact-tally-cypher.js';

// Five generated articles of ~50 facts (the benchmark's own documents, deterministic).
const documents: unknown[] = [...generateGraph({ calls: 500, seed: 1 }).documents()].slice(0, 5);

describe('prepareFactsBatch: the first half of writeFactsBatch, without a database', () => {
  it('gives the batch its articles, the statements with rows, and the tally last', () => {
    const { articleIds, statements } = prepareFactsBatch(documents);
    expect(articleIds).toEqual(documents.map((d) => (d as { source: { id: string } }).source.id));
    expect(statements.every((s) => !Array.isArray(s.params.rows) || s.params.rows.length > 0)).toBe(true);
    expect(statements.at(-1)!.cypher).toBe(tallyContactsStatement(['call_x'])!.cypher);
  });

  it('in turns builds the very same statements', async () => {
    expect(await prepareFactsBatchInTurns(documents)).toEqual(prepareFactsBatch(documents));
  });

  it('refuses a bad document by its index in either form, before anything is sent', async () => {
    const bad = [...documents.slice(0, 2), { source: { id: 'art_bad' }, calls: 'not a list' }];
    expect(() => prepareFactsBatch(bad)).toThrow(FactsBatchError);
    await expect(prepareFactsBatchInTurns(bad)).rejects.toThrow(`document ${bad.length - 1} (art_bad)`);
  });

  it('prepares nothing for no documents', () => {
    expect(prepareFactsBatch([])).toEqual({ articleIds: [], statements: [] });
  });
});
