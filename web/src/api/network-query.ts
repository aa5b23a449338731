/** The contact network around one actor, within a date range: `contactNetwork`. */
import { graphql } from '../gql/gql.js';
import type { NetworkQuery } from '../gql/graphql.js';
import { execute } from './graphql-client.js';

export interface NetworkRequest {
  center: string;
  depth: 1 | 2;
  from?: string;
  to?: string;
  limit?: number;
}

const Network = graphql(`
  query Network($center: ID!, $depth: Int, $from: Date, $to: Date, $limit: Int) {
    contactNetwork(center: $center, depth: $depth, from: $from, to: $to, limit: $limit) {
      truncated
      nodes { id name kind depth callCount country { ...CountryRef } }
      edges { source target weight firstContact lastContact }
    }
  }
`);

export type ContactNetwork = NetworkQuery['contactNetwork'];
export type NetworkNode = ContactNetwork['nodes'][number];
export type NetworkEdge = ContactNetwork['edges'][number];

export async function fetchNetwork(req: NetworkRequest): Promise<ContactNetwork> {
  const vars = { center: req.center, depth: req.depth, from: req.from || null, to: req.to || null, limit: req.limit ?? 500 };
  return (await execute(Network, vars)).contactNetwork;
}
