/**
 * Turns Neo4j driver values into plain JavaScript: Integers into numbers, temporal values into
 * ISO strings, nodes into their properties. Nothing above graph/ ever sees a driver type.
 */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as { properties?: Record<string, unknown>; labels?: string[]; type?: string; elementId?: string };
    if (v.elementId !== undefined && v.properties) return toPlain(v.properties);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}
