/**
 * Something to start from, in one request: the leaders with the most calls (`mostActiveActors`)
 * and the latest calls in the graph (`calls`, newest first).
 */
import { graphql } from '../gql/gql.js';
import type { OverviewQuery } from '../gql/graphql.js';
import { execute } from './graphql-client.js';

const Overview = graphql(`
  query Overview($leaders: Int, $calls: Int) {
    mostActiveActors(kind: LEADER, first: $leaders) { actor { id name country { ...CountryRef } } callCount lastContact }
    calls(first: $calls) { edges { node { id date medium participants { id name country { ...CountryRef } } } } }
  }
`);

export type ActiveLeader = OverviewQuery['mostActiveActors'][number];
export type LatestCall = OverviewQuery['calls']['edges'][number]['node'];

export interface Overview {
  leaders: ActiveLeader[];
  calls: LatestCall[];
}

export async function fetchOverview(leaders = 8, calls = 8): Promise<Overview> {
  const data = await execute(Overview, { leaders, calls });
  return { leaders: data.mostActiveActors, calls: data.calls.edges.map((e) => e.node) };
}
