/**
 * Sessions in flight, by access mode: what the driver's pool is being asked for. neo4j-driver
 * publishes no pool figures (its pool is internal), and a session holds at most one pooled
 * connection while it runs, so sessions opened and not yet closed are the pool use we can count
 * without reaching into the driver's private fields.
 *
 * @example
 *   const sessions = countSessions(driver);
 *   const store = new GraphStore(sessions.driver);
 *   sessions.inFlight(); // { READ: 3, WRITE: 1 }
 */
import type { Driver, Session, SessionConfig } from 'neo4j-driver';

export type AccessMode = 'READ' | 'WRITE';

export interface SessionCounter {
  /** The same driver; its sessions are counted. */
  driver: Driver;
  inFlight(): Record<AccessMode, number>;
}

export function countSessions(driver: Driver): SessionCounter {
  const open: Record<AccessMode, number> = { READ: 0, WRITE: 0 };
  const session = (config?: SessionConfig): Session => {
    const s = driver.session(config);
    // The driver's own default access mode is WRITE.
    const mode: AccessMode = config?.defaultAccessMode === 'READ' ? 'READ' : 'WRITE';
    open[mode]++;
    const close = s.close.bind(s);
    let closed = false;
    s.close = async () => {
      if (!closed) {
        closed = true;
        open[mode]--;
      }
      return close();
    };
    return s;
  };
  const counted = new Proxy(driver, {
    get(target, property) {
      if (property === 'session') return session;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: counted, inFlight: () => ({ ...open }) };
}
