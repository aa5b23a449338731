/**
 * A page reads the relations its nodes select in its own statement (one level ahead), and the
 * nodes' fields answer from what it read: the same values the relation readers give a node asked
 * for by id, in one statement fewer. A page reads of its nodes, and of the nodes it reads ahead,
 * only the properties its selection reads (src/graphql/read-model.ts, selection-reads.ts); every field of every
 * type is asked here, and answers as the node read whole does. Run over the seed and the dev
 * corpus, which hold calls, tweets, commitments and incidents with every relation.
 */
import { relationFields } from '../../../src/graphql/read-model.js';
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

// Every field of the actors and countries a fact's relations yield.
const actor = '__typename id name aliases handles kind title country { code name }';
const country = 'code name alpha3 aliases demonyms capitals historical';
const tweet = 'id text postedOn platform hashtags mentions';
// Every field of each type, its relations with a selection wide enough to tell values apart.
const selections: Record<string, string> = {
  Call: `date datePrecision dateText medium cameo plover { event mode }
    participants { ${actor} } topics tweets { ${tweet} } sources { quote start article { id } }`,
  Tweet: `${tweet} mentionedActors { ${actor} } author { ${actor} }
    about { ... on Call { id date } ... on Incident { id kind } } sources { quote start }`,
  Commitment: `kind quote date cameo plover { event mode }
    maker { ${actor} } by { ${country} } target { code } beneficiary { code name } sources { quote start }`,
  Incident: `kind place date killed injured cameo plover { event mode }
    perpetrator { ${country} } country { code } tweets { ${tweet} } sources { quote start }`,
  Actor: `${actor} offices { title since } counterparts(first: 2) { callCount firstContact lastContact actor { name country { code } } }`,
  Article: 'url title publishedOn extractorVersion ingestedAt textLength reported { __typename ... on Call { id date } }',
};
const lists: Record<string, [string, string]> = {
  Call: ['calls', 'call'],
  Tweet: ['tweets', 'tweet'],
  Commitment: ['commitments', 'commitment'],
  Incident: ['incidents', 'incident'],
  Actor: ['actors', 'actor'],
  Article: ['articles', 'article'],
};
// Every listed type has relation fields (an actor's offices, an article's facts): each page reads them ahead.
const relationTypes = Object.keys(lists);

// The node maps a statement reads whole, as a page's nodes or a relation's items, other than the
// unions' (a post's subject, an article's facts) and a source's article, which are read whole.
const wholeMaps = (cypher: string) =>
  cypher.match(/node: n \{\.\*|RETURN [nct] \{\.\*(\}|, (date|postedOn): toString\([nct]\.\w+\)\}) AS item/g) ?? [];

describe('reading relations one level ahead', () => {
  it('covers every relation field of the listed types', () => {
    for (const type of relationTypes) {
      const fields = Object.keys(relationFields[type]);
      for (const field of fields) expect(selections[type]).toMatch(new RegExp(`\\b${field}\\b`));
    }
  });

  it.each(Object.keys(lists))('a page of %s reads its relations and the properties it selects, with the values a node read alone has', async (type) => {
    const [list, one] = lists[type];
    const paged = await api.query(`{ ${list}(first: 50) { edges { node { id ${selections[type]} } } } }`);
    expect(paged.errors).toBeUndefined();
    const nodes = paged.data![list].edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    // The page's nodes, and the actors, posts and countries it reads ahead, are read as the
    // selection reads them.
    expect(wholeMaps(api.statements[0].cypher)).toEqual([]);
    if (relationTypes.includes(type)) {
      // The page with its nodes' relations and what those select next (the actors' countries):
      // one statement.
      expect(api.statements[0].cypher).toContain('AS ahead');
      expect(api.statements).toHaveLength(1);
    }

    for (const node of nodes) {
      // The node looked up by id reads the same levels ahead through its look-up's statement.
      const alone = await api.query(`{ ${one}(id: "${node.id}") { id ${selections[type]} } }`);
      expect(alone.errors).toBeUndefined();
      expect(api.statements).toHaveLength(1);
      expect(api.statements[0].params.keys).toEqual([node.id]);
      expect(alone.data![one]).toEqual(node);
    }
  });

  it('reads nothing ahead when the nodes select no relation, and shares the page with pageInfo in either order', async () => {
    const plain = await api.query('{ calls(first: 5) { pageInfo { endCursor } edges { node { id date } } } }');
    expect(plain.errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).not.toContain('AS ahead');

    const infoFirst = await api.query('{ calls(first: 5) { pageInfo { endCursor } edges { node { id participants { id } } } } }');
    expect(infoFirst.errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).toContain('participantsOfCall');
    expect(infoFirst.data!.calls.pageInfo.endCursor).toBe(plain.data!.calls.pageInfo.endCursor);
  });

  it('reads for all the `edges` aliases of a connection what they read together, in one page', async () => {
    const both = await api.query('{ calls(first: 5) { a: edges { node { id } } b: edges { node { id medium date participants { name kind } } } } }');
    expect(both.errors).toBeUndefined();
    // One page serves both aliases, read ahead with what the wider one reads.
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).toContain('participantsOfCall');
    const wide = await api.query('{ calls(first: 5) { edges { node { id medium date participants { name kind } } } } }');
    expect(both.data!.calls.b).toEqual(wide.data!.calls.edges);
    expect(both.data!.calls.a).toEqual(wide.data!.calls.edges.map((e: any) => ({ node: { id: e.node.id } })));
  });

  it('keeps what a page read narrowly to its own nodes: the same node asked for elsewhere in the request is read whole', async () => {
    const first = (await api.query('{ calls(first: 1) { edges { node { id } } } }')).data!.calls.edges[0].node.id;
    const wide = `participants { ${actor} }`;
    const alone = await api.query(`{ call(id: "${first}") { ${wide} } }`);
    const mixed = await api.query(`{ calls(first: 1) { edges { node { participants { name } } } } call(id: "${first}") { ${wide} } }`);
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data!.call).toEqual(alone.data!.call);
    expect(mixed.data!.calls.edges[0].node.participants).toEqual(alone.data!.call.participants.map((p: any) => ({ name: p.name })));
  });

  it('reads ahead through fragments', async () => {
    const { data, errors } = await api.query(`
      query { calls(first: 3) { edges { ...E } } }
      fragment E on CallEdge { node { ... on Call { id ...P } } }
      fragment P on Call { participants { id } }`);
    expect(errors).toBeUndefined();
    expect(data!.calls.edges.every((e: any) => e.node.participants.length >= 2)).toBe(true);
    expect(api.statements).toHaveLength(1);
  });
});

describe('reading the levels below ahead', () => {
  // What the graph holds, read straight from it: each actor's country by its stored code, each
  // country's leaders by the two ways docs/graph-model.md gives.
  const countryOf = async (id: string) =>
    (await seeded.store.read({ cypher: 'MATCH (a:Actor {id: $id}) OPTIONAL MATCH (c:Country {code: a.country}) RETURN c.code AS code, c.name AS name', params: { id } }))[0];
  const leadersOf = async (code: string) =>
    (await seeded.store.read({
      cypher: `MATCH (n:Leader) WHERE n.country = $code OR EXISTS { (n)-[:HOLDS_OFFICE]->(:Country {code: $code}) } RETURN n.name AS name ORDER BY name`,
      params: { code },
    })).map((row) => row.name);

  it("reads a leader's calls with their participants and the participants' countries in one statement: the leader's, which reads the page", async () => {
    const { data, errors } = await api.query(`{ leader(name: "Zelensky") { id name calls(first: 20) { edges { node { id date medium participants { name country { code name } } } } } } }`);
    expect(errors).toBeUndefined();
    const participants = data!.leader.calls.edges.flatMap((e: any) => e.node.participants);
    expect(participants.length).toBeGreaterThan(2);
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).toContain('countryOfActor');
    const ids = (await api.query(`{ leader(name: "Zelensky") { calls(first: 20) { edges { node { participants { id } } } } } }`)).data!.leader.calls.edges.flatMap((e: any) => e.node.participants.map((p: any) => p.id));
    for (const [i, id] of ids.entries()) {
      const stored = await countryOf(id);
      expect(participants[i].country).toEqual(stored.code === null ? null : { code: stored.code, name: stored.name });
    }
  });

  it("reads a country with its leaders and their countries in one statement", async () => {
    const { data, errors } = await api.query('{ country(code: "UA") { name leaders { name country { code } } } }');
    expect(errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
    expect(data!.country.leaders.map((l: any) => l.name)).toEqual(await leadersOf('UA'));
    expect(data!.country.leaders.length).toBeGreaterThan(2);
  });

  it('reads no further than the depth bound ahead: a deeper selection starts a statement of its own where the bound stops', async () => {
    // country → leaders → country → leaders → country: four levels below the look-up's node.
    const deep = '{ country(code: "UA") { leaders { country { leaders { country { code } } } } } }';
    const { data, errors } = await api.query(deep);
    expect(errors).toBeUndefined();
    expect(api.statements).toHaveLength(2);
    const codes = data!.country.leaders.flatMap((l: any) => (l.country?.leaders ?? []).map((m: any) => m.country?.code ?? null));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).toContain('UA');
  });
});

describe('reading counterparts ahead', () => {
  const counterpartsOf = async (id: string, take: number) =>
    (await seeded.store.read({
      cypher: `MATCH (:Actor {id: $id})-[t:CONTACTED]-(o:Actor) WHERE t.calls > 0
        RETURN o.name AS name, t.calls AS callCount ORDER BY callCount DESC, t.last IS NULL, t.last DESC, o.id LIMIT toInteger($take)`,
      params: { id, take },
    })).map((row) => ({ callCount: row.callCount, actor: { name: row.name } }));

  it("reads a leader's counterparts and theirs, each capped at its own `first`, in one statement", async () => {
    const { data, errors } = await api.query(`query ($n: Int) { leader(id: "volodymyr-zelenskyy") { counterparts(first: 3) { callCount actor { id name counterparts(first: $n) { callCount actor { name } } } } } }`, { n: 2 });
    expect(errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
    const first = data!.leader.counterparts;
    expect(first.map(({ callCount, actor }: any) => ({ callCount, actor: { name: actor.name } }))).toEqual(await counterpartsOf('volodymyr-zelenskyy', 3));
    expect(first.length).toBeGreaterThan(1);
    for (const { actor } of first) expect(actor.counterparts).toEqual(await counterpartsOf(actor.id, 2));
  });

  it("reads a country's leaders with their counterparts in one statement", async () => {
    const { data, errors } = await api.query('{ country(code: "UA") { leaders { id counterparts(first: 10) { callCount actor { name } } } } }');
    expect(errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
    for (const leader of data!.country.leaders) expect(leader.counterparts).toEqual(await counterpartsOf(leader.id, 10));
  });

  it('reads counterparts asked with two different `first`s in the same place by their own statements, each answer its own', async () => {
    const { data, errors } = await api.query('{ leader(id: "volodymyr-zelenskyy") { a: counterparts(first: 1) { actor { name } } b: counterparts(first: 3) { actor { name } } } }');
    expect(errors).toBeUndefined();
    expect(data!.leader.a).toHaveLength(1);
    expect(data!.leader.b.length).toBeGreaterThan(1);
    expect(data!.leader.b[0]).toEqual(data!.leader.a[0]);
    expect(api.statements).toHaveLength(2);
  });

  it('refuses a `first` beyond the page size as the field always has, reading nothing ahead for it', async () => {
    const { errors } = await api.query('{ leader(id: "volodymyr-zelenskyy") { counterparts(first: 101) { callCount } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
