import type { IngestReport } from '../../../src/graphql/ingest-types.js';
import { createApiClient } from './api-client.js';
import { seedFacts, useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ gazetteer: false });
const { api } = seeded;

describe('bad arguments', () => {
  it.each([
    ['first: -1', '{ calls(first: -1) { totalCount } }', 'first', '-1'],
    ['first above the cap of 100', '{ calls(first: 1000) { edges { cursor } } }', 'first', '1000'],
    ['a nested first', '{ leader(id: "joe-biden") { calls(first: -5) { totalCount } } }', 'first', '-5'],
    ['an invalid date', '{ calls(where: { from: "2022-02-30" }) { totalCount } }', 'where.from', '"2022-02-30"'],
    ['a date in another format', '{ leader(id: "joe-biden") { calls(from: "1/3/2022") { totalCount } } }', 'from', '"1/3/2022"'],
    ['a range that ends before it starts', '{ calls(where: { from: "2022-03-02", to: "2022-03-01" }) { totalCount } }', 'to', '"2022-03-01"'],
    ['an invalid cursor', '{ calls(after: "not-a-cursor") { totalCount } }', 'after', '"not-a-cursor"'],
    ['a cursor of another list', '{ calls(after: "WyJUd2VldCIsIjIwMjItMDMtMDEiLCJ0dyJd") { totalCount } }', 'after', 'WyJUd2VldCIsIjIwMjItMDMtMDEiLCJ0dyJd'],
    ['a country that is not a code', '{ calls(where: { country: "Ukraine" }) { totalCount } }', 'where.country', '"Ukraine"'],
    ['leader with neither id nor name', '{ leader { name } }', 'id', '{"id":null,"name":null}'],
  ])('refuses %s with BAD_USER_INPUT naming the argument and the value', async (_, query, argument, received) => {
    const { errors } = await api.query(query);
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errors![0].message).toContain(`Argument "${argument}"`);
    expect(errors![0].message).toContain(received);
  });

  it('names the variable when a variable holds the invalid date', async () => {
    const { errors } = await api.query('query ($from: Date) { calls(where: { from: $from }) { totalCount } }', { from: '2022-3-1' });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errors![0].message).toContain('$from');
  });
});

describe('ingestArticle', () => {
  const mutation = `mutation { ingestArticle(input: { text: "date 2022-03-02 Biden spoke with Scholz.", url: "https://example.test/a" }) {
    article { id } created calls { id } tweetCount commitmentCount incidentCount warnings } }`;

  it('fails with INGEST_UNAVAILABLE on a server without an ingestion service', async () => {
    const { errors } = await api.query(mutation);
    expect(errors![0].extensions).toMatchObject({ code: 'INGEST_UNAVAILABLE' });
  });

  it('hands the input to the ingestion service and answers with what the graph holds for the article it names', async () => {
    const inputs: unknown[] = [];
    // A service that reports the seed article (already in the graph): the answer's facts are read from the graph by its id.
    const report: IngestReport = {
      article: { id: seedFacts.source.id }, created: false, calls: [],
      tweetCount: 0, commitmentCount: 0, incidentCount: 0, warnings: [],
    };
    const ingesting = createApiClient(seeded.store, async (input) => (inputs.push(input), report));
    const { data, errors } = await ingesting.query(mutation);
    expect(errors).toBeUndefined();
    expect(inputs).toEqual([{ text: 'date 2022-03-02 Biden spoke with Scholz.', url: 'https://example.test/a' }]);
    expect(data!.ingestArticle).toMatchObject({ article: { id: seedFacts.source.id }, created: false, warnings: [] });
    expect(data!.ingestArticle.calls.map((c: { id: string }) => c.id).sort()).toEqual(seedFacts.calls.map((c) => c.id).sort());
  });
});

describe('database faults', () => {
  it('answers DATABASE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const { default: neo4j } = await import('neo4j-driver');
    const { GraphStore: Store } = await import('../../../src/graph/graph-store.js');
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), { connectionTimeout: 500, maxTransactionRetryTime: 0 });
    const down = createApiClient(new Store(driver));
    const { data, errors } = await down.query('{ call(id: "call_ce02b0266cb16a01") { id } }');
    expect(data).toEqual({ call: null });
    expect(errors![0].extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await driver.close();
  });
});
