/**
 * Counts the Cypher statements a server sends, without the server knowing: a Proxy over the
 * driver whose sessions count every `run` (on the session, or on the transaction handed to
 * `executeRead`/`executeWrite`) and every `driver.executeQuery`, and while asked to, keeps them
 * for a PROFILE replay (db hits per request). Used for @neo4j/graphql and the floor; diplograph's
 * statements are counted through its own `GraphStore.observed`.
 *
 * @example
 *   const counter = { statements: 0 };
 *   const counted = countStatements(driver, counter); // hand `counted` to the library
 */
import type { Driver, Session } from 'neo4j-driver';

export interface StatementCounter {
  statements: number;
  /** While an array: every statement sent is also kept here, as sent (profile-statements.ts replays them). */
  recorded?: RecordedStatement[] | null;
}

export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Counts one statement, and keeps it while the counter records. */
export function countOne(counter: StatementCounter, cypher: unknown, params: unknown): void {
  counter.statements++;
  // The libraries send text (or { text, parameters }) and a parameter map.
  const text = typeof cypher === 'string' ? cypher : String((cypher as { text?: string })?.text ?? '');
  counter.recorded?.push({ cypher: text, params: (params ?? (cypher as { parameters?: Record<string, unknown> })?.parameters ?? {}) as Record<string, unknown> });
}

/** A proxy whose own methods stay bound to the real object (the driver's classes use private fields). */
function proxy<T extends object>(target: T, overrides: Partial<Record<PropertyKey, unknown>>): T {
  return new Proxy(target, {
    get(t, property) {
      if (property in overrides) return overrides[property];
      const value = Reflect.get(t, property, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}

function countRun<T extends { run: (...args: never[]) => unknown }>(runner: T, counter: StatementCounter): T {
  return proxy(runner, {
    run: (...args: Parameters<T['run']>) => {
      countOne(counter, args[0], args[1]);
      return (runner.run as (...a: unknown[]) => unknown)(...args);
    },
  });
}

function countSession(session: Session, counter: StatementCounter): Session {
  type Work = (tx: never) => unknown;
  const execute = (mode: 'executeRead' | 'executeWrite') => (work: Work, config?: unknown) =>
    (session[mode] as (w: Work, c?: unknown) => unknown)((tx: never) => work(countRun(tx as { run: () => unknown }, counter) as never), config);
  return proxy(countRun(session, counter), { executeRead: execute('executeRead'), executeWrite: execute('executeWrite') });
}

export function countStatements(driver: Driver, counter: StatementCounter): Driver {
  return proxy(driver, {
    session: (config?: Parameters<Driver['session']>[0]) => countSession(driver.session(config), counter),
    executeQuery: (...args: Parameters<Driver['executeQuery']>) => {
      countOne(counter, args[0], args[1]);
      return driver.executeQuery(...args);
    },
  });
}
