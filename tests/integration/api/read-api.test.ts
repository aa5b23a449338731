import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi();
const { api } = seeded;

const participantNames = (edges: Array<{ node: { participants: Array<{ name: string }> } }>) =>
  edges.map((e) => e.node.participants.map((p) => p.name).sort());

describe('leader(id | name)', () => {
  it('returns the three calls of 2022-03-01 of Volodymyr Zelenskyy, with their participants', async () => {
    const { data, errors } = await api.query(`{
      leader(name: "Volodymyr Zelenskyy") { calls { edges { node { date medium participants { name } } } } }
    }`);
    expect(errors).toBeUndefined();
    const edges = data!.leader.calls.edges;
    expect(edges.map((e: any) => e.node.date)).toEqual(['2022-03-01', '2022-03-01', '2022-03-01']);
    expect(participantNames(edges).sort()).toEqual([
      ['Joe Biden', 'Volodymyr Zelenskyy'],
      ['Olaf Scholz', 'Volodymyr Zelenskyy'],
      ['UK Royal Family', 'Volodymyr Zelenskyy'],
    ]);
    expect(edges.map((e: any) => e.node.medium).sort()).toEqual(['PHONE', 'PHONE', 'UNSPECIFIED']);
  });

  it.each([
    ['an alias, in any case', 'zelensky'],
    ['the name in upper case', 'VOLODYMYR ZELENSKYY'],
    ['a handle with its @', '@zelenskyyua'],
    ['a handle without its @', 'ZelenskyyUa'],
  ])('finds a leader by %s', async (_, name) => {
    const { data } = await api.query(`query ($name: String) { leader(name: $name) { id name title country { code name } } }`, { name });
    expect(data!.leader).toEqual({
      id: 'volodymyr-zelenskyy',
      name: 'Volodymyr Zelenskyy',
      title: 'President',
      country: { code: 'UA', name: 'Ukraine' },
    });
  });

  it('finds a leader by id, and gives null for an unknown id, an unknown name, or a non-leader', async () => {
    const { data, errors } = await api.query(`{
      byId: leader(id: "joe-biden") { name aliases }
      unknownId: leader(id: "nobody-at-all") { name }
      unknownName: leader(name: "Nobody At All") { name }
      institution: leader(id: "uk-royal-family") { name }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ byId: { name: 'Joe Biden', aliases: expect.arrayContaining(['Biden']) }, unknownId: null, unknownName: null, institution: null });
  });

  it('lists counterparts with call counts and first and last contact', async () => {
    const { data } = await api.query(`{
      leader(id: "volodymyr-zelenskyy") { counterparts { actor { __typename name } callCount firstContact lastContact } }
    }`);
    const contact = { callCount: 1, firstContact: '2022-03-01', lastContact: '2022-03-01' };
    expect(data!.leader.counterparts).toEqual([
      { actor: { __typename: 'Leader', name: 'Joe Biden' }, ...contact },
      { actor: { __typename: 'Leader', name: 'Olaf Scholz' }, ...contact },
      { actor: { __typename: 'Institution', name: 'UK Royal Family' }, ...contact },
    ]);
  });

  it('pages a leader’s tweets and commitments, with their sources', async () => {
    const { data } = await api.query(`{
      leader(id: "joe-biden") {
        tweets { totalCount edges { node { text author { name } about { ... on Call { participants { name } } } } } }
        commitments(first: 10) { totalCount edges { node { kind by { code } target { code } beneficiary { code } maker { name } } } }
      }
    }`);
    const { tweets, commitments } = data!.leader;
    expect(tweets.totalCount).toBe(1);
    expect(tweets.edges[0].node).toMatchObject({ author: { name: 'Joe Biden' } });
    expect(tweets.edges[0].node.about.participants.map((p: any) => p.name)).toEqual(['Joe Biden', 'Volodymyr Zelenskyy']);
    expect(commitments.totalCount).toBe(4);
    expect(commitments.edges.map((e: any) => e.node.kind).sort()).toEqual([
      'accountability', 'humanitarian_aid', 'security_assistance', 'sanctions',
    ].sort());
    expect(commitments.edges.every((e: any) => e.node.by.code === 'US' && e.node.maker.name === 'Joe Biden')).toBe(true);
  });
});

describe('actor(id)', () => {
  it('returns officials and institutions as their own types', async () => {
    const { data } = await api.query(`{
      official: actor(id: "anton-herashchenko") { __typename name kind title country { code } }
      institution: actor(id: "uk-royal-family") { __typename name kind calls { totalCount } }
      missing: actor(id: "nobody-at-all") { name }
    }`);
    expect(data).toEqual({
      official: { __typename: 'Official', name: 'Anton Herashchenko', kind: 'OFFICIAL', title: 'Interior Ministry adviser', country: { code: 'UA' } },
      institution: { __typename: 'Institution', name: 'UK Royal Family', kind: 'INSTITUTION', calls: { totalCount: 1 } },
      missing: null,
    });
  });
});

describe('country(code)', () => {
  it('lists the commitments a country made and those it received, with their sources', async () => {
    const { data, errors } = await api.query(`{
      us: country(code: "us") {
        name
        commitmentsMade { totalCount edges { node { kind quote target { code } beneficiary { code } sources { quote rule } } } }
      }
      ua: country(code: "UA") { commitmentsReceived { totalCount edges { node { kind by { code } } } } }
      ru: country(code: "RU") { commitmentsReceived { edges { node { kind } } } incidentsPerpetrated { totalCount edges { node { place killed } } } }
    }`);
    expect(errors).toBeUndefined();
    const made = data!.us.commitmentsMade;
    expect(data!.us.name).toBe('United States');
    expect(made.totalCount).toBe(4);
    expect(made.edges.map((e: any) => [e.node.kind, e.node.target?.code ?? null, e.node.beneficiary?.code ?? null]).sort()).toEqual([
      ['accountability', 'RU', null],
      ['humanitarian_aid', null, 'UA'],
      ['sanctions', 'RU', null],
      ['security_assistance', null, 'UA'],
    ]);
    for (const { node } of made.edges) expect(node.sources.length).toBeGreaterThan(0);
    expect(data!.ua.commitmentsReceived.totalCount).toBe(2);
    expect(data!.ua.commitmentsReceived.edges.every((e: any) => e.node.by.code === 'US')).toBe(true);
    expect(data!.ru.commitmentsReceived.edges.map((e: any) => e.node.kind).sort()).toEqual(['accountability', 'sanctions']);
    expect(data!.ru.incidentsPerpetrated.totalCount).toBe(2);
  });

  it('lists a country’s leaders and its calls', async () => {
    const { data } = await api.query(`{
      country(code: "DE") { leaders { name } calls { totalCount edges { node { participants { name } } } } }
    }`);
    expect(data!.country.leaders.map((l: any) => l.name)).toContain('Olaf Scholz');
    expect(data!.country.calls.totalCount).toBe(1);
    expect(data!.country.calls.edges[0].node.participants.map((p: any) => p.name)).toEqual(['Olaf Scholz', 'Volodymyr Zelenskyy']);
  });

  it('gives null for an unknown code', async () => {
    const { data, errors } = await api.query(`{ country(code: "ZZ") { name } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ country: null });
  });
});
