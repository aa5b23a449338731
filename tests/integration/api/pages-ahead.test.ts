/**
 * A look-up reads the first page of each list its node owns that the query opens
 * (`leader(name:) { calls(first: 20) { … } }`) in its own statement, and primes the page loader
 * with it: the request is one statement, not two. The primed page must be exactly the page the
 * connection reads on its own (order, cursor, first, the date window, what it reads ahead), so
 * each shape here is asked twice: under a look-up (primed) and under a relation (the page
 * loader's own statement, since a relation's nodes read no pages ahead), and the answers must
 * be equal. Run over the seed and the dev corpus.
 */
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

const callPage = 'edges { cursor node { id date medium participants { id name country { code name } } topics } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

async function ask(query: string) {
  const { data, errors } = await api.query(query);
  expect(errors).toBeUndefined();
  return { data: data!, statements: api.statements.length };
}

/** The page of a leader's list, primed by the look-up and read by the connection alone (through the country's leaders). */
async function bothWays(id: string, country: string, list: string) {
  const primed = await ask(`{ leader(id: "${id}") { ${list} } }`);
  const alone = await ask(`{ country(code: "${country}") { leaders { id ${list} } } }`);
  const leader = alone.data.country.leaders.find((l: any) => l.id === id);
  expect(leader).toBeDefined();
  return { primed: primed.data.leader, alone: leader, statements: primed.statements };
}

describe("a look-up reads its node's first pages in its own statement", () => {
  it("answers a busy leader's latest calls, with their participants and countries, in one statement (Q1's shape, by name)", async () => {
    const byName = await ask(`{ leader(name: "Zelensky") { id name calls(first: 20) { ${callPage} } } }`);
    expect(byName.statements).toBe(1);
    const byId = await bothWays('volodymyr-zelenskyy', 'UA', `calls(first: 20) { ${callPage} }`);
    expect(byId.statements).toBe(1);
    expect(byName.data.leader.calls).toEqual(byId.alone.calls);
    expect(byId.primed.calls.edges.length).toBeGreaterThan(2);
  });

  it.each([
    ['the first item', 'calls(first: 1)'],
    ['an empty page', 'calls(first: 0)'],
    ['the default size', 'calls'],
    ['a date window', 'calls(first: 3, from: "2022-02-01", to: "2022-12-31")'],
    ['a window with nothing in it', 'calls(from: "1990-01-01", to: "1990-12-31")'],
    ['posts', 'tweets(first: 2) { edges { cursor node { id text postedOn mentionedActors { name } } } pageInfo { hasNextPage endCursor } }'],
    ['commitments', 'commitments(first: 5) { edges { cursor node { id kind date by { code } } } pageInfo { hasNextPage endCursor } }'],
  ])('pages as the connection alone does: %s', async (_, field) => {
    const list = field.includes('{') ? field : `${field} { ${callPage} }`;
    const { primed, alone, statements } = await bothWays('volodymyr-zelenskyy', 'UA', list);
    expect(statements).toBe(1);
    const name = list.slice(0, list.search(/[({ ]/));
    expect(primed[name]).toEqual(alone[name]);
  });

  it('reads no page ahead for a list asked only for its totalCount, and one when edges are asked', async () => {
    const readsAhead = () => api.statements.some((statement) => /\bpage0\b/.test(statement.cypher));
    const counted = await ask('{ leader(id: "volodymyr-zelenskyy") { calls { totalCount } } }');
    expect(counted.data.leader.calls.totalCount).toBeGreaterThan(2);
    expect(readsAhead()).toBe(false);
    await ask('{ leader(id: "volodymyr-zelenskyy") { calls(first: 1) { totalCount edges { node { id } } } } }');
    expect(readsAhead()).toBe(true);
  });

  it('pages beyond a cursor as the connection alone does, the next page following the first', async () => {
    const first = await bothWays('volodymyr-zelenskyy', 'UA', `calls(first: 2) { ${callPage} }`);
    const after = first.primed.calls.pageInfo.endCursor;
    expect(first.primed.calls.pageInfo.hasNextPage).toBe(true);
    const next = await bothWays('volodymyr-zelenskyy', 'UA', `calls(first: 2, after: "${after}") { ${callPage} }`);
    expect(next.statements).toBe(1);
    expect(next.primed.calls).toEqual(next.alone.calls);
    expect(next.primed.calls.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...first.primed.calls.edges, ...next.primed.calls.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads two aliases of one list as two pages, each its own', async () => {
    const { data, statements } = await ask(`{ leader(id: "volodymyr-zelenskyy") {
      latest: calls(first: 1) { edges { node { id } } }
      window: calls(first: 2, from: "2022-02-01") { edges { node { id date } } }
      all: calls(first: 50) { edges { node { id date } } }
    } }`);
    expect(statements).toBe(1);
    const ids = (c: any) => c.edges.map((e: any) => e.node.id);
    expect(ids(data.leader.latest)).toEqual(ids(data.leader.all).slice(0, 1));
    const windowed = data.leader.all.edges.filter((e: any) => e.node.date >= '2022-02-01').map((e: any) => e.node.id);
    expect(ids(data.leader.window)).toEqual(windowed.slice(0, 2));
  });

  it("reads a country's lists ahead too, as the country's connection alone pages them", async () => {
    const lists = `calls(first: 3) { ${callPage} } incidentsSuffered(first: 2) { edges { node { id date } } pageInfo { hasNextPage } }`;
    const primed = await ask(`{ country(code: "UA") { code ${lists} } }`);
    expect(primed.statements).toBe(1);
    const alone = await ask(`{ leader(id: "volodymyr-zelenskyy") { country { code ${lists} } } }`);
    expect(alone.statements).toBeGreaterThan(1);
    expect(primed.data.country).toEqual(alone.data.leader.country);
    expect(primed.data.country.calls.edges.length).toBeGreaterThan(0);
  });

  it("reads a topic's calls ahead, as the calls that discussed it are paged on their own", async () => {
    const primed = await ask(`{ topic(name: " Sanctions ") { name calls(first: 3) { ${callPage} } } }`);
    expect(primed.statements).toBe(1);
    const alone = await ask(`{ calls(first: 3, where: { topic: "sanctions" }) { ${callPage} } }`);
    expect(primed.data.topic.calls).toEqual(alone.data.calls);
    expect(primed.data.topic.calls.edges.length).toBeGreaterThan(0);
    const after = primed.data.topic.calls.pageInfo.endCursor;
    const next = await ask(`{ topic(name: "sanctions") { calls(first: 3, after: "${after}") { ${callPage} } } }`);
    expect(next.statements).toBe(1);
    const nextAlone = await ask(`{ calls(first: 3, after: "${after}", where: { topic: "sanctions" }) { ${callPage} } }`);
    expect(next.data.topic.calls).toEqual(nextAlone.data.calls);
  });

  it('leaves a bad argument to the field, which fails with its coded error and nothing else', async () => {
    const { data, errors } = await api.query('{ leader(id: "volodymyr-zelenskyy") { name calls(first: 500) { edges { node { id } } } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].path).toEqual(['leader', 'calls']);
    expect(data?.leader ?? null).toBeNull();
    const bad = await api.query('{ leader(id: "volodymyr-zelenskyy") { name calls(after: "nonsense") { edges { node { id } } } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds no page for a leader that does not exist, in one statement', async () => {
    const { data, statements } = await ask(`{ leader(id: "no-such-leader") { calls { ${callPage} } } }`);
    expect(data.leader).toBeNull();
    expect(statements).toBe(1);
  });
});
