import { expectData } from './api-client.js';
import { useSeededApi } from './fixtures.js';
import { searchStatement } from '../../../src/graph/readers/full-text-search.js';
import type { Statement } from '../../../src/graph/graph-store.js';
import { testDriver } from '../../helpers/graph-counts.js';

/** The operators of a statement's plan (EXPLAIN: planned, not run). */
async function planOperators({ cypher, params }: Statement): Promise<string[]> {
  const driver = testDriver();
  try {
    const { summary } = await driver.executeQuery(`EXPLAIN ${cypher}`, params);
    const names: string[] = [];
    const walk = (plan: any) => {
      names.push(String(plan.operatorType).replace(/@.*$/, ''));
      for (const child of plan.children ?? []) walk(child);
    };
    walk(summary.plan);
    return names;
  } finally {
    await driver.close();
  }
}

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

const data = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);

const HIT = `score snippet node {
  __typename
  ... on Actor { id }
  ... on Country { code }
  ... on Call { id }
  ... on Tweet { author { id } }
  ... on Commitment { kind }
  ... on Topic { name }
}`;

describe('search: full text over names, posts, quotes and topics', () => {
  it('finds an actor by surname, best first, and the calls whose reports name him', async () => {
    const { search } = await data(`{ search(text: "Scholz") { ${HIT} } }`);
    expect(search[0]).toMatchObject({ snippet: 'Olaf Scholz', node: { __typename: 'Leader', id: 'olaf-scholz' } });
    expect(search.slice(1).map((h: any) => h.node.__typename)).toContain('Call');
    const scores = search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds each kind of node by its own text', async () => {
    const found = await data(`{
      country: search(text: "Ukraine", first: 1) { ${HIT} }
      tweet: search(text: "American leadership", first: 1) { ${HIT} }
      commitment: search(text: "accountable", first: 2) { ${HIT} }
      topic: search(text: "eu accession", first: 5) { ${HIT} }
    }`);
    expect(found.country).toEqual([expect.objectContaining({ snippet: 'Ukraine', node: { __typename: 'Country', code: 'UA' } })]);
    expect(found.tweet[0].node).toEqual({ __typename: 'Tweet', author: { id: 'volodymyr-zelenskyy' } });
    expect(found.tweet[0].snippet).toMatch(/^American leadership on anti-Russian sanctions/);
    expect(found.commitment.map((h: any) => h.node.kind).sort()).toEqual(['accountability', 'sanctions']);
    expect(found.topic.map((h: any) => h.node)).toContainEqual({ __typename: 'Topic', name: 'eu accession' });
    // Four searches, one batch.
    expect(api.statements.filter((s) => s.cypher.includes('db.index.fulltext'))).toHaveLength(1);
  });

  it.each([
    ['Lucene operators and specials', 'AND OR ( ) " ~ * :'],
    ['a field query', 'name:Scholz'],
    ['an unbalanced quote', '"Scholz'],
    ['a fuzzy and a wildcard', 'Schol~ Bid*'],
    ['a range', '[a TO z]'],
  ])('takes %s as plain words, without an error', async (_, text) => {
    const { search } = await data('query ($text: String!) { search(text: $text) { score } }', { text });
    expect(Array.isArray(search)).toBe(true);
  });

  it('sends no statement for text without a letter or digit', async () => {
    expect((await data('{ search(text: " ()!? ") { score } }')).search).toEqual([]);
    expect(api.statements).toHaveLength(0);
  });

  it.each([
    ['Zelen', 'volodymyr-zelenskyy'],
    ['zelensk', 'volodymyr-zelenskyy'],
    ['Sch', 'olaf-scholz'],
    ['Olaf Sch', 'olaf-scholz'],
    ['Emman', 'emmanuel-macron'],
  ])('finds a name as it is typed: "%s" → %s first', async (text, id) => {
    const { search } = await data('query ($text: String!) { search(text: $text, first: 5) { score snippet node { ... on Actor { id } } } }', { text });
    expect(search[0].node).toEqual({ id });
  });

  it('ranks a whole word typed out above the longer names it begins', async () => {
    const { search } = await data(`{ search(text: "Ukrain", first: 20) { ${HIT} } }`);
    expect(search[0]).toMatchObject({ snippet: 'Ukraine', node: { __typename: 'Country', code: 'UA' } });
    const { search: whole } = await data(`{ search(text: "Biden", first: 20) { ${HIT} } }`);
    expect(whole[0].node).toEqual({ __typename: 'Leader', id: 'joe-biden' });
  });

  it('finds countries and topics by prefix too, but posts and quotes only by whole words', async () => {
    const { country, topic, post } = await data(`{
      country: search(text: "Germ", first: 3) { ${HIT} }
      topic: search(text: "eu acc", first: 10) { ${HIT} }
      post: search(text: "leadersh", first: 10) { ${HIT} }
    }`);
    expect(country[0].node).toEqual({ __typename: 'Country', code: 'DE' });
    expect(topic.map((h: any) => h.node)).toContainEqual({ __typename: 'Topic', name: 'eu accession' });
    expect(post.map((h: any) => h.node.__typename)).not.toContain('Tweet');
  });

  it('finds names through the full-text indexes, never by scanning the actors', async () => {
    const statement = searchStatement([{ query: 'Zelen', take: 10 }]);
    const operators = await planOperators(statement);
    expect(operators).toContain('ProcedureCall');
    expect(operators.filter((o) => /LabelScan|AllNodesScan/.test(o))).toEqual([]);
  });

  it.each([
    ['first: 0', '{ search(text: "Biden", first: 0) { score } }', 'first'],
    ['first above the cap', '{ search(text: "Biden", first: 101) { score } }', 'first'],
  ])('refuses %s', async (_, query, argument) => {
    const { errors } = await api.query(query);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('topic(name)', () => {
  it('pages the calls that discussed a topic, found in any case and spacing', async () => {
    const { topic, none } = await data(`{
      topic(name: " EU  Accession ") { name calls { totalCount edges { node { participants { id } } } } }
      none: topic(name: "nothing discussed") { name }
    }`);
    expect(topic).toEqual({
      name: 'eu accession',
      calls: { totalCount: 1, edges: [{ node: { participants: [{ id: 'olaf-scholz' }, { id: 'volodymyr-zelenskyy' }] } }] },
    });
    expect(none).toBeNull();
  });
});
