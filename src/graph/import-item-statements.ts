/**
 * The statements that write graph items (`import jsonl`), built per label/type group so MERGE goes through the key's
 * index: label, type and property names come from the file but are checked to be plain
 * identifiers and backticked; every value is a parameter. Typed values (INTEGER, DATE …) are
 * rebuilt from their JSON form by `CONVERT`, so a round trip keeps each value's Neo4j type.
 *
 * @example
 *   nodeMergeStatement({ label: 'Call', property: 'id' }, rows)
 *   // MERGE (n:`Call` {`id`: row.key}) SET n:$(row.labels) FOREACH (p IN row.props | SET n[p.k] = …)
 */
import { identifier } from './cypher-identifier.js';
import type { GraphNode, GraphRelationship } from './graph-item.js';
import type { Statement } from './graph-store.js';

/** A property as the statements take it: key, Neo4j type (null when JSON says it all), value. */
interface PropertyRow {
  k: string;
  t: string | null;
  v: unknown;
}

const CONVERT = `CASE p.t
    WHEN 'INTEGER' THEN toInteger(p.v)
    WHEN 'DATE' THEN date(p.v)
    WHEN 'ZONED DATETIME' THEN datetime(p.v)
    WHEN 'LOCAL DATETIME' THEN localdatetime(p.v)
    WHEN 'ZONED TIME' THEN time(p.v)
    WHEN 'LOCAL TIME' THEN localtime(p.v)
    WHEN 'DURATION' THEN duration(p.v)
    WHEN 'LIST<INTEGER>' THEN [x IN p.v | toInteger(x)]
    WHEN 'LIST<DATE>' THEN [x IN p.v | date(x)]
    ELSE p.v END`;


function propertyRows(item: Pick<GraphNode, 'properties' | 'types'>): PropertyRow[] {
  return Object.entries(item.properties).map(([k, v]) => {
    identifier(k);
    return { k, t: item.types[k] ?? null, v };
  });
}

/** MERGE nodes of one key label on their key; extra labels and all properties are added. */
export function nodeMergeStatement(key: { label: string; property: string }, nodes: GraphNode[]): Statement {
  const cypher = `UNWIND $rows AS row
MERGE (n:${identifier(key.label)} {${identifier(key.property)}: row.key})
SET n:$(row.labels)
FOREACH (p IN row.props | SET n[p.k] = ${CONVERT})`;
  const rows = nodes.map((n) => {
    n.labels.forEach(identifier);
    return { key: n.key.value, labels: n.labels, props: propertyRows(n) };
  });
  return { cypher, params: { rows } };
}

/**
 * CREATE relationships of one type between nodes found by key, unless the same relationship
 * (type, ends and every property) is already there, so importing a file twice changes nothing.
 * Returns how many were created and how many rows named an end that does not exist.
 */
export function relationshipCreateStatement(
  group: { type: string; start: { label: string; property: string }; end: { label: string; property: string } },
  rels: GraphRelationship[],
): Statement {
  const cypher = `UNWIND $rows AS row
OPTIONAL MATCH (a:${identifier(group.start.label)} {${identifier(group.start.property)}: row.start})
OPTIONAL MATCH (b:${identifier(group.end.label)} {${identifier(group.end.property)}: row.end})
WITH a, b, [p IN row.props | {k: p.k, v: ${CONVERT}}] AS props
CALL (a, b, props) {
  WITH a, b, props
  WHERE a IS NOT NULL AND b IS NOT NULL
    AND NOT EXISTS { MATCH (a)-[x:${identifier(group.type)}]->(b) WHERE size(keys(x)) = size(props) AND all(p IN props WHERE x[p.k] = p.v) }
  CREATE (a)-[r:${identifier(group.type)}]->(b)
  FOREACH (p IN props | SET r[p.k] = p.v)
  RETURN count(r) AS made
}
RETURN sum(made) AS created, sum(CASE WHEN a IS NULL OR b IS NULL THEN 1 ELSE 0 END) AS missing`;
  const rows = rels.map((r) => ({ start: r.start.value, end: r.end.value, props: propertyRows(r) }));
  return { cypher, params: { rows } };
}
