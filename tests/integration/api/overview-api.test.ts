/**
 * The graph at a glance (schema/overview.graphql) on the seed graph and the dev corpus: each
 * count agrees with the calls the API lists one by one for the same actor or pair of countries.
 */
import { expectData, expectRefused } from './api-client.js';
import { useSeededApi } from './fixtures.js';

const { api } = useSeededApi({ corpus: true });
const data = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);

describe('mostActiveActors: whom to start from', () => {
  it('ranks actors by their calls, most first, each count equal to the calls listed for the actor', async () => {
    const { mostActiveActors: top } = await data('{ mostActiveActors(first: 5) { actor { id name kind } callCount lastContact } }');
    expect(top).toHaveLength(5);
    // Biden and Zelenskyy are the two leaders the seed and the dev corpus report most.
    expect(top.slice(0, 2).map((x: any) => x.actor.id).sort()).toEqual(['joe-biden', 'volodymyr-zelenskyy']);
    const counts = top.map((x: any) => x.callCount);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
    for (const { actor, callCount, lastContact } of top) {
      const { actor: listed } = await data('query($id: ID!) { actor(id: $id) { calls(first: 1) { totalCount edges { node { date } } } } }', { id: actor.id });
      expect([actor.id, listed.calls.totalCount]).toEqual([actor.id, callCount]);
      expect(lastContact).toBe(listed.calls.edges[0].node.date);
    }
  });

  it('keeps one kind of actor and only the calls in the window', async () => {
    const { leaders, march } = await data(`{
      leaders: mostActiveActors(kind: LEADER, first: 50) { actor { kind } }
      march: mostActiveActors(from: "2022-03-01", to: "2022-03-31", first: 50) { actor { id } callCount lastContact }
    }`);
    expect(leaders.length).toBeGreaterThan(3);
    expect(new Set(leaders.map((x: any) => x.actor.kind))).toEqual(new Set(['LEADER']));
    const zelenskyy = march.find((x: any) => x.actor.id === 'volodymyr-zelenskyy');
    const { calls } = await data('{ calls(where: { participant: "volodymyr-zelenskyy", from: "2022-03-01", to: "2022-03-31" }) { totalCount } }');
    expect(zelenskyy.callCount).toBe(calls.totalCount);
    expect(march.every((x: any) => x.lastContact >= '2022-03-01' && x.lastContact <= '2022-03-31')).toBe(true);
  });

  it('answers two rankings of one request in one statement', async () => {
    await data('{ a: mostActiveActors(first: 2) { callCount } b: mostActiveActors(kind: INSTITUTION, first: 2) { callCount } }');
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).toContain('UNWIND $keys AS key');
  });
});

/** The dated calls `where` lists, counted per month by hand (YYYY-MM-01). */
async function monthsOf(where: Record<string, unknown>): Promise<Record<string, number>> {
  const { calls } = await data('query($where: CallWhere) { calls(where: $where, first: 100) { pageInfo { hasNextPage } edges { node { date } } } }', { where });
  expect(calls.pageInfo.hasNextPage).toBe(false);
  const months: Record<string, number> = {};
  for (const { node } of calls.edges) if (node.date) months[`${node.date.slice(0, 7)}-01`] = (months[`${node.date.slice(0, 7)}-01`] ?? 0) + 1;
  return months;
}

describe('callsPerPeriod: how often one side talks over time', () => {
  it.each([
    ['an actor', 'volodymyr-zelenskyy', { participant: 'volodymyr-zelenskyy' }],
    ['a country (each call once)', 'ua', { country: 'UA' }],
  ])('counts the dated calls of %s per month, oldest first, as calls(where:) lists them', async (_, of, where) => {
    const { callsPerPeriod: buckets } = await data('query($of: ID!) { callsPerPeriod(of: $of) { period count } }', { of });
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.map((b: any) => b.period)).toEqual([...buckets.map((b: any) => b.period)].sort());
    expect(Object.fromEntries(buckets.map((b: any) => [b.period, b.count]))).toEqual(await monthsOf(where));
  });

  it('takes a window and a year as the period, and gives nothing for an unknown side', async () => {
    const { year, march, nobody } = await data(`{
      year: callsPerPeriod(of: "volodymyr-zelenskyy", interval: YEAR) { period count }
      march: callsPerPeriod(of: "volodymyr-zelenskyy", from: "2022-03-01", to: "2022-03-31") { period count }
      nobody: callsPerPeriod(of: "nobody-at-all") { count }
    }`);
    const months = await monthsOf({ participant: 'volodymyr-zelenskyy' });
    expect(year.reduce((n: number, b: any) => n + b.count, 0)).toBe(Object.values(months).reduce((n, c) => n + c, 0));
    expect(year.every((b: any) => b.period.endsWith('-01-01'))).toBe(true);
    expect(march).toEqual([{ period: '2022-03-01', count: months['2022-03-01'] }]);
    expect(nobody).toEqual([]);
  });
});

describe('countryContacts: which countries talk to which', () => {
  it('counts the calls of each pair of countries, most first, as calls(where: country, counterpartCountry) lists them', async () => {
    const { countryContacts: pairs } = await data('{ countryContacts { a { code name } b { code } callCount firstContact lastContact } }');
    expect(pairs.length).toBeGreaterThan(3);
    expect(pairs.every((p: any) => p.a.code < p.b.code)).toBe(true);
    const ua = pairs.find((p: any) => p.a.code === 'UA' && p.b.code === 'US');
    expect(ua).toMatchObject({ a: { code: 'UA', name: 'Ukraine' }, b: { code: 'US' } });
    expect(ua.firstContact <= ua.lastContact).toBe(true);
    const counts = pairs.map((p: any) => p.callCount);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
    for (const p of pairs.slice(0, 6)) {
      const { calls } = await data(`query($a: String, $b: String) {
        calls(where: { country: $a, counterpartCountry: $b }, first: 1) { totalCount edges { node { date } } } }`, { a: p.a.code, b: p.b.code });
      expect([p.a.code, p.b.code, p.callCount, p.lastContact]).toEqual([p.a.code, p.b.code, calls.totalCount, calls.edges[0].node.date]);
    }
  });

  it('counts only the calls in the window and keeps the `first` busiest pairs', async () => {
    const { march, two } = await data(`{
      march: countryContacts(from: "2022-03-01", to: "2022-03-01") { a { code } b { code } callCount firstContact lastContact }
      two: countryContacts(first: 2) { callCount }
    }`);
    expect(march.find((p: any) => p.a.code === 'UA' && p.b.code === 'US')).toMatchObject({ callCount: 1, firstContact: '2022-03-01', lastContact: '2022-03-01' });
    expect(two).toHaveLength(2);
    expect(api.statements).toHaveLength(1);
  });

  it.each([
    ['a window that ends before it starts, per period', '{ callsPerPeriod(of: "UA", from: "2022-03-02", to: "2022-03-01") { count } }', 'to'],
    ['a size over 1000', '{ countryContacts(first: 1001) { callCount } }', 'first'],
    ['a window that ends before it starts', '{ countryContacts(from: "2022-03-02", to: "2022-03-01") { callCount } }', 'to'],
    ['a negative size of actors', '{ mostActiveActors(first: -1) { callCount } }', 'first'],
  ])('refuses %s', (_, query, argument) => expectRefused(api, query, argument));
});
