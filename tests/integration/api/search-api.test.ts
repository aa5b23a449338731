import { expectData } from './api-client.js';
import { useSeededApi } from './fixtures.js';

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
