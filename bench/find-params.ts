/**
 * The parameters every benchmark asks its questions with, read from the loaded graph: the busiest
 * leader and country, and the latest month with calls. Shared by bench/api.ts and
 * bench/observability.ts so both ask the same questions.
 */
import type { GraphStore } from '../src/graph/graph-store.js';
import type { BenchParams } from './queries.js';

export async function findParams(store: GraphStore): Promise<BenchParams> {
  const [leader] = await store.read({
    cypher: 'MATCH (l:Leader)-[:TOOK_PART_IN]->(c:Call) RETURN l.id AS id, l.name AS name, count(c) AS calls ORDER BY calls DESC, name LIMIT 1',
    params: {},
  });
  const [country] = await store.read({
    cypher: `MATCH (a:Actor)-[:TOOK_PART_IN]->(c:Call) WHERE a.country IS NOT NULL
WITH a.country AS code, count(DISTINCT c) AS calls ORDER BY calls DESC, code LIMIT 1 RETURN code`,
    params: {},
  });
  const [last] = await store.read({ cypher: 'MATCH (c:Call) RETURN toString(max(c.date)) AS day', params: {} });
  const month = String(last.day).slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { leaderName: String(leader.name), leaderId: String(leader.id), countryCode: String(country.code), from: `${month}-01`, to: lastDay };
}
