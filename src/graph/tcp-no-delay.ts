/**
 * Turns Nagle's algorithm off on the Neo4j driver's sockets. neo4j-driver 5 never sets
 * TCP_NODELAY; a RUN message longer than its 1,400-byte chunk buffer (our fixed-shape statements
 * with their parameters usually are) goes out in its own write, and the PULL behind it then waits
 * for the server's delayed ACK: ~40 ms added to every such statement on Linux (measured in
 * bench/results/history.md, cause 1). The driver offers no option, but it calls setKeepAlive once
 * on each socket it opens (node-channel.js `configureSocket`): that is where we set no-delay.
 * Request/response sockets of any other library only gain from it.
 */
import net from 'node:net';

let enabled = false;

export function enableTcpNoDelay(): void {
  if (enabled) return;
  enabled = true;
  const setKeepAlive = net.Socket.prototype.setKeepAlive;
  net.Socket.prototype.setKeepAlive = function (this: net.Socket, ...args: Parameters<net.Socket['setKeepAlive']>) {
    this.setNoDelay(true);
    return setKeepAlive.apply(this, args);
  };
}
