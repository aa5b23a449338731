/** The contact network around one actor, within a date range: `contactNetwork`. */
import { graphql } from './graphql-client.js';
import type { ContactNetwork } from './types.js';

export interface NetworkRequest {
  center: string;
  depth: 1 | 2;
  from?: string;
  to?: string;
  limit?: number;
}

const NETWORK = `query Network($center: ID!, $depth: Int, $from: Date, $to: Date, $limit: Int) {
  contactNetwork(center: $center, depth: $depth, from: $from, to: $to, limit: $limit) {
    truncated
    nodes { id name kind depth callCount country { code name } }
    edges { source target weight firstContact lastContact }
  }
}`;

export async function fetchNetwork(req: NetworkRequest): Promise<ContactNetwork> {
  const vars = { center: req.center, depth: req.depth, from: req.from || null, to: req.to || null, limit: req.limit ?? 500 };
  return (await graphql<{ contactNetwork: ContactNetwork }>(NETWORK, vars)).contactNetwork;
}
