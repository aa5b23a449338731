/** The servers the benchmark compares, in the order it measures them. */
export const peerKinds = ['diplograph', 'neo4j-graphql', 'floor', 'floor-walk'] as const;
export type PeerKind = (typeof peerKinds)[number];

/**
 * The queries on which the call-walking floor differs from the floor: the floor reads the contact
 * aggregate as a user of the graph model would; `floor-walk` keeps the statements that walk every
 * shared call, so the aggregate's gain stays visible. On the other queries it is the floor itself
 * and is not measured twice.
 */
export const WALK_QUERIES: ReadonlySet<string> = new Set(['Q3', 'Q6', 'Q6b']);
