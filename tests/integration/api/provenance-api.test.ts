import { readFileSync } from 'node:fs';
import { extractFacts } from '../../../src/extraction/pipeline.js';
import { corpusFiles, seedBody, seedFacts, useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

// Every article of the graph, as the extractor read it: its id, its body and what it found.
const articles = [
  { name: 'the seed', document: seedFacts, body: seedBody },
  ...corpusFiles.map((file) => {
    const { document, body } = extractFacts(readFileSync(new URL(`../../fixtures/corpus/${file}`, import.meta.url), 'utf8'));
    return { name: file, document, body };
  }),
];

const SOURCES = 'sources { article { id url title publishedOn } quote start end rule }';

describe('provenance: every fact says which article reported it, with the exact words', () => {
  it.each(articles.map((a) => [a.name, a] as const))('%s lists what it reported, each with a source quoting its body', async (_, article) => {
    const { data, errors } = await api.query(
      `query ($id: ID!) { article(id: $id) { id publishedOn reported {
        __typename
        ... on Call { id ${SOURCES} }
        ... on Tweet { id ${SOURCES} }
        ... on Commitment { id ${SOURCES} }
        ... on Incident { id ${SOURCES} }
      } } }`,
      { id: article.document.source.id },
    );
    expect(errors).toBeUndefined();
    const { reported } = data!.article;
    const { calls, tweets, commitments, incidents } = article.document;
    const expected = [
      ...calls.map((f) => `Call:${f.id}`), ...tweets.map((f) => `Tweet:${f.id}`),
      ...commitments.map((f) => `Commitment:${f.id}`), ...incidents.map((f) => `Incident:${f.id}`),
    ];
    expect(reported.map((f: any) => `${f.__typename}:${f.id}`).sort()).toEqual([...new Set(expected)].sort());
    for (const fact of reported) {
      const own = fact.sources.filter((s: any) => s.article.id === article.document.source.id);
      expect(own.length).toBeGreaterThan(0);
      for (const source of own) {
        expect(article.body.slice(source.start, source.end)).toBe(source.quote);
        expect(source.rule).toEqual(expect.any(String));
        expect(source.article.publishedOn).toBe(data!.article.publishedOn);
      }
    }
    // The article, what it reported, then one batch of sources per kind of fact.
    expect(api.statements.length).toBeLessThanOrEqual(6);
  });

  it('lists what an article reported in the order its text states it', async () => {
    const { data } = await api.query(`{ article(id: "${seedFacts.source.id}") {
      reported { ... on Call { sources { start article { id } } } ... on Tweet { sources { start article { id } } } ... on Commitment { sources { start article { id } } } ... on Incident { sources { start article { id } } } } } }`);
    // A fact another article also reported has sources there too; the order is that of this article's text.
    const own = (f: any) => f.sources.filter((s: any) => s.article.id === seedFacts.source.id);
    const firstStarts = data!.article.reported.map((f: any) => Math.min(...own(f).map((s: any) => s.start)));
    expect(firstStarts).toEqual([...firstStarts].sort((a, b) => a - b));
  });

  it('leaves no call without a source', async () => {
    const { data } = await api.query(`{ calls(first: 100) { edges { node { id sources { article { id } } } } } }`);
    for (const { node } of data!.calls.edges) expect(node.sources.length).toBeGreaterThan(0);
  });
});
