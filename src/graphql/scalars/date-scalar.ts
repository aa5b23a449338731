/**
 * The `Date` scalar: a calendar date written YYYY-MM-DD, as the graph stores it. Input that is not
 * a real date (2022-02-30, 22-3-1, 1646092800) is refused with `BAD_USER_INPUT`, before any
 * resolver runs.
 *
 * @example
 *   dateScalar.parseValue('2022-03-01'); // '2022-03-01'
 *   dateScalar.parseValue('2022-02-30'); // throws GraphQLError (BAD_USER_INPUT)
 */
import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string naming a day that exists (leap years included). */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? SHAPE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  // Date.UTC reads years 0–99 as 1900–1999: set the year on its own so 0001-01-01 stays year 1.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function refuse(received: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(`Date must be a calendar date written YYYY-MM-DD; received ${received}.`, {
    nodes: node,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD (ISO 8601), e.g. "2022-03-01".',
  serialize(value) {
    if (isCalendarDate(value)) return value;
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}.`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  },
  parseValue(value) {
    if (isCalendarDate(value)) return value;
    throw refuse(JSON.stringify(value));
  },
  parseLiteral(node) {
    if (node.kind === Kind.STRING && isCalendarDate(node.value)) return node.value;
    throw refuse(print(node), node);
  },
});
