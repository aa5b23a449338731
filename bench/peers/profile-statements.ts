/**
 * Neo4j's db hits of one request: the statements a server sent for it (recorded by
 * count-statements.ts), replayed with PROFILE through the same driver, with the same parameters,
 * and the db hits of every operator of every plan summed. Db hits do not depend on the machine's
 * load, so they compare scales and servers where wall-clock times on a shared machine cannot.
 *
 * @example
 *   await profileStatements(driver, recorded, 60_000); // { statements: 3, dbHits: 14285 }
 */
import type { Driver } from 'neo4j-driver';
import type { RecordedStatement } from './count-statements.js';

export interface DbHits {
  statements: number;
  /** Summed over the request's statements; absent when a statement did not finish. */
  dbHits?: number;
  error?: string;
}

interface Plan {
  dbHits?: number;
  children?: Plan[];
}

/** Every operator's db hits in a profiled plan. */
export function sumDbHits(plan: Plan | false | undefined): number {
  if (!plan) return 0;
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((n, child) => n + sumDbHits(child), 0);
}

/** PROFILE goes after a leading `CYPHER …` options line, if a statement has one. */
function profiled(cypher: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/i.exec(cypher);
  return options ? `${options[0]}PROFILE ${cypher.slice(options[0].length)}` : `PROFILE ${cypher}`;
}

export async function profileStatements(driver: Driver, statements: RecordedStatement[], timeoutMs: number): Promise<DbHits> {
  let dbHits = 0;
  for (const { cypher, params } of statements) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(profiled(cypher), params, { timeout: timeoutMs });
      dbHits += sumDbHits(result.summary.profile as Plan | false);
    } catch (err) {
      const message = (err as Error).message.split('\n')[0];
      const timedOut = /timed? ?out|terminated/i.test(message);
      return { statements: statements.length, error: timedOut ? `no answer within ${timeoutMs / 1000} s` : message.slice(0, 200) };
    } finally {
      await session.close();
    }
  }
  return { statements: statements.length, dbHits };
}
