import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { runStages } from '../../src/extraction/pipeline.js';
import { buildDocument } from '../../src/extraction/build-document.js';
import { conformsToFacts } from '../../src/facts/conforms.js';
import { FactsDocumentError, parseFactsDocument } from '../../src/facts/facts-document.js';

const gazetteer = loadGazetteer();
const corpus = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const texts = [...corpus('tests/fixtures/corpus'), ...corpus('seeds')];

// Written for this test: one of each fact the extractor makes.
const OWN = [
  'date 2031-05-14\nPresident Mara Velden of Austria spoke by phone with Chancellor Olaf Scholz of Germany on Tuesday about energy.',
  'date 2031-05-14\nThe United States sanctioned three Iranian officials on Monday.',
];

describe('conformsToFacts: the extractor’s own document skips zod only when zod would return it unchanged', () => {
  it('passes every document of the dev corpus and the seeds, each equal to what the schema returns for it', () => {
    let facts = 0;
    for (const text of [...texts, ...OWN]) {
      const document = buildDocument(runStages(text, {}, gazetteer), gazetteer);
      expect(conformsToFacts(document)).toBe(true);
      const parsed = parseFactsDocument(JSON.parse(JSON.stringify(document)));
      expect(JSON.stringify(document)).toBe(JSON.stringify(parsed));
      expect(parseFactsDocument(document)).toStrictEqual(document);
      facts += document.calls.length + document.commitments.length;
    }
    expect(facts).toBeGreaterThan(20);
  });

  const base = () => buildDocument(runStages(OWN[0], {}, gazetteer), gazetteer);

  it('is unsure, and zod speaks, when a rule breaks the contract', () => {
    const broken = base();
    broken.calls[0].participants = broken.calls[0].participants.slice(0, 1);
    expect(conformsToFacts(broken)).toBe(false);
    expect(() => parseFactsDocument(broken)).toThrow(FactsDocumentError);
    for (const change of [
      (d: ReturnType<typeof base>) => { d.calls[0].date = '2031-02-30'; },
      (d: ReturnType<typeof base>) => { d.calls[0].evidence = []; },
      (d: ReturnType<typeof base>) => { d.calls[0].evidence[0].start = -1; },
      (d: ReturnType<typeof base>) => { d.calls[0].evidence[0].end = 1.5; },
      (d: ReturnType<typeof base>) => { d.calls[0].evidence[0].rule = ''; },
      (d: ReturnType<typeof base>) => { (d.calls[0] as { medium: string }).medium = 'letter'; },
      (d: ReturnType<typeof base>) => { d.actors[0].country = 'Austria'; },
      (d: ReturnType<typeof base>) => { (d.actors[0] as { kind: string }).kind = 'king'; },
      (d: ReturnType<typeof base>) => { d.countries[0].name = ''; },
    ]) {
      const doc = base();
      change(doc);
      expect(conformsToFacts(doc)).toBe(false);
      expect(() => parseFactsDocument(doc)).toThrow(FactsDocumentError);
    }
  });

  it('is unsure when zod would fill a default, drop a key or reorder keys', () => {
    const missing = base();
    delete (missing.actors[0] as { title?: unknown }).title;
    expect(conformsToFacts(missing)).toBe(false);
    expect(parseFactsDocument(missing).actors[0].title).toBeNull();

    const extra = base();
    (extra.calls[0] as Record<string, unknown>).note = 'x';
    expect(conformsToFacts(extra)).toBe(false);

    const reordered = base();
    const { id, ...rest } = reordered.calls[0];
    reordered.calls[0] = { ...rest, id };
    expect(conformsToFacts(reordered)).toBe(false);
    expect(JSON.stringify(parseFactsDocument(reordered).calls[0])).toBe(JSON.stringify(base().calls[0]));
  });
});
