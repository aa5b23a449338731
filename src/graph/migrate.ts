/**
 * Data migrations: changes to what the graph holds that a database written by an earlier version
 * needs once. Each runs after the schema is applied, in write transactions of bounded size, and
 * is then recorded as `(:Migration {id, appliedAt})`, so a later start costs one read.
 *
 * @example
 *   await migrate(store); // ['call-involves-country', …] on a database written before INVOLVES; [] afterwards
 */
import { monthKey, pairKey, tallyCalls } from './contact-tally-cypher.js';
import type { GraphStore } from './graph-store.js';
import { contactKey } from './same-contact-cypher.js';

interface Migration {
  id: string;
  /** Does a bounded part of the work and returns `done`: how many items it changed (0: finished). */
  step: string;
}

const migrations: Migration[] = [
  {
    // (:Call)-[:INVOLVES]->(:Country), derived from participants (involves-cypher.ts). Each step
    // adds the missing edges of at most $limit calls; every pair it selects gets its edge, so
    // the steps always progress.
    id: 'call-involves-country',
    step: `MATCH (p:Actor)-[:TOOK_PART_IN]->(c:Call)
WHERE p.country IS NOT NULL AND NOT EXISTS { (c)-[:INVOLVES]->(:Country {code: p.country}) }
MATCH (k:Country {code: p.country})
WITH DISTINCT c, k LIMIT toInteger($limit)
MERGE (c)-[:INVOLVES]->(k)
RETURN count(*) AS done`,
  },
  {
    // Call.contact, the key the same-contact lookups seek (same-contact-cypher.ts); each step
    // keys at most $limit calls that have none.
    id: 'call-contact-key',
    step: `MATCH (c:Call) WHERE c.contact IS NULL
WITH c LIMIT toInteger($limit)
WITH c, COLLECT { MATCH (x:Actor)-[:TOOK_PART_IN]->(c) RETURN x.id ORDER BY x.id } AS people
// A call without participants gets the empty key, so every step progresses.
SET c.contact = coalesce(${contactKey('people')}, '')
RETURN count(*) AS done`,
  },
  {
    // The aggregate edges' keys (contact-tally-cypher.ts), which the writer now MERGEs them by,
    // given to the edges an earlier version wrote without; before 'contact-aggregate', so that a
    // database whose aggregate was half built goes on counting into keyed edges.
    id: 'contact-aggregate-keys',
    step: `CALL {
  MATCH (a:Actor)-[t:CONTACTED]->(b:Actor) WHERE t.key IS NULL
  WITH a, t, b LIMIT toInteger($limit)
  SET t.key = ${pairKey('a.id', 'b.id')}
  RETURN count(*) AS pairs
}
CALL {
  MATCH (a:Actor)-[m:CONTACTED_IN]->(b:Actor) WHERE m.key IS NULL
  WITH a, m, b LIMIT toInteger($limit)
  SET m.key = ${monthKey('a.id', 'b.id', 'm.month')}
  RETURN count(*) AS months
}
RETURN pairs + months AS done`,
  },
  {
    // The contact aggregate (contact-tally-cypher.ts): each step counts at most $limit calls not
    // yet counted, with the writer's own statement. Each is marked counted (a call without
    // participants with none), so the steps always progress.
    id: 'contact-aggregate',
    step: `MATCH (c:Call) WHERE c.tallied IS NULL
WITH c LIMIT toInteger($limit)
WITH collect(c.id) AS ids
CALL (ids) {
  ${tallyCalls('ids').replace(/\n/g, '\n  ')}
}
RETURN size(ids) AS done`,
  },
];

export async function migrate(store: GraphStore, limit = 50_000): Promise<string[]> {
  const appliedRows = await store.read({ cypher: 'MATCH (m:Migration) RETURN m.id AS id', params: {} });
  const applied = new Set(appliedRows.map((r) => r.id));
  const ran: string[] = [];
  for (const m of migrations.filter((x) => !applied.has(x.id))) {
    for (;;) {
      const [[row]] = await store.writeAll([{ cypher: m.step, params: { limit } }]);
      if (Number(row?.done ?? 0) === 0) break;
    }
    await store.writeAll([{ cypher: 'MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()', params: { id: m.id } }]);
    ran.push(m.id);
  }
  return ran;
}
