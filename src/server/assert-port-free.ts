/**
 * Checks that the HTTP port can be bound before anything slow starts, and words a bind failure
 * as one line naming PORT (and HOST), instead of a bare `listen EADDRINUSE`.
 *
 * @example
 *   await assertPortFree('127.0.0.1', 4000); // throws "PORT=4000 is already in use on 127.0.0.1: …"
 */
import { createServer } from 'node:net';

/** A bind error as an Error whose message says which variable to change. */
export function portError(err: unknown, host: string, port: number): Error {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new Error(`PORT=${port} is already in use on ${host}: set PORT to a free port`);
  if (code === 'EACCES') return new Error(`PORT=${port} needs privileges on ${host}: set PORT to one above 1023`);
  if (code === 'EADDRNOTAVAIL') return new Error(`HOST=${host} is not an address of this machine: set HOST (e.g. 127.0.0.1)`);
  return err as Error;
}

export function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', (err) => fail(portError(err, host, port)));
    probe.listen(port, host, () => probe.close(() => done()));
  });
}
