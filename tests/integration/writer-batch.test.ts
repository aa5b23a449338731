/**
 * writeFactsBatch against a real Neo4j: a batch writes the same graph as its documents written one
 * by one, writing it again changes nothing, one invalid document stops the whole batch before
 * anything is written (and is named), and the same call in two documents of a batch is one Call.
 */
import { readFileSync } from 'node:fs';
import { parseFactsDocument, type FactsDocument } from '../../src/facts/facts-document.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { FactsBatchError, writeFacts, writeFactsBatch } from '../../src/graph/write-facts.js';
import { generateGraph } from '../../bench/generate.js';
import { clearGraph, graphCounts, graphFingerprint, testStore } from '../helpers/graph-counts.js';

const store = testStore();
const seed = parseFactsDocument(
  JSON.parse(readFileSync(new URL('../fixtures/seed/000_58b2ec0da89f2029.facts.json', import.meta.url), 'utf8')),
);
/** Synthetic articles sharing busy actors, countries and topics, plus the hand-written seed article. */
const documents: FactsDocument[] = [...generateGraph({ calls: 120, seed: 3, factsPerArticle: 20 }).documents(), seed];

/** A second article reporting the seed's first call with a specific medium and another topic. */
function secondReport(): FactsDocument {
  const call = seed.calls[0];
  const quote = 'Zelenskyy and Biden held a phone call on Tuesday about air defence.';
  return parseFactsDocument({
    source: { id: 'art_second', publishedOn: '2022-03-02' },
    actors: seed.actors.filter((a) => call.participants.includes(a.id)),
    countries: [{ code: 'UA', name: 'Ukraine' }],
    calls: [{ ...call, medium: 'phone', topics: ['Air defence'], evidence: [{ quote, start: 0, end: quote.length, rule: 'contact.phone-call' }] }],
  });
}

async function snapshot() {
  return { counts: await graphCounts(store), fingerprint: await graphFingerprint(store) };
}

beforeAll(() => applySchema(store));
afterAll(() => store.close());

describe('writeFactsBatch', () => {
  it('writes the same graph as writing its documents one by one', async () => {
    await clearGraph(store);
    for (const doc of documents) await writeFacts(store, doc);
    const oneByOne = await snapshot();

    await clearGraph(store);
    const report = await writeFactsBatch(store, documents);
    expect(await snapshot()).toEqual(oneByOne);
    expect(report).toMatchObject({ documents: documents.length, articleIds: documents.map((d) => d.source.id) });
    expect(report.relationshipsCreated).toBe(oneByOne.counts.relationships);
    expect(report.nodesCreated).toBe(oneByOne.counts.nodes);
  });

  it('changes nothing when the same batch is written again, whole or split differently', async () => {
    const before = await snapshot();
    const again = await writeFactsBatch(store, documents);
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, labelsAdded: 0 });
    await writeFactsBatch(store, documents.slice(0, 3));
    await writeFactsBatch(store, [documents[5], documents[1], documents[5]]);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when one document is invalid, and names it by index and source id', async () => {
    await clearGraph(store);
    await writeFacts(store, seed);
    const before = await snapshot();
    const broken = { ...secondReport(), tweets: [{ ...seed.tweets[0], author: 'nobody' }] };
    const attempt = writeFactsBatch(store, [documents[0], documents[1], broken, documents[2]]);
    await expect(attempt).rejects.toThrow(FactsBatchError);
    await expect(writeFactsBatch(store, [documents[0], broken])).rejects.toThrow(
      /document 1 \(art_second\): tweets\.0\.author: an actor id defined in the document, got "nobody"/,
    );
    await expect(writeFactsBatch(store, [documents[0], { source: { publishedOn: null } }])).rejects.toThrow(/document 1 \(no source id\): source\.id/);
    expect(await snapshot()).toEqual(before);
  });

  it('merges the same call reported by two documents of one batch, as two separate writes would', async () => {
    await clearGraph(store);
    await writeFacts(store, seed);
    await writeFacts(store, secondReport());
    const separate = await snapshot();

    await clearGraph(store);
    await writeFactsBatch(store, [seed, secondReport()]);
    expect(await snapshot()).toEqual(separate);
    const rows = await store.read({
      cypher: `MATCH (c:Call {id: $id}) RETURN c.medium AS medium, COUNT { (:Article)-[:REPORTS]->(c) } AS reports,
                      COUNT { (c)<-[:TOOK_PART_IN]-() } AS participants, [(c)-[:DISCUSSED]->(t) | t.name] AS topics`,
      params: { id: seed.calls[0].id },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ medium: 'phone', reports: 3, participants: 2 });
    expect(rows[0].topics).toContain('air defence');
  });

  it('unions the lists of one post reported by two documents of one batch, as two separate writes would', async () => {
    const tweet = seed.tweets[0];
    const quote = tweet.text;
    const repost = (id: string, hashtags: string[], mentions: string[]): FactsDocument =>
      parseFactsDocument({
        source: { id, publishedOn: '2022-03-03' },
        actors: seed.actors.filter((a) => a.id === tweet.author || a.id === 'joe-biden'),
        tweets: [{ ...tweet, about: null, hashtags, mentions, evidence: [{ quote, start: 0, end: quote.length, rule: 'tweet.quoted-wrote' }] }],
      });
    const docs = [repost('art_post_a', ['#Ukraine', '#Sanctions'], ['Biden']), repost('art_post_b', ['#Sanctions', '#NATO'], ['Biden', '@POTUS'])];
    await clearGraph(store);
    for (const doc of docs) await writeFacts(store, doc);
    const oneByOne = await snapshot();
    await clearGraph(store);
    await writeFactsBatch(store, docs);
    expect(await snapshot()).toEqual(oneByOne);
    const [row] = await store.read({ cypher: 'MATCH (t:Tweet {id: $id}) RETURN t.hashtags AS hashtags, t.mentions AS mentions', params: { id: tweet.id } });
    expect(row).toEqual({ hashtags: ['#Ukraine', '#Sanctions', '#NATO'], mentions: ['Biden', '@POTUS'] });
  });

  it('keeps one article written twice in one batch single, with single MENTIONS edges', async () => {
    await clearGraph(store);
    await writeFacts(store, seed);
    const once = await snapshot();
    await clearGraph(store);
    await writeFactsBatch(store, [seed, seed]);
    expect(await snapshot()).toEqual(once);
    expect(await store.read({ cypher: 'MATCH (a:Article) WHERE a.creating IS NOT NULL RETURN a.id AS id', params: {} })).toEqual([]);
  });
});
