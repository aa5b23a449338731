/** The three servers the benchmark compares, in the order it measures them. */
export const peerKinds = ['diplograph', 'neo4j-graphql', 'floor'] as const;
export type PeerKind = (typeof peerKinds)[number];
