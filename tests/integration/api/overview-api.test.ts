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
    ['a size over 1000', '{ countryContacts(first: 1001) { callCount } }', 'first'],
    ['a window that ends before it starts', '{ countryContacts(from: "2022-03-02", to: "2022-03-01") { callCount } }', 'to'],
    ['a negative size of actors', '{ mostActiveActors(first: -1) { callCount } }', 'first'],
  ])('refuses %s', (_, query, argument) => expectRefused(api, query, argument));
});
