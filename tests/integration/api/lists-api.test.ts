import { expectData } from './api-client.js';
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

const data = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);

const PAGE = 'totalCount edges { cursor node { id date } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Every call id, reading the whole list page by page in one direction. */
async function readAll(args: 'first' | 'last', direction: 'ASC' | 'DESC', size = 4): Promise<string[]> {
  const cursorArg = args === 'first' ? 'after' : 'before';
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const { calls } = await data(
      `query ($cursor: String) { calls(${args}: ${size}, ${cursorArg}: $cursor, orderBy: { direction: ${direction} }) { ${PAGE} } }`,
      { cursor },
    );
    const pageIds = calls.edges.map((e: any) => e.node.id);
    if (args === 'first') ids.push(...pageIds);
    else ids.unshift(...pageIds);
    const more = args === 'first' ? calls.pageInfo.hasNextPage : calls.pageInfo.hasPreviousPage;
    if (!more) break;
    cursor = args === 'first' ? calls.pageInfo.endCursor : calls.pageInfo.startCursor;
  }
  return ids;
}

describe('calls: ordering and keyset paging both ways', () => {
  it('orders newest first by default and oldest first on request, undated calls last either way', async () => {
    const { desc, asc } = await data(`{
      desc: calls(first: 100) { totalCount edges { node { date } } }
      asc: calls(first: 100, orderBy: { field: DATE, direction: ASC }) { edges { node { date } } }
    }`);
    // The seed and the dev corpus hold 15 calls, 4 of them undated (the Zelenskyy–Trudeau readout is of its
    // publication day: its headline is in the present tense, date.present-report).
    expect(desc.totalCount).toBe(15);
    const dates = (c: any) => c.edges.map((e: any) => e.node.date);
    expect(dates(desc).slice(0, 2)).toEqual(['2025-10-26', '2025-01-26']);
    expect(dates(asc).slice(0, 2)).toEqual(['2021-12-07', '2022-01-11']);
    expect(dates(desc).slice(-5)).toEqual(['2021-12-07', null, null, null, null]);
    expect(dates(asc).slice(-5)).toEqual(['2025-10-26', null, null, null, null]);
  });

  it.each([['DESC'], ['ASC']] as const)('visits the same calls in the same order forward and backward (%s)', async (direction) => {
    const { calls } = await data(`{ calls(first: 100, orderBy: { direction: ${direction} }) { edges { node { id } } } }`);
    const all = calls.edges.map((e: any) => e.node.id);
    expect(await readAll('first', direction)).toEqual(all);
    expect(await readAll('last', direction)).toEqual(all);
  });

  it('reads the page before a cursor with `last`, and says what lies on either side', async () => {
    const { calls: first } = await data(`{ calls(first: 6) { ${PAGE} } }`);
    const { calls: back } = await data(`query ($before: String) { calls(last: 2, before: $before) { ${PAGE} } }`, { before: first.pageInfo.endCursor });
    expect(back.edges.map((e: any) => e.node.id)).toEqual(first.edges.slice(3, 5).map((e: any) => e.node.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true, startCursor: first.edges[3].cursor });
    expect(back.totalCount).toBe(15);
  });

  it('sends one page statement for sibling lists read the same way, and one per other way', async () => {
    await data(`{
      a: calls(first: 2) { edges { node { id } } }
      b: calls(first: 3, where: { country: "UA" }) { edges { node { id } } }
      c: calls(last: 2) { edges { node { id } } }
      d: calls(last: 2, orderBy: { direction: ASC }) { edges { node { id } } }
    }`);
    // calls and callsOfCountry newest first (2 shapes), then calls backward, then calls oldest first backward.
    expect(api.statements).toHaveLength(4);
  });

  it.each([
    ['first with last', '{ calls(first: 2, last: 2) { totalCount } }', 'last'],
    ['after with before', '{ calls(after: "x", before: "y") { totalCount } }', 'before'],
    ['last above the cap', '{ calls(last: 101) { totalCount } }', 'last'],
    ['a cursor of another list', '{ calls(last: 1, before: "WyJUd2VldCIsIjIwMjItMDMtMDEiLCJ0dyJd") { totalCount } }', 'before'],
  ])('refuses %s', async (_, query, argument) => {
    const { errors } = await api.query(query);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('tweets(where)', () => {
  it('filters by author, hashtag (with or without #, any case) and date', async () => {
    const found = await data(`{
      all: tweets { totalCount }
      zelenskyy: tweets(where: { author: "volodymyr-zelenskyy" }) { totalCount }
      eu: tweets(where: { hashtag: "#eu" }) { totalCount edges { node { hashtags author { id } } } }
      day: tweets(where: { from: "2022-03-01", to: "2022-03-01" }, orderBy: { direction: ASC }) { totalCount }
    }`);
    expect(found.all.totalCount).toBe(4);
    expect(found.zelenskyy.totalCount).toBe(3);
    expect(found.eu).toEqual({ totalCount: 1, edges: [{ node: { hashtags: ['EU'], author: { id: 'volodymyr-zelenskyy' } } }] });
    expect(found.day.totalCount).toBe(2);
  });
});

describe('commitments(where)', () => {
  it('filters by kind, committing, targeted and benefiting country, and date', async () => {
    const found = await data(`{
      sanctions: commitments(where: { kind: "SANCTIONS", byCountry: "us" }) { totalCount edges { node { date target { code } } } }
      onRussia: commitments(where: { target: "RU" }) { totalCount }
      forUkraine: commitments(where: { beneficiary: "UA", from: "2022-02-22", to: "2022-02-22" }) { totalCount edges { node { kind } } }
      cambodia: commitments(where: { byCountry: "KH" }) { totalCount edges { node { kind target { code } } } }
    }`);
    // Biden's sanctions on Russia: 2021-12-07, 2022-02-11, 2022-02-22 ("new sanctions announced today", beside
    // "the Executive Order issued last night"), 2022-02-25, and one undated (the seed's).
    expect(found.sanctions.totalCount).toBe(5);
    expect(found.sanctions.edges.map((e: any) => e.node.date)).toEqual(['2022-02-25', '2022-02-22', '2022-02-11', '2021-12-07', null]);
    expect(found.sanctions.edges.every((e: any) => e.node.target.code === 'RU')).toBe(true);
    expect(found.onRussia.totalCount).toBe(6);
    expect(found.forUkraine.edges.map((e: any) => e.node.kind).sort()).toEqual(['diplomatic_support', 'economic_aid', 'security_assistance']);
    expect(found.cambodia).toEqual({ totalCount: 1, edges: [{ node: { kind: 'agreement', target: { code: 'TH' } } }] });
  });

  it('refuses a country filter that is not a code', async () => {
    const { errors } = await api.query('{ commitments(where: { target: "Russia" }) { totalCount } }');
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.target' });
  });
});

describe('incidents(where)', () => {
  it('filters by the country it happened in, kind and date', async () => {
    const found = await data(`{
      ua: incidents(where: { country: "ua", kind: "Strike" }, orderBy: { direction: ASC }) { totalCount edges { node { place date perpetrator { code } } } }
      before: incidents(where: { to: "2022-02-28" }) { totalCount }
    }`);
    // The seed's two strikes of 2022-03-01; same day, so the id decides their order.
    expect(found.ua.totalCount).toBe(2);
    expect(found.ua.edges.map((e: any) => e.node.place).sort()).toEqual(['Kharkiv', 'Kyiv']);
    expect(found.ua.edges.every((e: any) => e.node.date === '2022-03-01' && e.node.perpetrator.code === 'RU')).toBe(true);
    expect(found.before.totalCount).toBe(0);
  });
});

describe('actors(where)', () => {
  it('filters by kind, country and part of a name or alias, ordered by id, both ways', async () => {
    const found = await data(`{
      zelensky: actors(where: { name: "ZELENSK" }) { edges { node { id } } }
      germans: actors(where: { country: "de", kind: LEADER }) { totalCount edges { node { id } } }
      lastTwo: actors(where: { country: "de", kind: LEADER }, last: 2) { edges { node { id } } pageInfo { hasPreviousPage hasNextPage } }
      royals: actors(where: { kind: INSTITUTION, name: "royal" }) { edges { node { __typename id } } }
    }`);
    expect(found.zelensky.edges).toEqual([{ node: { id: 'volodymyr-zelenskyy' } }]);
    const germans = found.germans.edges.map((e: any) => e.node.id);
    expect(germans).toEqual([...germans].sort());
    expect(germans).toEqual(expect.arrayContaining(['angela-merkel', 'olaf-scholz', 'friedrich-merz']));
    expect(found.germans.totalCount).toBe(germans.length);
    expect(found.lastTwo.edges.map((e: any) => e.node.id)).toEqual(germans.slice(-2));
    expect(found.lastTwo.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    expect(found.royals.edges).toContainEqual({ node: { __typename: 'Institution', id: 'uk-royal-family' } });
  });
});

describe('articles(where)', () => {
  it('lists articles by publication date, within a window, both ways', async () => {
    const found = await data(`{
      all: articles(first: 100) { totalCount }
      since: articles(where: { from: "2022-03-01", to: "2022-12-31" }, orderBy: { direction: ASC }) { edges { node { publishedOn } } }
      newest: articles(first: 1) { edges { node { publishedOn reported { __typename } } } }
    }`);
    // The seed and twelve dev-corpus articles.
    expect(found.all.totalCount).toBe(13);
    expect(found.since.edges.map((e: any) => e.node.publishedOn)).toEqual(['2022-03-02', '2022-05-28', '2022-06-15', '2022-09-14']);
    expect(found.newest.edges[0].node.publishedOn).toBe('2025-10-26');
  });
});

describe('statements per request for the lists', () => {
  it('sends one statement per list shape, however many rows, reading the levels below with it', async () => {
    const lists = `incidents { edges { node { id } } }
      actors(first: 5) { edges { node { id } } }
      articles(first: 5) { totalCount edges { node { id } } }
      topic(name: "sanctions") { calls { edges { node { id PARTICIPANTS } } } }`;
    await data(`{ ${lists.replace('PARTICIPANTS', '')} }`);
    // incidents, actors, articles (page and count), and the topic with the first page of its calls.
    expect(api.statements).toHaveLength(5);
    // The calls' participants and their countries are read with the calls (two levels ahead).
    await data(`{ ${lists.replace('PARTICIPANTS', 'participants { name country { code } }')} }`);
    expect(api.statements).toHaveLength(5);
    expect(api.statements.some((statement) => /\bpage0\b/.test(statement.cypher) && statement.cypher.includes('countryOfActor'))).toBe(true);
  });
});
