import { expectData, expectRefused } from './api-client.js';
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

const data = (query: string, variables?: Record<string, unknown>) => expectData(api, query, variables);

const refused = (query: string, argument: string) => expectRefused(api, query, argument);

// Zelenskyy's calls in the seed and the dev corpus: three with Biden (2022-02-24, 2022-03-01 and
// an undated one reported on 2022-06-15), and one each with Scholz, the UK Royal Family (both
// 2022-03-01), Trudeau (2022-01-11: the readout's present-tense headline, date.present-report) and Mohamed
// bin Zayed (undated).
const ZELENSKYY_DEPTH_1 = ['joe-biden', 'justin-trudeau', 'mohamed-bin-zayed-al-nahyan', 'olaf-scholz', 'uk-royal-family'];

describe('contactNetwork: who is within reach of an actor', () => {
  it('returns the center, its counterparts at depth 1, and weighted edges among them', async () => {
    const { contactNetwork: net } = await data(`{ contactNetwork(center: "volodymyr-zelenskyy") {
      truncated nodes { id name kind depth callCount country { code } } edges { source target weight firstContact lastContact } } }`);
    expect(net.truncated).toBe(false);
    expect(net.nodes[0]).toEqual({ id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', kind: 'LEADER', depth: 0, callCount: 7, country: { code: 'UA' } });
    expect(net.nodes.slice(1).map((n: any) => [n.id, n.depth])).toEqual(ZELENSKYY_DEPTH_1.map((id) => [id, 1]));
    expect(net.nodes.find((n: any) => n.id === 'joe-biden').callCount).toBe(8);
    expect(net.edges[0]).toEqual({ source: 'joe-biden', target: 'volodymyr-zelenskyy', weight: 3, firstContact: '2022-02-24', lastContact: '2022-03-01' });
    // Biden, Trudeau and Scholz were on the same transatlantic video call of 2022-02-11.
    const pairs = net.edges.map((e: any) => `${e.source}+${e.target}:${e.weight}`).sort();
    expect(pairs).toEqual([
      'joe-biden+justin-trudeau:1', 'joe-biden+olaf-scholz:1', 'joe-biden+volodymyr-zelenskyy:3', 'justin-trudeau+olaf-scholz:1',
      'justin-trudeau+volodymyr-zelenskyy:1', 'mohamed-bin-zayed-al-nahyan+volodymyr-zelenskyy:1',
      'olaf-scholz+volodymyr-zelenskyy:1', 'uk-royal-family+volodymyr-zelenskyy:1',
    ]);
  });

  it('counts only calls in the window, for nodes, edges and depth alike', async () => {
    const { contactNetwork: net } = await data(`{ contactNetwork(center: "volodymyr-zelenskyy", depth: 2, from: "2022-03-01", to: "2022-03-01") {
      nodes { id depth callCount } edges { source target weight calls { date } } } }`);
    expect(net.nodes.map((n: any) => [n.id, n.depth, n.callCount])).toEqual([
      ['volodymyr-zelenskyy', 0, 3], ['joe-biden', 1, 1], ['olaf-scholz', 1, 1], ['uk-royal-family', 1, 1],
    ]);
    expect(net.edges.every((e: any) => e.weight === 1 && e.calls.length === 1 && e.calls[0].date === '2022-03-01')).toBe(true);
  });

  it('reaches further with depth, keeps the nearest `limit` nodes and says it truncated', async () => {
    const { wide, cut } = await data(`{
      wide: contactNetwork(center: "volodymyr-zelenskyy", depth: 2) { truncated nodes { id depth } }
      cut: contactNetwork(center: "volodymyr-zelenskyy", depth: 2, limit: 5) { truncated nodes { id depth } edges { source target } }
    }`);
    expect(wide.truncated).toBe(false);
    const second = wide.nodes.filter((n: any) => n.depth === 2).map((n: any) => n.id);
    expect(second).toEqual(expect.arrayContaining(['vladimir-putin', 'emmanuel-macron', 'dmytro-kuleba', 'charles-iii', 'elizabeth-ii']));
    expect(second).toHaveLength(12);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.map((n: any) => n.id)).toEqual(['volodymyr-zelenskyy', ...ZELENSKYY_DEPTH_1.slice(0, 4)]);
    const kept = new Set(cut.nodes.map((n: any) => n.id));
    expect(cut.edges.every((e: any) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });

  it('reads the shared calls\' dates only when the edges select a first or last contact, with the same edges either way', async () => {
    const fields = 'nodes { id depth callCount } edges { source target weight }';
    const plain = await data(`{ contactNetwork(center: "volodymyr-zelenskyy", depth: 2) { ${fields} } }`);
    expect(api.statements[0].cypher).toContain('null AS firstContact');
    const dated = await data(`{ contactNetwork(center: "volodymyr-zelenskyy", depth: 2) {
      ${fields.replace('weight', 'weight ...Dates')} } } fragment Dates on NetworkEdge { lastContact }`);
    expect(api.statements[0].cypher).toContain('toString(last) AS lastContact');
    expect(dated.contactNetwork.edges.map(({ lastContact, ...edge }: any) => edge)).toEqual(plain.contactNetwork.edges);
    expect(dated.contactNetwork.nodes).toEqual(plain.contactNetwork.nodes);
    expect(dated.contactNetwork.edges.find((e: any) => e.target === 'volodymyr-zelenskyy' && e.source === 'joe-biden').lastContact).toBe('2022-03-01');
  });

  it('gives an empty network for an unknown center', async () => {
    expect((await data('{ contactNetwork(center: "nobody-at-all") { nodes { id } edges { weight } truncated } }')).contactNetwork)
      .toEqual({ nodes: [], edges: [], truncated: false });
  });

  it('costs one statement per level of the query, however many nodes and edges', async () => {
    // limit: the server's cost limit counts the default 500 nodes, each with its edges' calls.
    await data(`{ contactNetwork(center: "volodymyr-zelenskyy", depth: 2, limit: 50) {
      nodes { country { code } } edges { calls(first: 5) { participants { name } } } } }`);
    expect(api.statements).toHaveLength(4);
    expect(api.statements[0].cypher).toContain('AS ring2');
  });

  it.each([
    ['depth 0', '{ contactNetwork(center: "joe-biden", depth: 0) { truncated } }', 'depth'],
    ['depth 4', '{ contactNetwork(center: "joe-biden", depth: 4) { truncated } }', 'depth'],
    ['limit 0', '{ contactNetwork(center: "joe-biden", limit: 0) { truncated } }', 'limit'],
    ['limit above 1000', '{ contactNetwork(center: "joe-biden", limit: 5000) { truncated } }', 'limit'],
    ['a window that ends before it starts', '{ contactNetwork(center: "joe-biden", from: "2022-03-02", to: "2022-03-01") { truncated } }', 'to'],
    ['an edge page above the cap', '{ contactNetwork(center: "joe-biden", limit: 10) { edges { calls(first: 101) { id } } } }', 'first'],
  ])('refuses %s', (_, query, argument) => refused(query, argument));
});

describe('contactPath: how two actors are connected', () => {
  it('finds the shortest chain of calls, each call joining consecutive actors', async () => {
    const { contactPath: path } = await data(`{ contactPath(from: "mohamed-bin-zayed-al-nahyan", to: "vladimir-putin") {
      hops actors { id } calls { participants { id } } } }`);
    // Mohamed bin Zayed spoke only with Zelenskyy; Zelenskyy reaches Putin through Biden or Scholz.
    expect(path.hops).toBe(3);
    const ids = path.actors.map((a: any) => a.id);
    expect(ids).toHaveLength(4);
    expect([ids[0], ids[1], ids[3]]).toEqual(['mohamed-bin-zayed-al-nahyan', 'volodymyr-zelenskyy', 'vladimir-putin']);
    expect(['joe-biden', 'olaf-scholz']).toContain(ids[2]);
    path.calls.forEach((call: any, i: number) => {
      expect(call.participants.map((p: any) => p.id)).toEqual(expect.arrayContaining([ids[i], ids[i + 1]]));
    });
  });

  it('gives null beyond maxHops and between actors never connected', async () => {
    const found = await data(`{
      short: contactPath(from: "mohamed-bin-zayed-al-nahyan", to: "vladimir-putin", maxHops: 2) { hops }
      apart: contactPath(from: "hun-manet", to: "joe-biden", maxHops: 6) { hops }
      direct: contactPath(from: "joe-biden", to: "charles-iii", maxHops: 1) { hops actors { name } }
    }`);
    expect(found).toEqual({ short: null, apart: null, direct: { hops: 1, actors: [{ name: 'Joe Biden' }, { name: 'Charles III' }] } });
    // The three paths are one batch; their actors and calls come with them.
    expect(api.statements).toHaveLength(1);
  });

  it.each([
    ['maxHops 0', '{ contactPath(from: "joe-biden", to: "olaf-scholz", maxHops: 0) { hops } }', 'maxHops'],
    ['maxHops 7', '{ contactPath(from: "joe-biden", to: "olaf-scholz", maxHops: 7) { hops } }', 'maxHops'],
    ['the same actor at both ends', '{ contactPath(from: "joe-biden", to: "joe-biden") { hops } }', 'to'],
  ])('refuses %s', (_, query, argument) => refused(query, argument));
});
