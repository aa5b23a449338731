import { articleId } from '../../../src/facts/fact-ids.js';
import { seedBody, useSeededApi } from './fixtures.js';

const seeded = useSeededApi();
const { api } = seeded;

/** The sorted participant lists of the calls matching `where`. */
async function callsWhere(where: string): Promise<string[][]> {
  const { data, errors } = await api.query(`{ calls(where: ${where}) { totalCount edges { node { participants { id } } } } }`);
  expect(errors).toBeUndefined();
  const found = data!.calls.edges.map((e: any) => e.node.participants.map((p: any) => p.id).sort().join('+'));
  expect(data!.calls.totalCount).toBe(found.length);
  return found.sort();
}

const BIDEN = 'joe-biden+volodymyr-zelenskyy';
const SCHOLZ = 'olaf-scholz+volodymyr-zelenskyy';
const ROYALS = 'uk-royal-family+volodymyr-zelenskyy';

describe('calls(where)', () => {
  it('filters by participant', async () => {
    expect(await callsWhere('{ participant: "joe-biden" }')).toEqual([BIDEN]);
    expect(await callsWhere('{ participant: "volodymyr-zelenskyy" }')).toEqual([BIDEN, SCHOLZ, ROYALS]);
  });

  it('filters by the country of a participant, in any case', async () => {
    expect(await callsWhere('{ country: "de" }')).toEqual([SCHOLZ]);
    expect(await callsWhere('{ country: "GB" }')).toEqual([ROYALS]);
    expect(await callsWhere('{ country: "UA", participant: "joe-biden" }')).toEqual([BIDEN]);
  });

  it('filters by a pair of actors or a pair of countries', async () => {
    expect(await callsWhere('{ participant: "volodymyr-zelenskyy", counterpart: "olaf-scholz" }')).toEqual([SCHOLZ]);
    expect(await callsWhere('{ country: "ua", counterpartCountry: "us" }')).toEqual([BIDEN]);
    expect(await callsWhere('{ country: "DE", counterpartCountry: "GB" }')).toEqual([]);
  });

  it.each([
    ['a counterpart without a participant', '{ counterpart: "olaf-scholz" }', 'where.counterpart'],
    ['a counterpart country without a country', '{ counterpartCountry: "US" }', 'where.counterpartCountry'],
  ])('refuses %s', async (_, where, argument) => {
    const { errors } = await api.query(`{ calls(where: ${where}) { totalCount } }`);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('filters by a date range, both ends included', async () => {
    expect(await callsWhere('{ from: "2022-03-01", to: "2022-03-01" }')).toEqual([BIDEN, SCHOLZ, ROYALS]);
    expect(await callsWhere('{ from: "2022-03-02" }')).toEqual([]);
    expect(await callsWhere('{ to: "2022-02-28" }')).toEqual([]);
  });

  it('filters by medium', async () => {
    expect(await callsWhere('{ medium: PHONE }')).toEqual([SCHOLZ, ROYALS]);
    expect(await callsWhere('{ medium: UNSPECIFIED }')).toEqual([BIDEN]);
    expect(await callsWhere('{ medium: VIDEO }')).toEqual([]);
  });

  it('filters by topic, case-insensitively', async () => {
    expect(await callsWhere('{ topic: "Sanctions" }')).toEqual([BIDEN]);
    expect(await callsWhere('{ topic: "eu accession", participant: "volodymyr-zelenskyy" }')).toEqual([SCHOLZ]);
  });
});

describe('paging through calls', () => {
  it('visits every call exactly once with first: 1, through opaque cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors } = await api.query(
        `query ($after: String) { calls(first: 1, after: $after) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      const { totalCount, edges, pageInfo } = data!.calls;
      expect(totalCount).toBe(3);
      expect(edges).toHaveLength(1);
      expect(edges[0].cursor).not.toContain(edges[0].node.id);
      expect(pageInfo).toMatchObject({ hasPreviousPage: after !== null, startCursor: edges[0].cursor, endCursor: edges[0].cursor });
      seen.push(edges[0].node.id);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    // Same date, so the id decides the order.
    expect(seen).toEqual([...seen].sort());
  });

  it('pages each leader’s calls separately in one query', async () => {
    const { data } = await api.query(`{
      z: leader(id: "volodymyr-zelenskyy") { calls(first: 2) { edges { node { id } } pageInfo { hasNextPage } } }
      b: leader(id: "joe-biden") { calls(first: 2) { edges { node { id } } pageInfo { hasNextPage } } }
    }`);
    expect(data!.z.calls.edges).toHaveLength(2);
    expect(data!.z.calls.pageInfo.hasNextPage).toBe(true);
    expect(data!.b.calls.edges).toHaveLength(1);
    expect(data!.b.calls.pageInfo.hasNextPage).toBe(false);
  });

  it('counts a country’s or an actor’s calls alike whether filtered or not, batched in one statement', async () => {
    const { data, errors } = await api.query(`{
      ua: calls(where: { country: "UA" }) { totalCount edges { node { id } } }
      uaPhone: calls(where: { country: "UA", medium: PHONE }) { totalCount edges { node { id } } }
      de: calls(where: { country: "DE" }) { totalCount edges { node { id } } }
      none: calls(where: { country: "FR" }) { totalCount edges { node { id } } }
      country(code: "UA") { calls { totalCount edges { node { id } } } }
      leader(id: "volodymyr-zelenskyy") { calls(from: "2022-03-01") { totalCount edges { node { id } } } }
    }`);
    expect(errors).toBeUndefined();
    const lists = [data!.ua, data!.uaPhone, data!.de, data!.none, data!.country.calls, data!.leader.calls];
    expect(lists.map((l: any) => l.totalCount)).toEqual(lists.map((l: any) => l.edges.length));
    expect(lists.map((l: any) => l.totalCount)).toEqual([3, 2, 1, 0, 3, 3]);
    // The independent count, through the participants' countries rather than INVOLVES.
    const [row] = await seeded.store.read({
      cypher: "MATCH (:Actor {country: 'UA'})-[:TOOK_PART_IN]->(c:Call) RETURN count(DISTINCT c) AS n",
      params: {},
    });
    expect(row.n).toBe(data!.ua.totalCount);
    const counts = api.statements.filter((s) => s.cypher.includes('AS total'));
    expect(counts.map((s) => (s.params.keys as unknown[]).length).reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('counts only when totalCount is asked for, and never loads a page just to count', async () => {
    await api.query('{ calls { edges { node { id } } } }');
    expect(api.statements.map((s) => s.cypher).filter((c) => c.includes('AS total'))).toHaveLength(0);
    const { data } = await api.query('{ calls { totalCount } }');
    expect(data!.calls.totalCount).toBe(3);
    expect(api.statements).toHaveLength(1);
    // Unfiltered: answered from the label count, without visiting a call.
    expect(api.statements[0].cypher).toContain('RETURN COUNT { (:Call) } AS total');
    expect(api.statements[0].cypher).not.toContain('collect(');
  });
});

describe('Call.sources', () => {
  it('quotes the article body exactly at [start, end)', async () => {
    const { data } = await api.query(`{ calls { edges { node {
      sources { quote start end rule article { id publishedOn textLength } }
    } } } }`);
    const sources = data!.calls.edges.flatMap((e: any) => e.node.sources);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) {
      expect(seedBody.slice(source.start, source.end)).toBe(source.quote);
      expect(source.rule).toEqual(expect.any(String));
      // The id hashes the body and the publication date its facts were resolved against (docs/graph-model.md).
      expect(source.article).toEqual({ id: articleId(seedBody, '2022-03-02'), publishedOn: '2022-03-02', textLength: seedBody.length });
    }
  });
});
