import type { GraphStore, StatementEvent } from '../../../src/graph/graph-store.js';
import { pageStatement } from '../../../src/graph/readers/page-statement.js';
import { lookupStatement } from '../../../src/graph/readers/keyed-batch.js';
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi();
const { api } = seeded;

// Statements are fixed Cypher (values are parameters), so the text names the reader that sent it.
const readers: Record<string, string> = {
  countryByCode: lookupStatement('countryByCode', []).cypher,
  actorById: lookupStatement('actorById', []).cypher,
  // A country found by its code reads the leaders its selection asks for with it (read-ahead.ts).
  countryWithLeaders: lookupStatement('countryByCode', [], [{ relation: 'leadersOfCountry', properties: ['kind', 'name'] }]).cypher,
  callsOfActor: pageStatement('callsOfActor', []).cypher,
  // A page statement carries the bounds its batch's keys give (here a start date one key of two
  // gives), and reads the properties its selection reads (here the calls' ids).
  callsOfActorSince: pageStatement('callsOfActor', [{ take: 1, properties: ['id'] }, { take: 1, from: '2022-01-01', properties: ['id'] }]).cypher,
  // A page of calls that reads their participants with it, and the participants' countries (two
  // levels ahead): of the calls, their ids; of the participants, what \`name\` reads, and the kind
  // that types them; of the countries, their codes.
  callsOfActorWithParticipants: pageStatement('callsOfActor', [
    { take: 1, properties: [], ahead: [{ relation: 'participantsOfCall', properties: ['kind', 'name'], ahead: [{ relation: 'countryOfActor', properties: ['code'] }] }] },
  ]).cypher,
};
const readerOf = (s: StatementEvent) => Object.keys(readers).find((name) => readers[name] === s.cypher) ?? s.cypher;
const keyCount = (s: StatementEvent) => (s.params.keys as unknown[]).length;

describe('statements per request', () => {
  it('sends one batch per list of a nested query, however many rows each level has, reading the levels below each batch with it', async () => {
    const { data, errors } = await api.query(`{
      country(code: "UA") {
        leaders { name calls { edges { node { participants { name country { code } } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const leaders = data!.country.leaders;
    const calls = leaders.flatMap((l: any) => l.calls.edges);
    const participants = calls.flatMap((e: any) => e.node.participants);
    // The rows: several leaders of Ukraine (the gazetteer's), three calls, six participants.
    expect(leaders.length).toBeGreaterThan(2);
    expect(calls).toHaveLength(3);
    expect(participants).toHaveLength(6);

    // The batches: the country read with its leaders, then the leaders' calls read with the calls'
    // participants and the participants' countries: one statement per list, not per level.
    expect(api.statements.map(readerOf)).toEqual(['countryWithLeaders', 'callsOfActorWithParticipants']);
    const [country, callBatch] = api.statements;
    expect(country.params.keys).toEqual(['UA']);
    expect(keyCount(callBatch)).toBe(leaders.length);
    expect([...new Set(participants.map((p: any) => p.country?.code))].sort()).toEqual(['DE', 'GB', 'UA', 'US']);
  });

  it('shares one statement among sibling lists with different arguments', async () => {
    await api.query(`{
      call(id: "call_ce02b0266cb16a01") {
        participants { a: calls(first: 1) { edges { node { id } } } b: calls(first: 5, from: "2022-01-01") { edges { node { id } } } }
      }
    }`);
    // The call with its participants, then every participant's two pages: one statement, a key each.
    expect(api.statements.map(readerOf)).toEqual([expect.any(String), 'callsOfActorSince']);
    const { keys, limit } = api.statements[1].params as { keys: Array<{ take: number; from: string | null }>; limit: number };
    expect(keys.map(({ take, from }) => `${take} ${from}`).sort()).toEqual(['2 null', '2 null', '6 2022-01-01', '6 2022-01-01']);
    expect(limit).toBe(6);
  });

  it('reads the first pages of sibling look-ups with different arguments in their one statement', async () => {
    const { data } = await api.query(`{
      a: leader(id: "volodymyr-zelenskyy") { calls(first: 1) { edges { node { id } } } }
      b: leader(id: "joe-biden") { calls(first: 5, from: "2022-01-01") { edges { node { id } } } }
    }`);
    expect(api.statements).toHaveLength(1);
    // A branch per look-up, each reading its own page: its parameters numbered by branch.
    const { page0_keys0, page0_keys1 } = api.statements[0].params as Record<string, unknown[]>;
    expect([...page0_keys0, ...page0_keys1]).toEqual(
      expect.arrayContaining([expect.objectContaining({ take: 2, from: null }), expect.objectContaining({ take: 6, from: '2022-01-01' })]),
    );
    expect(data!.a.calls.edges).toHaveLength(1);
    expect(data!.b.calls.edges.length).toBeGreaterThan(0);
  });

  it('reads what a level asks for, and the levels below it, in one statement, each value kept to its own key and field', async () => {
    const ids = (await api.query('{ calls(first: 3) { edges { node { id } } } }')).data!.calls.edges.map((e: any) => e.node.id);
    expect(ids).toHaveLength(3); // all the seed's calls
    // Calls asked for by id, not as a page (which would read these fields ahead, read-ahead.test.ts).
    const fields = ['participants { id country { code } }', 'topics', 'tweets { id }', 'sources { quote }'];
    const byId = (selection: string) => `{ ${ids.map((id: string, i: number) => `c${i}: call(id: "${id}") { id ${selection} }`).join(' ')} }`;
    const together = await api.query(byId(fields.join(' ')));
    expect(together.errors).toBeUndefined();
    // The three calls, read with their participants, topics, tweets and sources and the
    // participants' countries: one look-up of three keys.
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].params.keys).toEqual(ids);
    expect(api.statements[0].cypher).toContain('AS ahead');
    const calls = ids.map((_: string, i: number) => together.data![`c${i}`]);
    expect(calls.some((c: any) => c.topics.length > 0)).toBe(true);
    expect(calls.every((c: any) => c.participants.length >= 2 && c.sources.length >= 1)).toBe(true);

    // The same answer as asking for each field alone, when each is its reader's own statement.
    for (const field of fields) {
      const alone = await api.query(byId(field));
      const name = field.split(' ')[0];
      expect(ids.map((_: string, i: number) => alone.data![`c${i}`][name])).toEqual(calls.map((c: any) => c[name]));
    }
  });
});
