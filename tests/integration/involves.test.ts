import { readFileSync } from 'node:fs';
import { parseFactsDocument, type FactsDocument } from '../../src/facts/facts-document.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GazetteerData } from '../../src/graph/build-gazetteer-statements.js';
import { writeFacts } from '../../src/graph/write-facts.js';
import { writeGazetteer } from '../../src/graph/write-gazetteer.js';
import { clearGraph, testStore } from '../helpers/graph-counts.js';

// (:Call)-[:INVOLVES]->(:Country) is derived from the participants' countries; whatever path
// writes the graph, it must equal what the participants imply.
const store = testStore();
const read = (cypher: string, params: Record<string, unknown> = {}) => store.read({ cypher, params });
const seed = parseFactsDocument(
  JSON.parse(readFileSync(new URL('../fixtures/seed/000_58b2ec0da89f2029.facts.json', import.meta.url), 'utf8')),
);

/** Per call: the countries INVOLVES names, and those its participants' countries imply. */
async function involvesAndImplied(): Promise<Array<{ id: string; involves: string[]; implied: string[] }>> {
  const rows = await read(`MATCH (c:Call)
    RETURN c.id AS id,
           [(c)-[:INVOLVES]->(k:Country) | k.code] AS involves,
           [(p:Actor)-[:TOOK_PART_IN]->(c) WHERE EXISTS { (:Country {code: p.country}) } | p.country] AS implied
    ORDER BY id`);
  const sorted = (xs: unknown) => [...new Set(xs as string[])].sort();
  return rows.map((r) => ({ id: r.id as string, involves: sorted(r.involves), implied: sorted(r.implied) }));
}

const actor = (id: string, name: string, country: string | null) => ({ id, kind: 'leader' as const, name, title: null, country, aliases: [], handles: [] });

/** An article with one call between Biden and a leader whose country it may not know. */
function callWith(articleId: string, other: { id: string; name: string; country: string | null }): FactsDocument {
  const quote = `Biden spoke with ${other.name}.`;
  return parseFactsDocument({
    source: { id: articleId, publishedOn: '2024-05-02' },
    actors: [actor('joe-biden', 'Joe Biden', 'US'), actor(other.id, other.name, other.country)],
    countries: [{ code: 'US', name: 'United States' }],
    calls: [
      {
        id: 'call_involves_test', participants: ['joe-biden', other.id], date: '2024-05-01', medium: 'phone', topics: [],
        evidence: [{ quote, start: 0, end: quote.length, rule: 'contact.phone-call' }],
      },
    ],
  });
}

const gazetteer = (country: string): GazetteerData => ({
  countries: [
    { code: 'FR', alpha3: 'FRA', name: 'France', officialName: 'French Republic', aliases: [], demonyms: ['French'], capitals: ['Paris'] },
    { code: 'DE', alpha3: 'DEU', name: 'Germany', officialName: 'Federal Republic of Germany', aliases: [], demonyms: ['German'], capitals: ['Berlin'] },
  ],
  leaders: [
    { id: 'pat-doe', name: 'Pat Doe', aliases: [], handles: [], offices: [{ title: 'President', country, kind: 'leader', since: '2020-01-01', until: null }] },
  ],
  institutions: [],
});

const involvesOfTestCall = async () => (await involvesAndImplied()).find((c) => c.id === 'call_involves_test')?.involves;

beforeAll(async () => {
  await clearGraph(store);
  await applySchema(store);
});
afterAll(() => store.close());

describe('(:Call)-[:INVOLVES]->(:Country)', () => {
  it('names exactly the countries of each call’s participants', async () => {
    await writeFacts(store, seed);
    const calls = await involvesAndImplied();
    expect(calls.length).toBe(seed.calls.length);
    for (const call of calls) expect(call.involves).toEqual(call.implied);
    expect(calls.flatMap((c) => c.involves)).toContain('UA');
  });

  it('gives earlier calls the country of a participant once an article names it', async () => {
    await clearGraph(store);
    await writeFacts(store, callWith('art_no_country', { id: 'pat-doe', name: 'Pat Doe', country: null }));
    expect(await involvesOfTestCall()).toEqual(['US']);
    await writeFacts(store, parseFactsDocument({
      source: { id: 'art_with_country', publishedOn: '2024-05-03' },
      actors: [actor('pat-doe', 'Pat Doe', 'FR')],
      countries: [{ code: 'FR', name: 'France' }],
    }));
    expect(await involvesOfTestCall()).toEqual(['FR', 'US']);
  });

  it('follows a country the gazetteer changes, dropping the old one', async () => {
    await writeGazetteer(store, gazetteer('DE'));
    expect(await involvesOfTestCall()).toEqual(['DE', 'US']);
    await writeGazetteer(store, gazetteer('FR'));
    expect(await involvesOfTestCall()).toEqual(['FR', 'US']);
  });

  it('is added once to a database written before it existed, by the schema step', async () => {
    await clearGraph(store);
    await applySchema(store);
    await writeFacts(store, seed);
    const before = await involvesAndImplied();
    await store.writeAll([
      { cypher: 'MATCH ()-[r:INVOLVES]->() DELETE r', params: {} },
      // Only this migration's record: the others (the contact key, the aggregate) stay applied.
      { cypher: 'MATCH (m:Migration {id: $id}) DELETE m', params: { id: 'call-involves-country' } },
    ]);
    expect((await involvesAndImplied()).every((c) => c.involves.length === 0)).toBe(true);

    expect((await applySchema(store)).migrations).toEqual(['call-involves-country']);
    expect(await involvesAndImplied()).toEqual(before);
    expect((await applySchema(store)).migrations).toEqual([]);
  });
});
