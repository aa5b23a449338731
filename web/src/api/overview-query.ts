/**
 * Something to start from, in one request: the leaders with the most calls (`mostActiveActors`)
 * and the latest calls in the graph (`calls`, newest first).
 */
import { graphql } from './graphql-client.js';
import type { CountryRef } from './types.js';

const OVERVIEW = `query Overview($leaders: Int, $calls: Int) {
  mostActiveActors(kind: LEADER, first: $leaders) { actor { id name country { code name } } callCount lastContact }
  calls(first: $calls) { edges { node { id date medium participants { id name country { code name } } } } }
}`;

export interface ActiveLeader {
  actor: { id: string; name: string; country: CountryRef | null };
  callCount: number;
  lastContact: string | null;
}

export interface LatestCall {
  id: string;
  date: string | null;
  medium: string;
  participants: { id: string; name: string; country: CountryRef | null }[];
}

export interface Overview {
  leaders: ActiveLeader[];
  calls: LatestCall[];
}

export async function fetchOverview(leaders = 8, calls = 8): Promise<Overview> {
  type Data = { mostActiveActors: ActiveLeader[]; calls: { edges: { node: LatestCall }[] } };
  const data = await graphql<Data>(OVERVIEW, { leaders, calls });
  return { leaders: data.mostActiveActors, calls: data.calls.edges.map((e) => e.node) };
}
