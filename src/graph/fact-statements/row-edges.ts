/**
 * The edges a fact row writes, one per item of a list of the row, described once and emitted as
 * Cypher: MERGEd (found or made: a second report of a fact, a re-ingest), or CREATEd where the
 * statement's own MERGE just made the fact's node, which cannot have an edge yet (the calls
 * statement's `fresh` rows). `bothWays` writes the two branches from one description, so they
 * cannot drift apart.
 *
 * @example
 *   bothWays({ item: 'name', list: 'row.topics', end: 'MERGE (t:Topic {name: name})', from: 'c', type: 'DISCUSSED', to: 't' }, 'fresh')
 *   // FOREACH (name IN CASE WHEN fresh THEN row.topics ELSE [] END | MERGE (t:Topic {name: name}) CREATE (c)-[:DISCUSSED]->(t))
 *   // FOREACH (name IN CASE WHEN NOT fresh THEN row.topics ELSE [] END | MERGE (t:Topic {name: name}) MERGE (c)-[:DISCUSSED]->(t))
 */

export interface RowEdge {
  /** The name each item of `list` is bound to. */
  item: string;
  /** The row's list: one edge per item. */
  list: string;
  /** What binds the edge's far end from the item first (e.g. `MERGE (p:Actor {id: pid})`); none when both ends are bound. */
  end?: string;
  /** The edge: (from)-[:type]->(to). */
  from: string;
  type: string;
  to: string;
  /** Properties that tell an edge from the pair's others (its MERGE key), as Cypher expressions. */
  key?: Record<string, string>;
  /** Its other properties, set on every write. */
  set?: Record<string, string>;
}

const props = (p: Record<string, string>) => Object.entries(p).map(([name, value]) => `${name}: ${value}`).join(', ');

/** For each item, the edge CREATEd with all its properties: for a node this statement made. */
function created(e: RowEdge): string {
  const all = { ...e.key, ...e.set };
  return `CREATE (${e.from})-[:${e.type}${Object.keys(all).length ? ` {${props(all)}}` : ''}]->(${e.to})`;
}

/** For each item, the edge MERGEd by its key, then its other properties set. */
function merged(e: RowEdge): string {
  const set = Object.entries(e.set ?? {});
  const name = set.length ? 'r' : '';
  const key = e.key && Object.keys(e.key).length ? ` {${props(e.key)}}` : '';
  const merge = `MERGE (${e.from})-[${name}:${e.type}${key}]->(${e.to})`;
  return set.length ? `${merge}\n  SET ${set.map(([p, value]) => `r.${p} = ${value}`).join(', ')}` : merge;
}

/** One FOREACH over the row's list (only where `when` holds, when given). */
function foreach(e: RowEdge, write: string, when?: string): string {
  const list = when ? `CASE WHEN ${when} THEN ${e.list} ELSE [] END` : e.list;
  // An edge with properties to set reads better on lines of its own.
  const sep = e.set && Object.keys(e.set).length ? '\n  ' : ' ';
  return `FOREACH (${e.item} IN ${list} |${sep}${e.end ? `${e.end}${sep}` : ''}${write})`;
}

/** The edges MERGEd (where `when` holds, when given). */
export function mergedEdges(e: RowEdge, when?: string): string {
  return foreach(e, merged(e), when);
}

/** The edges CREATEd where `fresh` holds (the node was made by this statement's row), MERGEd elsewhere. */
export function bothWays(e: RowEdge, fresh: string): string {
  const stale = /^\w+$/.test(fresh) ? `NOT ${fresh}` : `NOT (${fresh})`;
  return `${foreach(e, created(e), fresh)}\n${foreach(e, merged(e), stale)}`;
}
