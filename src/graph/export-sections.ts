/**
 * The fixed statements an export pages through: one section per key label for nodes, one per
 * start label for relationships (the whole graph), or the sections of a filtered subgraph —
 * the calls in a date window and/or touching a country, their participants, and those
 * participants' countries. Every section pages with a keyset on the key (and the relationship's
 * element id), so each page costs the same and memory holds one page; every value is a parameter.
 *
 * @example
 *   const sections = exportSections(keys, { from: '2022-02-01', to: '2022-03-31', country: 'UA' });
 *   const { cypher, params } = pageStatement(sections[0], { key: '', rel: '' }, 5000, filter, keys);
 */
import { identifier } from './cypher-identifier.js';
import type { Statement } from './graph-store.js';
import type { NodeKey } from './node-keys.js';

export interface ExportFilter {
  from?: string | null;
  to?: string | null;
  country?: string | null;
}

export interface Section {
  kind: 'node' | 'relationship';
  /** The label (of the node, or of the relationship's start node) and its key property. */
  label: string;
  property: string;
  /** `MATCH …` binding `n` (and `r`, `m` for relationships). */
  match: string;
  /** Conditions besides the keyset, joined with AND. */
  where: string[];
}

export interface Cursor {
  key: string;
  rel: string;
}

export const START: Cursor = { key: '', rel: '' };

/** True when the call `c` is in the window and touches the country (absent filters match all). */
function callFilter(c: string): string {
  return `($from IS NULL OR ${c}.date >= date($from)) AND ($to IS NULL OR ${c}.date <= date($to))
  AND ($country IS NULL OR EXISTS { MATCH (x_:Actor)-[:TOOK_PART_IN]->(${c})
    WHERE x_.country = $country OR EXISTS { (x_)-[:HOLDS_OFFICE|BASED_IN]->(:Country {code: $country}) } })`;
}

export function isFiltered(filter: ExportFilter): boolean {
  return Boolean(filter.from || filter.to || filter.country);
}

export function exportSections(keys: NodeKey[], filter: ExportFilter): Section[] {
  if (isFiltered(filter)) {
    const inCall = `EXISTS { MATCH (n)-[:TOOK_PART_IN]->(c_:Call) WHERE ${callFilter('c_')} }`;
    return [
      { kind: 'node', label: 'Call', property: 'id', match: 'MATCH (n:Call)', where: [callFilter('n')] },
      { kind: 'node', label: 'Actor', property: 'id', match: 'MATCH (n:Actor)', where: [inCall] },
      {
        kind: 'node', label: 'Country', property: 'code', match: 'MATCH (n:Country)',
        where: [`EXISTS { MATCH (a_:Actor)-[:TOOK_PART_IN]->(c_:Call)
    WHERE (a_.country = n.code OR EXISTS { (a_)-[:HOLDS_OFFICE|BASED_IN]->(n) }) AND ${callFilter('c_')} }`],
      },
      { kind: 'relationship', label: 'Actor', property: 'id', match: 'MATCH (n:Actor)-[r:TOOK_PART_IN]->(m:Call)', where: [callFilter('m')] },
      { kind: 'relationship', label: 'Actor', property: 'id', match: 'MATCH (n:Actor)-[r:HOLDS_OFFICE|BASED_IN]->(m:Country)', where: [inCall] },
    ];
  }
  // A node with two key labels is exported once, under the first of them.
  const sections: Section[] = [];
  keys.forEach(({ label, property }, i) => {
    const earlier = keys.slice(0, i).map((k) => identifier(k.label));
    const where = earlier.length > 0 ? [`NOT n:${earlier.join('|')}`] : [];
    sections.push({ kind: 'node', label, property, match: `MATCH (n:${identifier(label)})`, where });
  });
  for (const s of [...sections]) sections.push({ ...s, kind: 'relationship', match: `MATCH (n:${identifier(s.label)})-[r]->(m)` });
  return sections;
}

function params(filter: ExportFilter, keys: NodeKey[]): Record<string, unknown> {
  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    country: filter.country ?? null,
    keyLabels: keys.map((k) => k.label),
    keyProps: Object.fromEntries(keys.map((k) => [k.label, k.property])),
  };
}

const PROPS = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]), ${v}[k]]]`;

/** One page of a section after `cursor`: at most `take` rows, in key order. */
export function pageStatement(section: Section, cursor: Cursor, take: number, filter: ExportFilter, keys: NodeKey[]): Statement {
  const key = `n.${identifier(section.property)}`;
  const p = { ...params(filter, keys), afterKey: cursor.key, afterRel: cursor.rel, take };
  if (section.kind === 'node') {
    const cypher = `${section.match}
WHERE ${[`${key} > $afterKey`, ...section.where].join('\n  AND ')}
WITH n ORDER BY ${key} LIMIT toInteger($take)
RETURN ${key} AS key, labels(n) AS labels, ${PROPS('n')} AS props`;
    return { cypher, params: p };
  }
  const cypher = `${section.match}
WHERE ${[`${key} >= $afterKey`, `(${key} > $afterKey OR elementId(r) > $afterRel)`, ...section.where].join('\n  AND ')}
WITH n, r, m ORDER BY ${key}, elementId(r) LIMIT toInteger($take)
WITH n, r, m, head([l IN $keyLabels WHERE l IN labels(m)]) AS endLabel
RETURN ${key} AS key, elementId(r) AS rel, type(r) AS type, endLabel, m[$keyProps[endLabel]] AS endKey, ${PROPS('r')} AS props`;
  return { cypher, params: p };
}

/** How many items a section holds, and the property names and types it uses (for headers and progress). */
export function surveyStatement(section: Section, filter: ExportFilter, keys: NodeKey[]): Statement {
  const v = section.kind === 'node' ? 'n' : 'r';
  const scope = `${section.match}${section.where.length > 0 ? `\n  WHERE ${section.where.join('\n  AND ')}` : ''}`;
  const cypher = `CALL () { ${scope}
  RETURN count(*) AS total }
CALL () { ${scope}
  UNWIND keys(${v}) AS k
  RETURN collect(DISTINCT [k, valueType(${v}[k])]) AS properties }
RETURN total, properties`;
  return { cypher, params: params(filter, keys) };
}
