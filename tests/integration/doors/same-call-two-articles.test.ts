/**
 * Two governments' readouts of one call, in their own house styles, ingested through the API:
 * one Call with two sources; the same post quoted by two articles: one Tweet with two sources.
 * (A readout that gives no day for its call cannot be matched safely across articles: such a call
 * stays the article's own; queries/11-duplicate-call-audit.cypher lists the candidates.)
 */
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { clearGraph } from '../../helpers/graph-counts.js';
import { seededStore, testApp } from '../../helpers/seeded-app.js';

const WHITE_HOUSE = `date 2021-12-07
Readout of President Biden's Video Call with President Vladimir Putin of Russia

President Joseph R. Biden, Jr. held a secure video call today with President Vladimir Putin of Russia to discuss a range of issues, including strategic stability and ransomware.`;

const KREMLIN = `date 2021-12-07
Talks with US President Joseph Biden

On December 7, Vladimir Putin had talks with President of the United States of America Joseph Biden via videoconference. The two presidents discussed strategic stability and cyber security.`;

const POST = '"We stand with Ukraine. Sanctions on Russia will be tightened," Chancellor Olaf Scholz wrote on X.';
const FIRST = `date 2023-02-25\nGerman Chancellor Olaf Scholz spoke by phone with President Volodymyr Zelenskyy on Friday. ${POST}`;
const SECOND = `date 2023-02-26\nThe conversation came a day after a missile strike. ${POST} Analysts expect more aid.`;

const INGEST = 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created calls { id } } }';

describe('one fact reported by two articles', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
    await clearGraph(store);
  });
  afterAll(() => store.close());

  it('folds two readouts of one video call into one Call with two sources', async () => {
    const t = testApp(store);
    const a = await t.post({ query: INGEST, variables: { text: WHITE_HOUSE } });
    const b = await t.post({ query: INGEST, variables: { text: KREMLIN } });
    expect(a.json.errors).toBeUndefined();
    expect(b.json.errors).toBeUndefined();
    expect(a.json.data.ingestArticle.calls).toEqual(b.json.data.ingestArticle.calls);
    const id = a.json.data.ingestArticle.calls[0].id;
    const { json } = await t.post({ query: `{ call(id: "${id}") { date medium participants { id } sources { article { id } quote } } }` });
    expect(json.data.call.date).toBe('2021-12-07');
    expect(json.data.call.medium).toBe('VIDEO');
    expect(json.data.call.participants.map((p: { id: string }) => p.id).sort()).toEqual(['joe-biden', 'vladimir-putin']);
    expect(new Set(json.data.call.sources.map((s: { article: { id: string } }) => s.article.id)).size).toBe(2);
    const [row] = await store.read({ cypher: 'MATCH (c:Call) RETURN count(c) AS calls', params: {} });
    expect(row.calls).toBe(1);
  });

  it('keeps one Tweet for a post quoted by two articles, with a source in each', async () => {
    const t = testApp(store);
    for (const text of [FIRST, SECOND]) expect((await t.post({ query: INGEST, variables: { text } })).json.errors).toBeUndefined();
    const rows = await store.read({
      cypher: 'MATCH (t:Tweet) WHERE t.text CONTAINS $words OPTIONAL MATCH (a:Article)-[:REPORTS]->(t) RETURN t.id AS id, count(DISTINCT a) AS articles',
      params: { words: 'We stand with Ukraine' },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].articles).toBe(2);
  });
});
