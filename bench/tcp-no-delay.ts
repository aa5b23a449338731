/**
 * The TCP_NODELAY switch for the benchmark's three servers (`--tcp-no-delay`): the same hook the
 * service installs in src/graph/connect-neo4j.ts, applied here to every server alike so the
 * comparison stays fair. See src/graph/tcp-no-delay.ts for why it matters.
 */
export { enableTcpNoDelay } from '../src/graph/tcp-no-delay.js';
