/**
 * Turns Neo4j driver values into plain JavaScript: temporal values into ISO strings, nodes into
 * their properties, Integers (should a driver still return them) into numbers. Nothing above
 * graph/ ever sees a driver type.
 *
 * Readers project maps and return dates as text, so nearly every value is already plain: the
 * common cases (scalars, plain maps, lists) are checked first and converted in place, without
 * copying what the driver just built for this one result.
 */
import neo4j from 'neo4j-driver';

function isTemporal(value: object): boolean {
  const v = value as never;
  return neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isLocalTime(v) || neo4j.isTime(v) || neo4j.isDuration(v);
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isTemporal(value)) return String(value);
  const v = value as { properties?: Record<string, unknown>; elementId?: string };
  if (v.elementId !== undefined && v.properties) return toPlain(v.properties);
  return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
}
