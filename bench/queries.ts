/**
 * The benchmark's questions (issue 5), each asked of the three servers in its own dialect:
 * diplograph's GraphQL API, @neo4j/graphql's generated API over the peer type definitions, and
 * the floor's hand-written routes. `size` reduces each answer to the same counts, so the runner
 * can check that the three answer the same before it times them.
 *
 * @example
 *   const q = benchQueries(params).find((q) => q.id === 'Q1')!;
 *   q.size.floor(await (await fetch(floorUrl + q.floor)).json()); // '20 calls, 41 participants, 41 countries'
 */

export interface BenchParams {
  /** Name and id of the leader with the most calls. */
  leaderName: string;
  leaderId: string;
  /** Code of the country whose actors took part in the most calls. */
  countryCode: string;
  /** A month of calls: first and last day. */
  from: string;
  to: string;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** Where a page of Q4 starts, per server: an opaque cursor, or the floor's keyset position. */
export interface PageStart {
  diplograph: string | null;
  peer: string | null;
  floor: { date: string; id: string } | null;
}

export interface BenchQuery {
  id: string;
  title: string;
  /** Levels of the answer that read from the database (the statements target is depth + 1). */
  depth: number;
  diplograph: GraphqlRequest | null;
  /** Why diplograph has no request for this query, when it has none. */
  unavailable?: string;
  peer: GraphqlRequest;
  /** Path and query string on the floor server. */
  floor: string;
  size: { diplograph: (data: any) => string; peer: (data: any) => string; floor: (data: any) => string };
  /** Servers that could not be asked this query (e.g. failed while paging to its start), with why. */
  failed?: Partial<Record<'diplograph' | 'neo4j-graphql' | 'floor' | 'floor-walk', string>>;
}

const nodes = (connection: { edges: Array<{ node: any }> } | undefined) => connection?.edges.map((e) => e.node) ?? [];
const sum = (items: any[], f: (x: any) => number) => items.reduce((n, x) => n + f(x), 0);
const q = (path: string, params: Record<string, string | number | null>) =>
  `${path}?${new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null) as Array<[string, string]>)}`;

function callsWithParticipants(calls: any[], countryOf: (p: any) => unknown): string {
  const participants = calls.flatMap((c) => c.participants);
  return `${calls.length} calls, ${participants.length} participants, ${participants.filter((p) => countryOf(p)).length} with a country`;
}

function callsWithTopicsAndTweets(calls: any[]): string {
  const n = (f: (c: any) => unknown[]) => sum(calls, (c) => f(c).length);
  return `${calls.length} calls, ${n((c) => c.participants)} participants, ${n((c) => c.topics)} topics, ${n((c) => c.tweets)} tweets`;
}

function network(center: any, counterparts: (x: any) => any[], name: (x: any) => string): string {
  if (!center) return 'no leader';
  const first = counterparts(center);
  const names = new Set([name(center), ...first.map(name), ...first.flatMap((c) => counterparts(c).map(name))]);
  return `${first.length} contacts, ${sum(first, (c) => counterparts(c).length)} second-hop edges, ${names.size} people`;
}

const sortCalls = '[{ date: DESC }, { id: ASC }]';

/** Q6's node limit: contactNetwork's default. */
export const NETWORK_LIMIT = 500;

function networkSize(n: { nodes: Array<{ depth: number }>; edges: unknown[]; truncated: boolean } | null | undefined): string {
  if (!n) return 'no network';
  const at = (depth: number) => n.nodes.filter((x) => x.depth === depth).length;
  return `${n.nodes.length} people (${at(1)} at depth 1, ${at(2)} at depth 2), ${n.edges.length} edges${n.truncated ? ', truncated' : ''}`;
}

export function benchQueries(p: BenchParams): BenchQuery[] {
  return [
    {
      id: 'Q1',
      title: 'leader by name with 20 calls, their participants and countries',
      depth: 4,
      diplograph: {
        query: `query Q1($name: String!) { leader(name: $name) { id name calls(first: 20) { edges { node { id date medium participants { name country { code name } } } } } } }`,
        variables: { name: p.leaderName },
      },
      peer: {
        query: `query Q1($name: String!) { leaders(where: { name: { eq: $name } }) { id name calls(limit: 20, sort: ${sortCalls}) { id date medium participants { name country { code name } } } } }`,
        variables: { name: p.leaderName },
      },
      floor: q('/q1', { name: p.leaderName }),
      size: {
        diplograph: (d) => callsWithParticipants(nodes(d.leader?.calls), (x) => x.country),
        peer: (d) => callsWithParticipants(d.leaders[0]?.calls ?? [], (x) => x.country),
        floor: (d) => callsWithParticipants(d?.calls ?? [], (x) => x.country),
      },
    },
    {
      id: 'Q2',
      title: 'calls in one month with participants, topics and tweets (100 per page)',
      depth: 2,
      diplograph: {
        query: `query Q2($from: Date!, $to: Date!) { calls(where: { from: $from, to: $to }, first: 100) { edges { node { id date participants { name } topics tweets { id text } } } } }`,
        variables: { from: p.from, to: p.to },
      },
      peer: {
        query: `query Q2($from: Date!, $to: Date!) { callsConnection(first: 100, where: { date: { gte: $from, lte: $to } }, sort: ${sortCalls}) { edges { node { id date participants { name } topics { name } tweets { id text } } } } }`,
        variables: { from: p.from, to: p.to },
      },
      floor: q('/q2', { from: p.from, to: p.to, first: 100 }),
      size: {
        diplograph: (d) => callsWithTopicsAndTweets(nodes(d.calls)),
        peer: (d) => callsWithTopicsAndTweets(nodes(d.callsConnection)),
        floor: (d) => callsWithTopicsAndTweets(d.calls),
      },
    },
    {
      id: 'Q3',
      title: 'country → leaders → counterparts (10 each)',
      depth: 3,
      diplograph: {
        query: `query Q3($code: String!) { country(code: $code) { name leaders { name counterparts(first: 10) { callCount actor { name } } } } }`,
        variables: { code: p.countryCode },
      },
      peer: {
        query: `query Q3($code: String!) { countries(where: { code: { eq: $code } }) { name leaders { name counterparts(first: 10) { name } } } }`,
        variables: { code: p.countryCode },
      },
      floor: q('/q3', { code: p.countryCode }),
      size: {
        diplograph: (d) => leadersAndCounterparts(d.country?.leaders ?? []),
        peer: (d) => leadersAndCounterparts(d.countries[0]?.leaders ?? []),
        floor: (d) => leadersAndCounterparts(d?.leaders ?? []),
      },
    },
    page('Q4', 'page 1 of all calls, newest first (20 per page)', { diplograph: null, peer: null, floor: null }),
    // Q4 proper: its `after` is filled in by the runner, which walks 49 pages of each server first.
    page('Q4p50', 'page 50 of all calls, newest first (20 per page)', { diplograph: null, peer: null, floor: null }),
    {
      id: 'Q5',
      title: 'totalCount of calls for the busiest country',
      depth: 1,
      diplograph: {
        query: `query Q5($code: String!) { calls(where: { country: $code }, first: 0) { totalCount } }`,
        variables: { code: p.countryCode },
      },
      peer: {
        query: `query Q5($code: String!) { countries(where: { code: { eq: $code } }) { callsConnection { totalCount } } }`,
        variables: { code: p.countryCode },
      },
      floor: q('/q5', { code: p.countryCode }),
      size: {
        diplograph: (d) => `${d.calls.totalCount} calls`,
        peer: (d) => `${d.countries[0]?.callsConnection.totalCount} calls`,
        floor: (d) => `${d.totalCount} calls`,
      },
    },
    {
      id: 'Q6',
      title: `contact network of depth 2 around the busiest leader (at most ${NETWORK_LIMIT} people, with every edge among them)`,
      depth: 2,
      diplograph: {
        query: `query Q6($center: ID!) { contactNetwork(center: $center, depth: 2, limit: ${NETWORK_LIMIT}) { nodes { id name depth } edges { source target weight } truncated } }`,
        variables: { center: p.leaderId },
      },
      peer: {
        query: `query Q6($center: ID!) { contactNetwork(center: $center, limit: ${NETWORK_LIMIT}) { nodes { id name depth } edges { source target weight } truncated } }`,
        variables: { center: p.leaderId },
      },
      floor: q('/q6', { center: p.leaderId, limit: NETWORK_LIMIT }),
      size: {
        diplograph: (d) => networkSize(d.contactNetwork),
        peer: (d) => networkSize(d.contactNetwork),
        floor: (d) => networkSize(d?.network),
      },
    },
    {
      id: 'Q6b',
      title: 'depth-2 network through counterparts: the busiest leader\'s 10 most frequent contacts and 10 of each of theirs',
      depth: 3,
      diplograph: {
        query: `query Q6b($name: String!) { leader(name: $name) { name counterparts(first: 10) { callCount actor { name counterparts(first: 10) { callCount actor { name } } } } } }`,
        variables: { name: p.leaderName },
      },
      peer: {
        query: `query Q6b($name: String!) { leaders(where: { name: { eq: $name } }) { name counterparts(first: 10) { name counterparts(first: 10) { name } } } }`,
        variables: { name: p.leaderName },
      },
      floor: q('/q6b', { name: p.leaderName }),
      size: {
        diplograph: (d) => network(d.leader, (x) => (x.counterparts ?? x.actor?.counterparts ?? []), (x) => x.name ?? x.actor.name),
        peer: (d) => network(d.leaders[0], (x) => x.counterparts, (x) => x.name),
        floor: (d) => network(d, (x) => x.counterparts ?? [], (x) => x.name),
      },
    },
  ];
}

/** Q4 at page 50 for diplograph and the floor, found by paging both through the first 49 pages. */
export async function pageFifty(diplograph: { send(r: GraphqlRequest): Promise<any> }, floor: { send(r: GraphqlRequest | string): Promise<any> }): Promise<BenchQuery> {
  let q4: BenchQuery = page('Q4p50', 'page 50', { diplograph: null, peer: null, floor: null });
  for (let i = 0; i < 49; i++) {
    const d = await diplograph.send(q4.diplograph!);
    const f = await floor.send(q4.floor);
    q4 = page('Q4p50', 'page 50', { diplograph: d.calls.pageInfo.endCursor, peer: null, floor: { date: f.calls.at(-1).date, id: f.calls.at(-1).id } });
  }
  return q4;
}

/** Q4 at a given start; `withStart` returns the same query starting after `start`. */
export function page(id: string, title: string, start: PageStart): BenchQuery & { withStart(s: PageStart): BenchQuery } {
  const edges = (c: any) => `${c.edges.length} calls, first ${c.edges[0]?.node.id ?? '-'}`;
  return {
    id,
    title,
    depth: 1,
    diplograph: {
      query: `query Q4($after: String) { calls(first: 20, after: $after) { edges { cursor node { id date medium } } pageInfo { hasNextPage endCursor } } }`,
      variables: { after: start.diplograph },
    },
    peer: {
      query: `query Q4($after: String) { callsConnection(first: 20, after: $after, sort: ${sortCalls}) { edges { cursor node { id date medium } } pageInfo { hasNextPage endCursor } } }`,
      variables: { after: start.peer },
    },
    floor: q('/q4', { first: 20, afterDate: start.floor?.date ?? null, afterId: start.floor?.id ?? null }),
    size: {
      diplograph: (d) => edges(d.calls),
      peer: (d) => edges(d.callsConnection),
      floor: (d) => `${d.calls.length} calls, first ${d.calls[0]?.id ?? '-'}`,
    },
    withStart: (s) => page(id, title, s),
  };
}

function leadersAndCounterparts(leaders: any[]): string {
  return `${leaders.length} leaders, ${sum(leaders, (l) => l.counterparts.length)} counterparts`;
}

/** Q4p50 gets its start by paging diplograph through 49 pages (untimed); the floor starts after the same call. */
export async function withPageFifty(queries: BenchQuery[], ask: (r: GraphqlRequest) => Promise<string>): Promise<BenchQuery[]> {
  let q4: BenchQuery = page('Q4p50', 'page 50', { diplograph: null, peer: null, floor: null });
  for (let i = 0; i < 49; i++) {
    const calls = (JSON.parse(await ask(q4.diplograph!)) as { data: { calls: { edges: Array<{ node: { id: string; date: string } }>; pageInfo: { endCursor: string } } } }).data.calls;
    const last = calls.edges.at(-1)!.node;
    q4 = page('Q4p50', 'page 50', { diplograph: calls.pageInfo.endCursor, peer: null, floor: { date: last.date, id: last.id } });
  }
  return queries.map((q) => (q.id === 'Q4p50' ? q4 : q));
}
